// The SQLite writer thread (store/writer-client.ts, writer-thread.ts): a dead thread means 5xx, never 2xx,
// for what it had not confirmed; a full queue means 503 `store-busy`; closing commits what was sent.
// Real HTTP on loopback, real SQLite files, every 2xx checked against the file reopened afterwards.

import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createEvent } from "dialogporten-events";
import { afterAll, describe, expect, it } from "vitest";
import { type DeliveryEntry, openSqliteStore, type SqliteStore } from "../src/index.js";
import { type Running, startConsumer, waitFor } from "./helpers.js";

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "consumer-writer-"));
  dirs.push(dir);
  return dir;
}

function event(id = randomUUID()) {
  return createEvent("dialogporten.dialog.created.v1", {
    id,
    resource: "urn:altinn:resource:test-service",
    resourceinstance: "0194fb2d-1bb5-7a1e-9b8b-4bc1c1d5c1f4",
    subject: "urn:altinn:person:identifier-no:01017012345",
  });
}

/** Posts `count` fresh events at once; answers [id, status, retry-after, problem type] per request. */
async function burst(c: Running, count: number, onAnswer = () => {}) {
  return Promise.all(
    Array.from({ length: count }, async () => {
      const e = event();
      const res = await c.post(e).catch(() => undefined);
      onAnswer();
      const body = res ? ((await res.json().catch(() => ({}))) as { type?: string }) : {};
      return {
        id: e.id,
        status: res?.status ?? 0,
        retryAfter: res?.headers.get("retry-after"),
        type: body.type,
      };
    }),
  );
}

/** The event ids in the data dir, read by a new store after the consumer closed it. */
async function storedIds(dataDir: string): Promise<Set<string>> {
  const store = openSqliteStore(dataDir);
  try {
    return new Set((await store.listEvents({ limit: 1_000_000 })).map((i) => i.eventId));
  } finally {
    await store.close();
  }
}

describe("the SQLite writer thread", () => {
  it("answers 5xx (never 2xx) for what a dead writer had not confirmed, then starts a new one", async () => {
    const dataDir = tempDir();
    const c = await startConsumer({ processing: false }, dataDir);
    const thread = (c.consumer.store as SqliteStore).writerThread;
    expect(thread).toBeDefined();
    const sending = burst(c, 200);
    await new Promise((r) => setTimeout(r, 15));
    await thread?.terminate(); // killed mid-load, as an uncaught error or a native crash would end it
    const answers = await sending;
    const ok = answers.filter((a) => a.status === 200);
    const refused = answers.filter((a) => a.status === 503);
    expect(ok.length + refused.length).toBe(answers.length); // nothing else: no 500, no hang
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((a) => a.retryAfter !== null)).toBe(true);

    // A second later the next delivery starts a new thread on the same file.
    const later = await waitFor(async () => {
      const res = await c.post(event());
      return res.status === 200 ? res : undefined;
    });
    expect(later.status).toBe(200);
    await c.consumer.close();
    const stored = await storedIds(dataDir);
    expect(ok.filter((a) => !stored.has(a.id))).toEqual([]);
  });

  it("answers 503 store-busy with Retry-After: 1 when too many events wait for a commit", async () => {
    const dataDir = tempDir();
    const c = await startConsumer({ processing: false, maxPendingWrites: 1 }, dataDir);
    const answers = await burst(c, 60);
    const busy = answers.filter((a) => a.status === 503);
    expect(busy.length).toBeGreaterThan(0);
    for (const a of busy) {
      expect(a.retryAfter).toBe("1");
      expect(a.type).toMatch(/store-busy$/);
    }
    expect(answers.filter((a) => a.status !== 503).every((a) => a.status === 200)).toBe(true);
    const metrics = await fetch(`${c.url}/metrics`, {
      headers: { authorization: "Bearer test-secret-6f1c" },
    });
    expect(await metrics.text()).toContain(`consumer_rejected_total{reason="store-busy"} ${busy.length}`);
    await c.consumer.close();
    const stored = await storedIds(dataDir);
    expect(answers.filter((a) => a.status === 200).every((a) => stored.has(a.id))).toBe(true);
    expect(busy.some((a) => stored.has(a.id))).toBe(false); // refused means not stored
  });

  it("commits every write sent before close, and refuses calls after it", async () => {
    const dataDir = tempDir();
    const store = openSqliteStore(dataDir);
    await store.open();
    const entries: DeliveryEntry[] = Array.from({ length: 300 }, () => {
      const e = event();
      return {
        outcome: "accept",
        kind: "dialogporten",
        source: e.source,
        eventId: e.id,
        type: e.type,
        event: e,
        warnings: [],
      };
    });
    const writes = entries.map((entry) => store.recordDeliveries([entry], new Date()));
    await store.close(); // not awaited before: every write is still in flight
    const results = await Promise.all(writes);
    expect(results.every(([r]) => r?.outcome === "stored")).toBe(true);
    await expect(store.stats()).rejects.toThrow(/closed/);
    const stored = await storedIds(dataDir);
    expect(entries.filter((e) => e.outcome === "accept" && !stored.has(e.eventId))).toEqual([]);
  });

  it("drains in-flight deliveries when the consumer shuts down", async () => {
    const dataDir = tempDir();
    const c = await startConsumer({}, dataDir);
    let answered = 0;
    const sending = burst(c, 150, () => answered++);
    await waitFor(async () => (answered >= 5 ? true : undefined), 5_000);
    await c.consumer.close(); // while the rest are on their way
    const answers = await sending;
    const ok = answers.filter((a) => a.status === 200);
    expect(ok.length).toBeGreaterThan(5);
    const stored = await storedIds(dataDir);
    expect(ok.filter((a) => !stored.has(a.id))).toEqual([]);
  });

  it("fails to open (and start) when another connection holds the file", async () => {
    const dataDir = tempDir();
    const first = openSqliteStore(dataDir);
    await first.open();
    const second = openSqliteStore(dataDir);
    await expect(second.open()).rejects.toThrow(/could not open|locked|busy/i);
    await second.close();
    await first.close();
  });
});
