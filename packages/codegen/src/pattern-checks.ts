import { type CharSet, fixedWidthPositions, unrollPattern } from "@dialogporten-events/schema-toolkit";

/**
 * How the fast check tests a `pattern`. One that is anchored at both ends and has the same width for
 * every match (a UUID, say) is checked position by position instead of by a RegExp: the length, each
 * literal character, and each run of one character class against a 128-entry table. Right after
 * `JSON.parse`, that costs about 70 ns per UUID where V8's expression costs about 120 ns even unrolled
 * (bench/, BENCHMARKS.md). Any other keeps a RegExp with its counted repetitions unrolled (see
 * `unrollPattern` in the schema toolkit). test/pattern-rewrites.test.ts compares both with the RegExp on
 * random and mutated strings.
 */

const q = JSON.stringify;

// Each pattern is met once per use in each of the 48 validators; parse it once per run.
const positionsCache = new Map<string, ReturnType<typeof fixedWidthPositions>>();
function positionsOf(pattern: string) {
  if (!positionsCache.has(pattern)) positionsCache.set(pattern, fixedWidthPositions(pattern));
  return positionsCache.get(pattern);
}

const single = (set: CharSet) => {
  const only = set.ranges.length === 1 ? set.ranges[0] : undefined;
  return only && only.min === only.max ? only.min : undefined;
};

/**
 * `function name(s)` for the positions, registering the class tables it needs in `tables` (expression →
 * name) so one file declares each table once. A table has 128 entries: a character code past them reads
 * `undefined`, which is not 1, so one comparison answers both "ASCII?" and "in the class?" (about 15%
 * faster per UUID than testing `c > 127` first, measured; and about the same when a character is not ASCII).
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
    body.push(`for (let i = ${k}; i < ${end}; i++) if (${table}[s.charCodeAt(i)] !== 1) return false;`);
    k = end;
  }
  body.push("return true;");
  return [`function ${name}(s) {`, ...body.map((line) => `  ${line}`), "}"].join("\n");
}

/** The expression that tests `v` against the file's `i`th pattern, as `patternDeclarations` declared it. */
export function patternTest(i: number, pattern: string, v: string): string {
  return positionsOf(pattern) ? `fastPattern${i}(${v})` : `fastPattern${i}.test(${v})`;
}

/** One constant per pattern: a position-by-position function when the pattern has a fixed width, else the RegExp. */
export function patternDeclarations(patterns: string[]): string[] {
  const tables = new Map<string, string>();
  const checks = patterns.flatMap((p, i) => {
    const sets = positionsOf(p);
    if (sets)
      return [`// ${q(p)}, checked by position`, emitFixedWidthCheck(`fastPattern${i}`, sets, tables)];
    const unrolled = unrollPattern(p);
    const line = `const fastPattern${i} = new RegExp(${q(unrolled)}, "");`;
    return unrolled === p ? [line] : [`// ${q(p)}, repetitions unrolled`, line];
  });
  return [...[...tables].map(([expression, name]) => `const ${name} = ${expression};`), ...checks];
}
