// The shape every benchmark hands to the report: rows for `bench/results.json`, a table and notes for
// BENCHMARKS.md, and the targets beside the measured figure.

export type Figure = number | string | boolean | null;

export interface Target {
  /** What the issue asks, in words. */
  description: string;
  /** Which figure or ratio it is about. */
  metric: string;
  op: ">=" | "<=" | "==";
  value: number | boolean;
}

export interface BenchResult {
  name: string;
  group: string;
  figures: Record<string, Figure>;
  ratios: Record<string, number>;
  target?: Target;
  met?: boolean;
}

export interface TargetLine {
  description: string;
  measured: string;
  met: boolean | null;
}

export interface Section {
  group: string;
  title: string;
  intro: string[];
  tables: { caption?: string; headers: string[]; rows: string[][] }[];
  notes: string[];
  results: BenchResult[];
  targets: TargetLine[];
  /** Set when the section could not run (e.g. the consumer is not built yet). */
  skipped?: string;
}

export function check(actual: number | boolean, op: Target["op"], expected: number | boolean): boolean {
  if (op === "==") return actual === expected;
  if (typeof actual !== "number" || typeof expected !== "number") return false;
  return op === ">=" ? actual >= expected : actual <= expected;
}

export const fmt = {
  ops: (n: number) =>
    n >= 1e6 ? `${(n / 1e6).toFixed(2)} M` : n >= 1e3 ? `${(n / 1e3).toFixed(1)} k` : n.toFixed(0),
  x: (n: number) => `${n.toFixed(2)}x`,
  ms: (n: number) => (n >= 100 ? `${n.toFixed(0)} ms` : `${n.toFixed(1)} ms`),
  pct: (n: number) => `±${n.toFixed(1)}%`,
  bytes: (n: number) =>
    n >= 1024 * 1024
      ? `${(n / 1024 / 1024).toFixed(2)} MiB`
      : n >= 1024
        ? `${(n / 1024).toFixed(1)} KiB`
        : `${n} B`,
  met: (m: boolean | null) => (m === null ? "not measured" : m ? "**met**" : "**not met**"),
};
