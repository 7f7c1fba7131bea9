// Pull mode and the subscription commands against the real stand-in broker (`@dialogporten-events/producer`,
// its `producer` bin: `serve` and `token`). Skipped, saying why, when the producer cannot be found from this
// package (it is not a dependency: the producer depends on the consumer, and the reverse would be a cycle)
// or does not have the pull API yet (`GET /events/api/v1/events` answers 404 or 405).

import { type ChildProcess, execFile, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConsumerStats, InboxItem } from "../src/index.js";
import { type Running, startConsumer, waitFor } from "./helpers.js";
import { eventOf } from "./targets.js";

const RESOURCE = "urn:altinn:resource:maintenance-test";

/** The producer's bin, when the package resolves from here; otherwise why not. */
function producerBin(): { bin: string } | { skip: string } {
  try {
    const manifest = createRequire(import.meta.url).resolve("@dialogporten-events/producer/package.json");
    const { bin } = JSON.parse(readFileSync(manifest, "utf8")) as { bin?: Record<string, string> };
    if (!bin?.producer) return { skip: "the producer package has no `producer` bin" };
    return { bin: resolve(dirname(manifest), bin.producer) };
  } catch {
    return {
      skip:
        "@dialogporten-events/producer does not resolve from apps/consumer (not a devDependency: the producer " +
        "depends on the consumer, so the reverse would be a workspace cycle)",
    };
  }
}

const found = producerBin();
let skip = "skip" in found ? found.skip : undefined;
let producer: ChildProcess | undefined;
let producerUrl = "";
let token = "";
const dataDir = mkdtempSync(join(tmpdir(), "consumer-producer-"));

beforeAll(async () => {
  if (!("bin" in found)) return;
  if (!existsSync(found.bin)) {
    skip = `the producer is not built (${found.bin} is missing): pnpm --filter @dialogporten-events/producer build`;
    return;
  }
  try {
    await startProducer(found.bin);
  } catch (error) {
    // The producer before the Events API (no `token`, no bearer auth) cannot serve this test.
    skip = `the producer could not be started as this test needs (${(error as Error).message.split("\n")[0]})`;
  }
}, 30_000);

async function startProducer(bin: string): Promise<void> {
  const env = { ...process.env, DATA_DIR: dataDir, PORT: "0", HOST: "127.0.0.1", DATABASE_URL: "" };
  token = (
    await promisify(execFile)(
      process.execPath,
      [bin, "token", "--scope", "altinn:events.subscribe altinn:events.publish", "--data-dir", dataDir],
      { env },
    )
  ).stdout.trim();
  producer = spawn(process.execPath, [bin, "serve"], {
    env: { ...env, EVENTS_VISIBILITY_DELAY_MS: "0" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  producerUrl = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error("the producer did not start")), 15_000);
    createInterface({ input: producer?.stdout as NodeJS.ReadableStream }).on("line", (line) => {
      const entry = JSON.parse(line) as { msg?: string; url?: string };
      if (entry.msg === "producer listening" && entry.url) {
        clearTimeout(timer);
        resolveUrl(entry.url);
      }
    });
  });
  const probe = await fetch(`${producerUrl}/events/api/v1/events?resource=${RESOURCE}&after=0`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (probe.status === 404 || probe.status === 405) {
    skip = `the producer has no pull API yet (GET /events/api/v1/events answered ${probe.status})`;
  }
}

afterAll(() => {
  producer?.kill("SIGKILL");
  rmSync(dataDir, { recursive: true, force: true });
});

describe("against the real producer", () => {
  it("pulls what was published, through paging, once, beside the same event pushed", async (context) => {
    if (skip) {
      console.warn(`\n  producer-pull.test.ts SKIPPED: ${skip}\n`);
      context.skip();
    }
    const events = Array.from({ length: 25 }, (_, i) => eventOf(Math.floor(i / 10), i % 10));
    for (const event of events) {
      const res = await fetch(`${producerUrl}/events/api/v1/events`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/cloudevents+json" },
        body: JSON.stringify(event),
      });
      expect(res.status, await res.text()).toBeLessThan(300);
    }
    let running: Running | undefined;
    try {
      running = await startConsumer({
        pull: {
          url: producerUrl,
          token: { token },
          resources: [RESOURCE],
          pageSize: 10,
          pollIntervalMs: 50,
        },
      });
      const r = running;
      expect((await (await r.post(events[3])).json()) as object).toMatchObject({ status: "accepted" });
      const stats = await waitFor(async () => {
        const s = await r.stats();
        return s.processed === 25 ? s : undefined;
      });
      expect(stats).toMatchObject({ accepted: 25, duplicates: 1 } satisfies Partial<ConsumerStats>);
      const inbox = await r.api<{ events: InboxItem[] }>("/api/events?limit=100");
      expect(inbox.events.map((e) => e.eventId).sort()).toEqual(events.map((e) => e.id).sort());
    } finally {
      await running?.stop();
    }
  });

  it("subscribe, subscriptions, unsubscribe through the bin", async (context) => {
    if (skip) {
      console.warn(`\n  producer-pull.test.ts SKIPPED: ${skip}\n`);
      context.skip();
    }
    const run = async (...args: string[]) =>
      (
        await promisify(execFile)(process.execPath, ["dist/main.js", ...args], {
          cwd: resolve(import.meta.dirname, ".."),
          env: { ...process.env, ALTINN_EVENTS_URL: producerUrl, ALTINN_EVENTS_TOKEN: token },
        })
      ).stdout;
    const created = JSON.parse(
      await run("subscribe", "--endpoint", "http://127.0.0.1:9/webhook?code=x", "--resource", RESOURCE),
    ) as { id: number };
    expect(created.id).toBeGreaterThan(0);
    const listed = JSON.parse(await run("subscriptions")) as { subscriptions: { id: number }[] };
    expect(listed.subscriptions.map((s) => s.id)).toContain(created.id);
    await run("unsubscribe", String(created.id));
    const after = JSON.parse(await run("subscriptions")) as { subscriptions: { id: number }[] };
    expect(after.subscriptions.map((s) => s.id)).not.toContain(created.id);
  });
});
