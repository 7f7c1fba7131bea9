// Consumer throughput: autocannon against the real consumer (SQLite store, synchronous=FULL, a 2xx only
// after its commit) and, in the same run, against a bare fastify route that answers 200 without work. Each
// server runs in its own forked process; autocannon runs here. Every request carries a unique event id;
// afterwards the consumer is closed, its SQLite file reopened, and every 2xx'd id looked up.

import { type ChildProcess, fork } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { dialogportenEventTypes } from "dialogporten-events";
import { buildCorpus } from "./corpus.js";
import { benchDir } from "./paths.js";
import { type BenchResult, check, fmt, type Section } from "./results.js";

export interface ConsumerOptions {
  durationSec: number;
  connections: number;
}

interface Started {
  child: ChildProcess;
  url: string;
}

export function startServer(kind: "bare" | "consumer", dataDir: string, secret: string): Promise<Started> {
  const child = fork(join(benchDir, "src/serve.ts"), [kind, dataDir, secret], {
    execArgv: ["--import", "tsx"],
    cwd: benchDir,
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`${kind} server exited with ${code}`)));
    child.once("message", (m) => resolve({ child, url: (m as { ready: string }).ready }));
  });
}

export function stopServer(s: Started): Promise<{ storedIds: string[]; stats?: Record<string, number> }> {
  return new Promise((resolve, reject) => {
    s.child.removeAllListeners("exit");
    s.child.once("exit", (code) =>
      reject(new Error(`the server exited (${code}) before reporting what it stored`)),
    );
    s.child.once("message", (m) => resolve(m as { storedIds: string[] }));
    s.child.send("close");
  });
}

/** Bodies of canonical events, with the id left as a placeholder so each request gets a fresh one. */
export function templates(): string[] {
  const corpus = buildCorpus({ size: 400, invalidShare: 0, tolerantOnlyShare: 0, seed: 7 });
  const out: string[] = [];
  for (const text of corpus.texts) {
    const value = JSON.parse(text) as { id: string };
    out.push(text.replace(value.id, "%ID%"));
  }
  return out;
}

export interface Load {
  rps: number;
  p50: number;
  p99: number;
  ok: number;
  non2xx: number;
  errors: number;
  okIds: Set<string>;
}

