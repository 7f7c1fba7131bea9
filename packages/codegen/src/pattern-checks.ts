import { emitFixedWidthCheck, fixedWidthPositions } from "./fixed-width-pattern.js";
import { unrollPattern } from "./unroll-pattern.js";

const q = JSON.stringify;

// Each pattern is met once per use in each of the 48 validators; parse it once per run.
const positionsCache = new Map<string, ReturnType<typeof fixedWidthPositions>>();
function positionsOf(pattern: string) {
  if (!positionsCache.has(pattern)) positionsCache.set(pattern, fixedWidthPositions(pattern));
  return positionsCache.get(pattern);
}

/** The expression that tests `v` against the file's `i`th pattern, as `patternDeclarations` declared it. */
export function patternTest(i: number, pattern: string, v: string): string {
  return positionsOf(pattern) ? `fastPattern${i}(${v})` : `fastPattern${i}.test(${v})`;
}

/**
 * One constant per pattern: a position-by-position function when the pattern has a fixed width, else the
 * RegExp with its counted repetitions unrolled (both explained where they are made).
 */
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
