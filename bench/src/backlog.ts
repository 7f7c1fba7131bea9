// Whether the consumer's inbox worker keeps up: the same load as the throughput benchmark, but for a minute,
// with the pending backlog (`/api/stats`) sampled every second; then the time until nothing is pending once
// the load stops. A worker that falls behind shows a backlog that grows with the run and takes long to drain.

import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { load, startServer, stopServer, templates } from "./consumer.js";
import { type BenchResult, check, fmt, type Section } from "./results.js";

export interface BacklogOptions {
  durationSec: number;
  connections: number;
}

const DRAIN_TARGET_MS = 5_000;

async function pending(url: string, secret: string): Promise<number> {
  const res = await fetch(`${url}/api/stats`, { headers: { authorization: `Bearer ${secret}` } });
  return ((await res.json()) as { pending: number }).pending;
}

export async function runBacklog(options: BacklogOptions): Promise<Section> {
  const bodies = templates();
  const secret = `bench-${randomUUID()}`;
  const dataDir = mkdtempSync(join(tmpdir(), "dp-bench-backlog-"));
  try {
    const consumer = await startServer("consumer", dataDir, secret);
    const samples: number[] = [];
    const sampler = setInterval(() => {
      pending(consumer.url, secret).then(
        (n) => samples.push(n),
        () => undefined,
      );
    }, 1_000);
    const loaded = await load(consumer.url, secret, bodies, options);
    clearInterval(sampler);
    const stopped = performance.now();
    let drainMs = Number.POSITIVE_INFINITY;
    let left = await pending(consumer.url, secret);
    const atStop = left;
    while (performance.now() - stopped < 120_000) {
      if (left === 0) {
        drainMs = performance.now() - stopped;
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
      left = await pending(consumer.url, secret);
    }
    const closed = await stopServer(consumer);
    const stored = new Set(closed.storedIds);
    let missing = 0;
    for (const id of loaded.okIds) if (!stored.has(id)) missing++;

    const max = Math.max(0, ...samples);
    const quarter = (q: number) =>
      samples[Math.min(samples.length - 1, Math.floor((samples.length * q) / 4))] ?? 0;
    const met = check(drainMs, "<=", DRAIN_TARGET_MS) && missing === 0 && loaded.ok > 0;
    const result: BenchResult = {
      name: "consumer inbox backlog under sustained load",
      group: "backlog",
      figures: {
        durationSec: options.durationSec,
        connections: options.connections,
        requestsPerSec: Math.round(loaded.rps),
        ok2xx: loaded.ok,
        non2xx: loaded.non2xx,
        maxPending: max,
        pendingAtStop: atStop,
        drainMs: Number.isFinite(drainMs) ? Math.round(drainMs) : null,
        twoXxMissingFromStore: missing,
      },
      ratios: {},
      target: {
        description: "the pending backlog drains within 5 s after the load stops, every 2xx committed",
        metric: "figures.drainMs",
        op: "<=",
        value: DRAIN_TARGET_MS,
      },
      met,
    };
    const drained = Number.isFinite(drainMs) ? fmt.ms(drainMs) : "not within 120 s";
    return {
      group: "backlog",
      title: "Consumer backlog under sustained load",
      intro: [
        `The consumer as in the throughput benchmark (SQLite, its worker in the same process), loaded for ` +
          `${options.durationSec} s by autocannon with ${options.connections} connections; \`pending\` read from ` +
          "`/api/stats` every second, then every 100 ms after the load stops until it is 0.",
      ],
      tables: [
        {
          headers: [
            "req/s",
            "2xx",
            "pending at 25 / 50 / 75 / 100 % of the run",
            "max pending",
            "at stop",
            "drained after",
          ],
          rows: [
            [
              fmt.ops(loaded.rps),
              String(loaded.ok),
              [1, 2, 3, 4].map(quarter).join(" / "),
              String(max),
              String(atStop),
              drained,
            ],
          ],
        },
      ],
      notes: [`Pending every second: ${samples.join(", ")}. 2xx ids missing from the store: ${missing}.`],
      results: [result],
      targets: [
        {
          description:
            "Inbox worker keeps up: backlog drains ≤ 5 s after a sustained load stops, every 2xx committed",
          measured: `${drained} (max pending ${max}, ${atStop} at stop, ${fmt.ops(loaded.rps)} req/s); ${missing} 2xx missing`,
          met,
        },
      ],
    };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
