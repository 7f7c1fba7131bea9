import { type Alternative, type Atom, parsePattern, type Token, Unsupported } from "./regex.js";

const MATCH_ALL = new Set(["", ".*", "^.*", "^.*$", "[\\s\\S]*", "^[\\s\\S]*$"]);
const LINE_TERMINATORS = [10, 13, 0x2028, 0x2029];

/**
 * True only when every string `before` matches is also matched by `after`, shown by comparing the two
 * patterns piece by piece (alternatives kept, classes grown, counts relaxed, anchors dropped). A change
 * this cannot show to be wider is treated as a narrowing: false here never claims the pattern is narrower.
 */
export function patternIsWider(after: string, before: string): boolean {
  if (after === before || MATCH_ALL.has(after)) return true;
  try {
    return alternativesCover(parsePattern(after), parsePattern(before));
  } catch (error) {
    if (error instanceof Unsupported) return false;
    throw error;
  }
}

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
  if (JSON.stringify(a) === JSON.stringify(b)) return true;
  if (a.kind === "any") {
    return (
      b.kind === "set" &&
      !b.negated &&
      b.named.length === 0 &&
      !LINE_TERMINATORS.some((c) => inRanges(b.ranges, c, c))
    );
  }
  if (a.kind === "set" && b.kind === "set") return setCovers(a, b);
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

type CharSet = Extract<Atom, { kind: "set" }>;

function setCovers(a: CharSet, b: CharSet): boolean {
  if (!a.negated && !b.negated)
    return (
      b.named.every((n) => a.named.includes(n)) && b.ranges.every(([lo, hi]) => inRanges(a.ranges, lo, hi))
    );
  // Both negated: `a` excludes less than `b` does.
  if (a.negated && b.negated)
    return (
      a.named.every((n) => b.named.includes(n)) && a.ranges.every(([lo, hi]) => inRanges(b.ranges, lo, hi))
    );
  // `a` excludes some characters, `b` lists some: wider when none of `b`'s are excluded.
  if (a.negated && !b.negated) {
    if (a.named.length > 0 || b.named.length > 0) return false;
    return b.ranges.every(([lo, hi]) => a.ranges.every(([alo, ahi]) => hi < alo || lo > ahi));
  }
  return false;
}

/** Whether [lo, hi] lies inside the union of `ranges`. */
function inRanges(ranges: [number, number][], lo: number, hi: number): boolean {
  const sorted = [...ranges].sort((x, y) => x[0] - y[0]);
  let reach = lo;
  for (const [from, to] of sorted) {
    if (from > reach) break;
    if (to >= reach) reach = to + 1;
    if (reach > hi) return true;
  }
  return reach > hi;
}
