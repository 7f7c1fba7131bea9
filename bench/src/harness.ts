// Interleaved, side-by-side throughput measurement.
//
// Every round runs every competitor for the same fixed time slice, over the same rotating corpus (each round
// starts at a new offset, the same for every competitor), in an order that rotates from round to round so no
// competitor always runs first or last. Results go into a 64-slot ring, overwritten in place, so nothing piles
// up in memory and no competitor pays for another's garbage. When the process runs with --expose-gc, a full
// collection runs between slices for the same reason. A warm-up runs each competitor before any measurement.
// Reported: the median ops/s over rounds, with min, max and the relative spread (IQR / median).

import { performance } from "node:perf_hooks";

export interface Competitor<I = unknown> {
  name: string;
  inputs: readonly I[];
  run: (input: I) => unknown;
}

export interface HarnessOptions {
  rounds: number;
  sliceMs: number;
  warmupMs: number;
}

export interface Measurement {
  name: string;
  /** Median ops/s over rounds. */
  opsPerSec: number;
  minOpsPerSec: number;
  maxOpsPerSec: number;
  /** Interquartile range / median, in percent. */
  spreadPct: number;
  nsPerOp: number;
  rounds: number;
  samples: number[];
}

const RING_SIZE = 64;
const RING_MASK = RING_SIZE - 1;
const ring: unknown[] = new Array(RING_SIZE).fill(undefined);
const BATCH = 64;

const gc = (globalThis as { gc?: () => void }).gc;

/** Runs `run` over `inputs` from `start`, for about `ms`. Returns ops done and the exact elapsed time. */
function slice(c: Competitor, start: number, ms: number): { ops: number; elapsedMs: number } {
  const { inputs, run } = c;
  const n = inputs.length;
  let i = start % n;
  let ops = 0;
  const t0 = performance.now();
  const deadline = t0 + ms;
  let now = t0;
  do {
    for (let k = 0; k < BATCH; k++) {
      ring[ops & RING_MASK] = run(inputs[i]);
      if (++i === n) i = 0;
      ops++;
    }
    now = performance.now();
  } while (now < deadline);
  return { ops, elapsedMs: now - t0 };
}

export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (pos - lo);
}

export const median = (values: readonly number[]): number =>
  quantile(
    [...values].sort((a, b) => a - b),
    0.5,
  );

export function compare<I>(competitors: Competitor<I>[], options: HarnessOptions): Measurement[] {
  const cs = competitors as unknown as Competitor[];
  const corpusSize = Math.max(...cs.map((c) => c.inputs.length));
  for (const c of cs) {
    gc?.();
    slice(c, 0, options.warmupMs);
  }
  const samples = cs.map(() => [] as number[]);
  for (let r = 0; r < options.rounds; r++) {
    const offset = Math.floor((r * corpusSize) / options.rounds);
    for (let k = 0; k < cs.length; k++) {
      const index = (k + r) % cs.length;
      gc?.();
      const { ops, elapsedMs } = slice(cs[index] as Competitor, offset, options.sliceMs);
      (samples[index] as number[]).push((ops * 1000) / elapsedMs);
    }
  }
  ring.fill(undefined);
  return cs.map((c, i) => {
    const s = [...(samples[i] as number[])].sort((a, b) => a - b);
    const med = quantile(s, 0.5);
    return {
      name: c.name,
      opsPerSec: med,
      minOpsPerSec: s[0] as number,
      maxOpsPerSec: s[s.length - 1] as number,
      spreadPct: ((quantile(s, 0.75) - quantile(s, 0.25)) / med) * 100,
      nsPerOp: 1e9 / med,
      rounds: s.length,
      samples: s.map((x) => Math.round(x)),
    };
  });
}

/** For one-shot timings (codegen, start-up): the median of a few runs, and all of them. */
export function summarize(values: readonly number[]): { median: number; min: number; max: number } {
  const s = [...values].sort((a, b) => a - b);
  return { median: quantile(s, 0.5), min: s[0] as number, max: s[s.length - 1] as number };
}
