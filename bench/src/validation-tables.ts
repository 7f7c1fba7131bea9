// Helpers of the validation benchmark: counting what each competitor accepts, and turning measurements into
// table rows and machine-readable results.

import { accepted } from "./competitors.js";
import type { Competitor, Measurement } from "./harness.js";
import { type BenchResult, fmt } from "./results.js";

export function acceptedCount<I>(c: Competitor<I>): number {
  const { inputs, run } = c;
  let n = 0;
  for (const input of inputs) if (accepted(run(input))) n++;
  return n;
}

export function rows(
  ms: Measurement[],
  baseline: string,
  accepts: Map<string, number>,
  total: number,
): string[][] {
  const base = ms.find((m) => m.name === baseline) as Measurement;
  return ms.map((m) => [
    m.name,
    fmt.ops(m.opsPerSec),
    `${(m.nsPerOp / 1000).toFixed(2)} µs`,
    fmt.x(m.opsPerSec / base.opsPerSec),
    fmt.pct(m.spreadPct / 2),
    `${fmt.ops(m.minOpsPerSec)} – ${fmt.ops(m.maxOpsPerSec)}`,
    `${accepts.get(m.name)} / ${total}`,
  ]);
}

export function toResults(
  group: string,
  ms: Measurement[],
  baselines: Record<string, string>,
): BenchResult[] {
  return ms.map((m) => {
    const ratios: Record<string, number> = {};
    for (const [label, name] of Object.entries(baselines)) {
      const b = ms.find((x) => x.name === name);
      if (b) ratios[label] = m.opsPerSec / b.opsPerSec;
    }
    return {
      name: m.name,
      group,
      figures: {
        opsPerSec: Math.round(m.opsPerSec),
        minOpsPerSec: Math.round(m.minOpsPerSec),
        maxOpsPerSec: Math.round(m.maxOpsPerSec),
        spreadPct: Number(m.spreadPct.toFixed(2)),
        nsPerOp: Math.round(m.nsPerOp),
        rounds: m.rounds,
      },
      ratios,
    };
  });
}

/** Mean count and total length of the string values an event carries (attributes and `data` fields). */
export function stringLoad(events: unknown[]): { perEvent: number; chars: number } {
  let count = 0;
  let chars = 0;
  for (const event of events) {
    const record = event as Record<string, unknown>;
    const data = record.data && typeof record.data === "object" ? Object.values(record.data) : [];
    for (const value of [...Object.values(record), ...data]) {
      if (typeof value !== "string") continue;
      count++;
      chars += value.length;
    }
  }
  return { perEvent: count / events.length, chars: chars / events.length };
}
