import { type CharSet, type Concatenation, type Element, JS } from "refa";

/**
 * A pattern that is anchored at both ends and has the same width for every match (a UUID, say) is
 * checked position by position instead of by a RegExp: the length, each literal character, and each run
 * of one character class against a 128-entry table. Right after `JSON.parse`, that costs about 70 ns per
 * UUID where V8's expression costs about 120 ns even unrolled (bench/, BENCHMARKS.md). It is the same
 * language by construction; test/fixed-width-pattern.test.ts compares each emitted function with the
 * RegExp on random and mutated strings.
 */

const isAll = (set: CharSet) =>
  set.ranges.length === 1 && set.ranges[0]?.min === 0 && set.ranges[0].max === set.maximum;

function isAnchor(element: Element | undefined, kind: "ahead" | "behind"): boolean {
  if (element?.type !== "Assertion" || !element.negate || element.kind !== kind) return false;
  const only = element.alternatives.length === 1 ? element.alternatives[0]?.elements : undefined;
  return only?.length === 1 && only[0]?.type === "CharacterClass" && isAll(only[0].characters);
}

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

/** The positions of `^...$` with a fixed width and ASCII-only classes, or `undefined`. */
export function fixedWidthPositions(pattern: string): CharSet[] | undefined {
  try {
    const { expression } = JS.Parser.fromLiteral({ source: pattern, flags: "" }).parse();
    const elements = expression.alternatives.length === 1 ? expression.alternatives[0]?.elements : undefined;
    if (!elements || !isAnchor(elements[0], "behind") || !isAnchor(elements.at(-1), "ahead"))
      return undefined;
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

const single = (set: CharSet) => {
  const only = set.ranges.length === 1 ? set.ranges[0] : undefined;
  return only && only.min === only.max ? only.min : undefined;
};

/**
 * `function name(s)` for the positions, registering the class tables it needs in `tables` (expression →
 * name) so one file declares each table once.
 */
export function emitFixedWidthCheck(name: string, sets: CharSet[], tables: Map<string, string>): string {
  const body = [`if (s.length !== ${sets.length}) return false;`];
  for (let k = 0; k < sets.length; ) {
    const set = sets[k] as CharSet;
    const code = single(set);
    if (code !== undefined) {
      body.push(`if (s.charCodeAt(${k}) !== ${code}) return false;`);
      k++;
      continue;
    }
    let end = k + 1;
    while (end < sets.length && (sets[end] as CharSet).equals(set)) end++;
    const expression = `new Uint8Array(128)${set.ranges.map((r) => `.fill(1, ${r.min}, ${r.max + 1})`).join("")}`;
    const table = tables.get(expression) ?? `fastSet${tables.size}`;
    tables.set(expression, table);
    body.push(
      `for (let i = ${k}; i < ${end}; i++) { const c = s.charCodeAt(i); if (c > 127 || ${table}[c] === 0) return false; }`,
    );
    k = end;
  }
  body.push("return true;");
  return [`function ${name}(s) {`, ...body.map((line) => `  ${line}`), "}"].join("\n");
}
