import { type CharSet, type Element, type Expression, JS } from "refa";

/**
 * The one reader of schema `pattern`s (ECMAScript regexes without flags): refa's parser, which turns
 * every character, escape and class into an exact set of code points. Backreferences are refused rather
 * than expanded, so an analysis never reasons about a pattern it only half understands.
 */
export class UnsupportedPattern extends Error {}

export function parsePattern(source: string): Expression {
  try {
    return JS.Parser.fromLiteral({ source, flags: "" }).parse({
      maxBackreferenceWords: 0,
      backreferences: "throw",
    }).expression;
  } catch (error) {
    throw new UnsupportedPattern(`pattern ${JSON.stringify(source)}: ${(error as Error).message}`);
  }
}

export const isAllCharacters = (set: CharSet): boolean =>
  set.ranges.length === 1 && set.ranges[0]?.min === 0 && set.ranges[0].max === set.maximum;

/** `^` (nothing before) or `$` (nothing after), as refa writes them without the `m` flag; else undefined. */
export function anchorOf(element: Element | undefined): "^" | "$" | undefined {
  if (element?.type !== "Assertion" || !element.negate) return undefined;
  const only = element.alternatives.length === 1 ? element.alternatives[0]?.elements : undefined;
  if (only?.length !== 1 || only[0]?.type !== "CharacterClass" || !isAllCharacters(only[0].characters))
    return undefined;
  return element.kind === "behind" ? "^" : "$";
}
