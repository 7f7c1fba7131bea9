import type { CharSet, Concatenation, Element } from "refa";
import { anchorOf, parsePattern } from "./parse.js";

/**
 * Whether a pattern has the same width for every match and is anchored at both ends (a UUID, say), and
 * then the set of characters allowed at each position: the generator checks such a pattern position by
 * position instead of by a RegExp.
 */

/** The character set of each position, or `undefined` when the width varies. */
function positions(element: Element): CharSet[] | undefined {
  if (element.type === "CharacterClass") return [element.characters];
  if (element.type !== "Quantifier" && element.type !== "Alternation") return undefined;
  if (element.alternatives.length !== 1) return undefined;
  const once: CharSet[] = [];
  for (const child of (element.alternatives[0] as Concatenation).elements) {
    const sets = positions(child);
    if (!sets) return undefined;
    once.push(...sets);
  }
  if (element.type === "Alternation") return once;
  if (element.min !== element.max) return undefined;
  return Array.from({ length: element.min }, () => once).flat();
}

/** The positions of `^...$` with a fixed width (1 to 256) and ASCII-only classes, or `undefined`. */
export function fixedWidthPositions(pattern: string): CharSet[] | undefined {
  try {
    const expression = parsePattern(pattern);
    const elements = expression.alternatives.length === 1 ? expression.alternatives[0]?.elements : undefined;
    if (!elements || anchorOf(elements[0]) !== "^" || anchorOf(elements.at(-1)) !== "$") return undefined;
    const sets: CharSet[] = [];
    for (const element of elements.slice(1, -1)) {
      const more = positions(element);
      if (!more) return undefined;
      sets.push(...more);
    }
    const ascii = sets.every((s) => s.ranges.every((r) => r.max < 128));
    return ascii && sets.length > 0 && sets.length <= 256 ? sets : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The positions of the fixed-width end of a pattern that ends with `$`: the characters every match ends
 * with, last position last (`…/dialogs/<uuid>$` gives the 60 of `/dialogs/` and the UUID), or `undefined`
 * when the pattern has top-level alternatives, no `$`, or a variable-width last element.
 */
export function fixedWidthSuffix(pattern: string): CharSet[] | undefined {
  try {
    const expression = parsePattern(pattern);
    const elements = expression.alternatives.length === 1 ? expression.alternatives[0]?.elements : undefined;
    if (!elements || anchorOf(elements.at(-1)) !== "$") return undefined;
    const sets: CharSet[] = [];
    for (let i = elements.length - 2; i >= 0; i--) {
      const more = positions(elements[i] as Element);
      if (!more) break;
      sets.unshift(...more);
    }
    return sets.length > 0 ? sets : undefined;
  } catch {
    return undefined;
  }
}