export async function load(
  url: string,
  secret: string,
  bodies: string[],
  options: ConsumerOptions,
): Promise<Load> {
  const okIds = new Set<string>();
  let n = 0;
  const result = await autocannon({
    url: `${url}/webhook`,
    connections: options.connections,
    duration: options.durationSec,
    requests: [
      {
        method: "POST",
        headers: { "content-type": "application/cloudevents+json", authorization: `Bearer ${secret}` },
        setupRequest: (request, context) => {
          const id = randomUUID();
          (context as { id?: string }).id = id;
          request.body = (bodies[n++ % bodies.length] as string).replace("%ID%", id);
          return request;
        },
        onResponse: (status, _body, context) => {
          if (status >= 200 && status < 300) okIds.add((context as { id: string }).id);
        },
      },
    ],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok: result["2xx"],
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    okIds,
  };
}

export async function runConsumer(options: ConsumerOptions): Promise<Section> {
  const base: Section = {
    group: "consumer",
    title: "Consumer throughput",
    intro: [],
    tables: [],
    notes: [],
    results: [],
    targets: [],
  };
  // The package's public entry, as a dependent resolves it (its build output, which may not exist yet).
  const entry = fileURLToPath(import.meta.resolve("@dialogporten-events/consumer"));
  if (!existsSync(entry)) {
    return {
      ...base,
      skipped: `@dialogporten-events/consumer is not built (${entry} is missing): run \`pnpm bench\` from the root, which builds it first.`,
      targets: [
        { description: "Consumer ≥ 50% of the bare route's throughput", measured: "skipped", met: null },
      ],
    };
  }
  const bodies = templates();
  const secret = `bench-${randomUUID()}`;
  const dataDir = mkdtempSync(join(tmpdir(), "dp-bench-consumer-"));
  try {
    // Warm-up, each server in turn, then the measured runs in the same order.
    const bare = await startServer("bare", "", secret);
    await load(bare.url, secret, bodies, { ...options, durationSec: 2 });
    const bareLoad = await load(bare.url, secret, bodies, options);
    await stopServer(bare);

    const consumer = await startServer("consumer", dataDir, secret);
    await load(consumer.url, secret, bodies, { ...options, durationSec: 2 });
    const consumerLoad = await load(consumer.url, secret, bodies, options);
    const closed = await stopServer(consumer);
    const stored = new Set(closed.storedIds);
    let missing = 0;
    for (const id of consumerLoad.okIds) if (!stored.has(id)) missing++;

    const ratio = consumerLoad.rps / bareLoad.rps;
    const durable = missing === 0 && consumerLoad.ok > 0;
    const rows: [string, Load][] = [
      ["bare fastify route (200, no work)", bareLoad],
      ["consumer (parseEvent + SQLite commit, then 2xx)", consumerLoad],
    ];
    const results: BenchResult[] = rows.map(([name, l]) => ({
      name,
      group: "consumer",
      figures: {
        requestsPerSec: Math.round(l.rps),
        p50Ms: l.p50,
        p99Ms: l.p99,
        ok2xx: l.ok,
        non2xx: l.non2xx,
        errors: l.errors,
        connections: options.connections,
        durationSec: options.durationSec,
      },
      ratios: { vsBare: l.rps / bareLoad.rps },
    }));
    const consumerResult = results[1] as BenchResult;
    consumerResult.figures.twoXxMissingFromStore = missing;
    consumerResult.figures.storedTotal = stored.size;
    consumerResult.target = {
      description: "consumer ≥ 50% of the bare route's throughput, every 2xx durably committed",
      metric: "ratios.vsBare",
      op: ">=",
      value: 0.5,
    };
    consumerResult.met = check(ratio, ">=", 0.5) && durable;
    return {
      ...base,
      intro: [
        `autocannon ${options.connections} connections, ${options.durationSec} s per server after a 2 s warm-up, ` +
          "POST /webhook, structured mode (`application/cloudevents+json`), bearer secret. Bodies: canonical events " +
          `of all ${dialogportenEventTypes.length} types (built with \`createEvent\`), each request with a fresh ` +
          "UUID as its id, so every one is new. Each server in its own process; autocannon in the benchmark " +
          'process. The consumer runs as `createConsumer({ dataDir: <temp dir>, secret, logLevel: "warn" })`: ' +
          "SQLite in WAL mode with `synchronous = FULL`, a 2xx only after its transaction commits; its worker " +
          "processes the inbox in the same process, as in production.",
      ],
      tables: [
        {
          headers: ["server", "req/s (mean)", "ratio vs bare", "p50", "p99", "2xx", "non-2xx", "errors"],
          rows: rows.map(([name, l]) => [
            name,
            fmt.ops(l.rps),
            fmt.x(l.rps / bareLoad.rps),
            `${l.p50} ms`,
            `${l.p99} ms`,
            String(l.ok),
            String(l.non2xx),
            String(l.errors),
          ]),
        },
      ],
      notes: [
        `Durability check: the consumer answered ${consumerLoad.ok} requests (warm-up excluded) with 2xx; after ` +
          `close, the reopened SQLite file holds ${stored.size} events (warm-up included); 2xx ids missing from ` +
          `it: ${missing}.`,
      ],
      results,
      targets: [
        {
          description: "Consumer ≥ 50% of the bare route's throughput, every 2xx committed",
          measured: `${fmt.x(ratio)} (${fmt.ops(consumerLoad.rps)} vs ${fmt.ops(bareLoad.rps)} req/s); ${missing} 2xx missing from the store`,
          met: consumerResult.met,
        },
      ],
    };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
