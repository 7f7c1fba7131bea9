// Two consumer processes on one PostgreSQL database, deliveries alternating between them (some sent to both,
// as a broker retrying through a load balancer would), one of them SIGKILLed mid-stream. What got no 2xx is
// redelivered to the survivor. At the end every acknowledged event is stored once and processed once, and
// the items the killed instance had claimed are taken over by the survivor when their lease expires.

import type { ChildProcess } from "node:child_process";
import { createEvent, type DialogportenEvent } from "dialogporten-events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConsumerStats } from "../src/index.js";
import { SECRET, waitFor } from "./helpers.js";
import { createTestDatabase, hasPostgres, type TestDatabase } from "./pg.js";
import { type MainProcess, startMainProcess } from "./processes.js";

const DIALOGS = 24;
const PER_DIALOG = 10;
const KILL_AFTER_ACKS = 80;
const CONCURRENCY = 8;
const LEASE_MS = 1_500;

type Instance = MainProcess;

const children: ChildProcess[] = [];
let db: TestDatabase;

function startInstance(databaseUrl: string): Promise<Instance> {
  return startMainProcess({ DATABASE_URL: databaseUrl, LEASE_MS: String(LEASE_MS) }, children, 15_000);
}

function stream(): DialogportenEvent[] {
  const events: DialogportenEvent[] = [];
  for (let d = 0; d < DIALOGS; d++) {
    const base = {
      resource: "urn:altinn:resource:multi-instance-test",
      resourceinstance: `0194fb2d-${String(d).padStart(4, "0")}-7000-8000-0000000000aa`,
      subject: "urn:altinn:organization:identifier-no:991825827",
    };
    events.push(createEvent("dialogporten.dialog.created.v1", base));
    for (let i = 1; i < PER_DIALOG; i++) events.push(createEvent("dialogporten.dialog.updated.v1", base));
  }
  // Interleave dialogs, so both instances work on the same dialogs at the same time.
  return events.sort((a, b) => (a.id < b.id ? -1 : 1));
}

const key = (e: { source: string; id: string }) => `${e.source} ${e.id}`;

async function deliver(url: string, event: DialogportenEvent): Promise<boolean> {
  try {
    const res = await fetch(`${url}/webhook?code=${SECRET}`, {
      method: "POST",
      headers: { "content-type": "application/json; charset=utf-8" },
      body: JSON.stringify(event),
      signal: AbortSignal.timeout(10_000),
    });
    await res.arrayBuffer();
    return res.status >= 200 && res.status < 300;
  } catch {
    return false; // the process died under the request: no answer, so no promise was made
  }
}

describe.runIf(hasPostgres)("two instances on one PostgreSQL database", () => {
  beforeAll(async () => {
    db = await createTestDatabase("consumer_multi");
  });

  afterAll(async () => {
    for (const child of children)
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    const running = children.filter((c) => c.exitCode === null && c.signalCode === null);
    await Promise.all(running.map((c) => new Promise((r) => c.once("exit", r))));
    await db?.drop();
  });

  it("stores and processes every acknowledged event exactly once when one instance is SIGKILLed", async () => {
    const events = stream();
    // Both start at once: the migrations run under an advisory lock.
    const [a, b] = await Promise.all([startInstance(db.url), startInstance(db.url)]);
    const instances = [a, b] as Instance[];
    const acked = new Set<string>();
    const unanswered: DialogportenEvent[] = [];
    let bothAcked = 0;
    let killed = false;

    let next = 0;
    const sender = async () => {
      while (next < events.length) {
        const n = next++;
        const event = events[n] as DialogportenEvent;
        // Alternate; every fourth event goes to both (the same event twice, at once).
        const targets = killed ? [a] : n % 4 === 0 ? instances : [instances[n % 2] as Instance];
        const answers = await Promise.all(targets.map((t) => deliver(t.url, event)));
        if (answers.length === 2 && answers.every(Boolean)) bothAcked++;
        if (answers.some(Boolean)) acked.add(key(event));
        else unanswered.push(event);
        if (!killed && acked.size >= KILL_AFTER_ACKS) {
          killed = true;
          b.child.kill("SIGKILL");
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, sender));
    await b.exited;
    expect(b.child.signalCode).toBe("SIGKILL");

    // The broker retries what got no 2xx; the survivor takes it (some are already stored: duplicates).
    for (const event of unanswered) {
      expect(await deliver(a.url, event)).toBe(true);
      acked.add(key(event));
    }
    expect(acked.size).toBe(events.length);

    // The survivor drains the inbox, including what B had claimed (after the lease expires).
    const stats = await waitFor(async () => {
      const res = await fetch(`${a.url}/api/stats`, { headers: { authorization: `Bearer ${SECRET}` } });
      const s = (await res.json()) as ConsumerStats;
      return s.pending === 0 ? s : undefined;
    }, 20_000);
    expect(stats).toMatchObject({
      accepted: events.length,
      processed: events.length,
      failed: 0,
      dialogs: DIALOGS,
    });
    // Each event that both instances acknowledged was stored by one and found a duplicate by the other.
    expect(bothAcked).toBeGreaterThan(10);
    expect(stats.duplicates).toBeGreaterThanOrEqual(bothAcked);

    // Straight from the database: each acknowledged event once, processed once, applied to its dialog once.
    const inbox = await db.query<{ source: string; event_id: string; status: string }>(
      "SELECT source, event_id, status FROM inbox",
    );
    expect(inbox).toHaveLength(events.length);
    const stored = new Set(inbox.map((r) => key({ source: r.source, id: r.event_id })));
    expect([...acked].filter((k) => !stored.has(k))).toEqual([]);
    expect(inbox.every((r) => r.status === "processed")).toBe(true);
    const dialogs = await db.query<{ version: number; entries: number }>(
      `SELECT version, (SELECT count(*)::int FROM dialog_events e WHERE e.dialog_id = d.dialog_id) AS entries
       FROM dialogs d`,
    );
    expect(dialogs).toHaveLength(DIALOGS);
    for (const dialog of dialogs) {
      // version counts applications; the timeline counts distinct events: equal means exactly once.
      expect(dialog.version).toBe(PER_DIALOG);
      expect(dialog.entries).toBe(PER_DIALOG);
    }

    const [{ retried }] = (await db.query<{ retried: number }>(
      "SELECT count(*)::int AS retried FROM inbox WHERE attempts > 1",
    )) as [{ retried: number }];
    console.info(
      `multi-instance: ${events.length} events, ${bothAcked} acknowledged by both instances, ` +
        `${unanswered.length} unanswered and redelivered, ${retried} claimed again after the kill, ` +
        `${stats.duplicates} duplicates; lost: ${[...acked].filter((k) => !stored.has(k)).length}`,
    );
    a.child.kill("SIGTERM");
    expect(await a.exited).toBe(0);
  }, 60_000);
});
