import { type Element, type Expression, JS, type NoParent } from "refa";
import { parsePattern } from "./parse.js";

/**
 * Rewrites a `pattern` for the fast check so V8 runs it faster, with the same meaning: a counted
 * repetition `X{m,n}` becomes m copies of X followed by `X{0,n-m}`. V8's regexp compiler emits a counted
 * loop for `[0-9a-f]{8}` but straight-line code for eight copies; on this project's values that is about
 * 110 ns against 27 ns for a UUID, and 205 against 80 ns for the strict `source` (bench/, BENCHMARKS.md).
 * The language is unchanged, and `test()` asks only for membership, so greediness does not matter. Used
 * only by the emitted `accepts` check; Ajv's validator and its error messages keep the schema's pattern.
 * A pattern refa cannot parse or print without flags is left as it is.
 */

/** Copies of a repeated element are made while the unrolled text stays this small (in elements). */
const MAX_UNROLLED_SIZE = 64;

function size(element: Element): number {
  if (element.type === "CharacterClass" || element.type === "Unknown") return 1;
  return element.alternatives.reduce((n, a) => n + a.elements.reduce((m, e) => m + size(e), 0), 1);
}

function unroll(elements: Element[]): { elements: Element[]; changed: boolean } {
  const out: Element[] = [];
  let changed = false;
  for (const element of elements) {
    if (element.type === "CharacterClass" || element.type === "Unknown" || element.type === "Assertion") {
      out.push(element);
      continue;
    }
    const alternatives = element.alternatives.map((a) => {
      const inner = unroll(a.elements);
      changed ||= inner.changed;
      return { ...a, elements: inner.elements };
    });
    const body = alternatives.length === 1 ? alternatives[0]?.elements : undefined;
    if (element.type !== "Quantifier" || !body || element.min === 0) {
      out.push({ ...element, alternatives } as Element);
      continue;
    }
    const each = body.reduce((n, e) => n + size(e), 0);
    const copies = Math.min(element.min, Math.floor(MAX_UNROLLED_SIZE / Math.max(each, 1)));
    if (copies === 0) {
      out.push({ ...element, alternatives } as Element);
      continue;
    }
    changed = true;
    for (let k = 0; k < copies; k++) out.push(...body);
    if (element.max > copies)
      out.push({ ...element, min: element.min - copies, max: element.max - copies, alternatives } as Element);
  }
  return { elements: out, changed };
}

export function unrollPattern(pattern: string): string {
  try {
    const expression = parsePattern(pattern);
    let changed = false;
    const alternatives = expression.alternatives.map((a) => {
      const inner = unroll(a.elements);
      changed ||= inner.changed;
      return { ...a, elements: inner.elements };
    });
    if (!changed) return pattern;
    const literal = JS.toLiteral({ ...expression, alternatives } as NoParent<Expression>, {
      flags: { ignoreCase: false, multiline: false, dotAll: false, unicode: false },
    });
    return literal.flags === "" ? literal.source : pattern;
  } catch {
    return pattern;
  }
}
