// Kill the consumer process with SIGKILL in the middle of a stream of deliveries, start it again on the same
// data dir, and check the promise: every event that got a 2xx is in the inbox and is applied to the
// projection exactly once; what did not get a 2xx can be redelivered (as the broker would) without loss.

import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createEvent, type DialogportenEvent } from "dialogporten-events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConsumerStats, DialogView, InboxItem } from "../src/index.js";
import { SECRET, waitFor } from "./helpers.js";
import { type MainProcess, startMainProcess } from "./processes.js";

const DIALOGS = 30;
const PER_DIALOG = 10;
const KILL_AFTER_ACKS = 100;
const CONCURRENCY = 8;

const children: ChildProcess[] = [];
let dataDir: string;

beforeAll(() => {
  // dist/ is built from the current source by test/global-setup.ts.
  dataDir = mkdtempSync(join(tmpdir(), "consumer-crash-"));
});

afterAll(() => {
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  rmSync(dataDir, { recursive: true, force: true });
});

/** Starts `node dist/main.js` on the data dir (SQLite: the PostgreSQL one is multi-instance.test.ts). */
function startProcess(): Promise<MainProcess> {
  return startMainProcess({ DATABASE_URL: "", DATA_DIR: dataDir }, children);
}

function stream(): DialogportenEvent[] {
  const events: DialogportenEvent[] = [];
  for (let d = 0; d < DIALOGS; d++) {
    const base = {
      resource: "urn:altinn:resource:crash-test",
      resourceinstance: `0194fb2d-${String(d).padStart(4, "0")}-7000-8000-000000000000`,
      subject: "urn:altinn:organization:identifier-no:991825827",
    };
    events.push(createEvent("dialogporten.dialog.created.v1", base));
    for (let i = 1; i < PER_DIALOG; i++) {
      const activityId = `0194fb2d-${String(d).padStart(4, "0")}-7${String(i).padStart(3, "0")}-8000-000000000001`;
      events.push(
        i % 3 === 0
          ? createEvent("dialogporten.dialog.updated.v1", base)
          : createEvent("dialogporten.dialog.activity.information.v1", { ...base, data: { activityId } }),
      );
    }
  }
  return events;
}

const key = (e: { source: string; id: string }) => `${e.source} ${e.id}`;

async function deliver(url: string, event: DialogportenEvent): Promise<boolean> {
  try {
    const res = await fetch(`${url}/webhook?code=${SECRET}`, {
      method: "POST",
      headers: { "content-type": "application/json; charset=utf-8" },
      body: JSON.stringify(event),
    });
    return res.status >= 200 && res.status < 300;
  } catch {
    return false; // the process died under the request: no answer, so no promise was made
  }
}

async function api<T>(url: string, path: string): Promise<T> {
  const res = await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${SECRET}` } });
  return (await res.json()) as T;
}

describe("crash safety", () => {
  it("keeps every acknowledged event through a SIGKILL and applies each exactly once", async () => {
    const events = stream();
    const acked = new Set<string>();

    const first = await startProcess();
    let next = 0;
    let killed = false;
    const sender = async () => {
      while (!killed && next < events.length) {
        const event = events[next++] as DialogportenEvent;
        if (await deliver(first.url, event)) acked.add(key(event));
        if (!killed && acked.size >= KILL_AFTER_ACKS) {
          killed = true;
          first.child.kill("SIGKILL");
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, sender));
    await first.exited;
    expect(first.child.signalCode).toBe("SIGKILL");
    expect(acked.size).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
    expect(acked.size).toBeLessThan(events.length);

    const second = await startProcess();
    const { events: inbox } = await api<{ events: InboxItem[] }>(second.url, "/api/events?limit=1000");
    const stored = new Set(inbox.map((item) => key({ source: item.source, id: item.eventId })));
    expect([...acked].filter((k) => !stored.has(k))).toEqual([]);

    // The broker redelivers whatever got no 2xx; some of it may already be stored (then it is a duplicate).
    for (const event of events.filter((e) => !acked.has(key(e)))) {
      expect(await deliver(second.url, event)).toBe(true);
    }
    const stats = await waitFor(async () => {
      const s = await api<ConsumerStats>(second.url, "/api/stats");
      return s.pending === 0 ? s : undefined;
    });
    expect(stats).toMatchObject({
      accepted: events.length,
      processed: events.length,
      failed: 0,
      quarantined: 0,
      dialogs: DIALOGS,
    });

    const { dialogs } = await api<{ dialogs: (DialogView & { version: number; events: number })[] }>(
      second.url,
      "/api/dialogs?limit=1000",
    );
    for (const dialog of dialogs) {
      // version counts applications; events counts distinct timeline entries: equal means exactly once.
      expect(dialog).toMatchObject({ version: PER_DIALOG, events: PER_DIALOG, state: "updated" });
    }

    second.child.kill("SIGTERM");
    expect(await second.exited).toBe(0);
  }, 30_000);
});
