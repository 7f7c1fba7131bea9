import type { CharSet, Concatenation, Element } from "refa";
import { anchorOf, parsePattern, UnsupportedPattern } from "./parse.js";

const MATCH_ALL = new Set(["", ".*", "^.*", "^.*$", "[\\s\\S]*", "^[\\s\\S]*$"]);

/**
 * True only when every string `before` matches is also matched by `after`, shown by comparing the two
 * patterns piece by piece (alternatives kept, classes grown, counts relaxed, anchors dropped). A change
 * this cannot show to be wider is treated as a narrowing: false here never claims the pattern is narrower.
 */
export function patternIsWider(after: string, before: string): boolean {
  if (after === before || MATCH_ALL.has(after)) return true;
  try {
    return alternativesCover(readPattern(after), readPattern(before));
  } catch (error) {
    if (error instanceof UnsupportedPattern) return false;
    throw error;
  }
}

/** The pattern as the comparison reads it: alternatives of tokens, each an atom with a count. */
type Atom =
  | { kind: "set"; characters: CharSet }
  | { kind: "group"; alternatives: Alternative[] }
  | { kind: "anchor"; text: "^" | "$" };

interface Token {
  atom: Atom;
  min: number;
  max: number;
}

interface Alternative {
  start: boolean;
  end: boolean;
  tokens: Token[];
}

function readPattern(source: string): Alternative[] {
  return parsePattern(source).alternatives.map(readAlternative);
}

function readAlternative(concatenation: Concatenation): Alternative {
  const elements = [...concatenation.elements];
  const start = anchorOf(elements[0]) === "^";
  if (start) elements.shift();
  const end = anchorOf(elements.at(-1)) === "$";
  if (end) elements.pop();
  return { start, end, tokens: elements.map(readToken) };
}

function readToken(element: Element): Token {
  switch (element.type) {
    case "CharacterClass":
      return { atom: { kind: "set", characters: element.characters }, min: 1, max: 1 };
    case "Alternation":
      return { atom: group(element.alternatives), min: 1, max: 1 };
    case "Quantifier": {
      const only = element.alternatives.length === 1 ? element.alternatives[0]?.elements : undefined;
      const single = only?.length === 1 && only[0]?.type === "CharacterClass" ? only[0] : undefined;
      const atom: Atom = single
        ? { kind: "set", characters: single.characters }
        : group(element.alternatives);
      return { atom, min: element.min, max: element.max };
    }
    case "Assertion": {
      // `^` or `$` inside a sequence; any other assertion (lookaround, `\b`) cannot be bounded here.
      const text = anchorOf(element);
      if (!text) throw new UnsupportedPattern("lookaround");
      return { atom: { kind: "anchor", text }, min: 1, max: 1 };
    }
    default:
      throw new UnsupportedPattern(`${element.type} element`);
  }
}

const group = (alternatives: Concatenation[]): Atom => ({
  kind: "group",
  alternatives: alternatives.map(readAlternative),
});

/** `^(a|b)$` is read as the alternatives `^a$` and `^b$`, so either side may be written either way. */
function flatten(alternatives: Alternative[]): Alternative[] {
  return alternatives.flatMap((alt) => {
    const only = alt.tokens.length === 1 ? (alt.tokens[0] as Token) : undefined;
    if (only?.atom.kind !== "group" || only.min !== 1 || only.max !== 1) return [alt];
    return flatten(only.atom.alternatives).map((inner) => ({
      start: alt.start || inner.start,
      end: alt.end || inner.end,
      tokens: inner.tokens,
    }));
  });
}

function alternativesCover(after: Alternative[], before: Alternative[]): boolean {
  const wide = flatten(after);
  return flatten(before).every((b) => wide.some((a) => alternativeWider(a, b)));
}

function alternativeWider(a: Alternative, b: Alternative): boolean {
  // An anchor only removes matches; `a` may drop one that `b` has, never add one.
  if ((a.start && !b.start) || (a.end && !b.end)) return false;
  return sequenceWider(a.tokens, b.tokens);
}

/**
 * Token by token, except that a group in `a` may stand for a run of `b`'s tokens: `(person|org)` covers
 * the six letters of `person`.
 */
function sequenceWider(a: Token[], b: Token[]): boolean {
  const memo = new Map<string, boolean>();
  const from = (i: number, j: number): boolean => {
    if (i === a.length || j === b.length) return i === a.length && j === b.length;
    const id = `${i},${j}`;
    const known = memo.get(id);
    if (known !== undefined) return known;
    const t = a[i] as Token;
    let ok = tokenWider(t, b[j] as Token) && from(i + 1, j + 1);
    if (!ok && t.atom.kind === "group" && t.min === 1 && t.max === 1) {
      for (let k = j + 2; k <= b.length && !ok; k++) {
        const run = [{ start: false, end: false, tokens: b.slice(j, k) }];
        ok = alternativesCover(t.atom.alternatives, run) && from(i + 1, k);
      }
    }
    memo.set(id, ok);
    return ok;
  };
  return from(0, 0);
}

function tokenWider(a: Token, b: Token): boolean {
  return a.min <= b.min && a.max >= b.max && atomWider(a.atom, b.atom);
}

function atomWider(a: Atom, b: Atom): boolean {
  if (a.kind === "anchor" || b.kind === "anchor")
    return a.kind === "anchor" && b.kind === "anchor" && a.text === b.text;
  // Classes, escapes and `.` are exact sets of code points: wider is containment.
  if (a.kind === "set" && b.kind === "set") return a.characters.isSupersetOf(b.characters);
  if (a.kind === "group") {
    const asAlternatives =
      b.kind === "group"
        ? b.alternatives
        : [{ start: false, end: false, tokens: [{ atom: b, min: 1, max: 1 }] }];
    return alternativesCover(a.alternatives, asAlternatives);
  }
  if (b.kind === "group" && b.alternatives.length === 1) {
    const [only] = b.alternatives as [Alternative];
    const [token] = only.tokens;
    return (
      !only.start &&
      !only.end &&
      only.tokens.length === 1 &&
      token?.min === 1 &&
      token.max === 1 &&
      atomWider(a, token.atom)
    );
  }
  return false;
}
