// SIGKILL the real program (`node dist/main.js`) while it pulls, at several moments (also while a page is
// being stored), start it again on the same store, and check the promise of the cursor stored in the
// page's transaction: in the end every event is in the inbox exactly once, processed and applied to the
// projection exactly once, and after each restart pulling resumes from the committed cursor, not from 0.
// On SQLite (a data dir) and PostgreSQL (when DATABASE_URL is set).

import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { ConsumerStats, InboxItem } from "../src/index.js";
import { EventsBroker } from "./events-broker.js";
import { SECRET, waitFor } from "./helpers.js";
import { createTestDatabase, hasPostgres, type TestDatabase } from "./pg.js";
import { type MainProcess, startMainProcess } from "./processes.js";
import { eventOf } from "./targets.js";

const RESOURCE = "urn:altinn:resource:maintenance-test";
const EVENTS = 600;
const PAGE = 20;
/** The pulls (counted over all runs) at which the running process is killed. */
const KILL_AT = [4, 11, 19];

const children: ChildProcess[] = [];
const cleanups: (() => Promise<void> | void)[] = [];

afterAll(async () => {
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  for (const cleanup of cleanups) await cleanup();
});

async function api<T>(url: string, path: string): Promise<T> {
  const res = await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${SECRET}` } });
  return (await res.json()) as T;
}

async function store(name: string): Promise<Record<string, string>> {
  if (name === "sqlite") {
    const dataDir = mkdtempSync(join(tmpdir(), "consumer-pull-crash-"));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    return { DATABASE_URL: "", DATA_DIR: dataDir };
  }
  const db: TestDatabase = await createTestDatabase("consumer_pull_crash");
  cleanups.push(() => db.drop());
  // A killed instance keeps its claims until the lease ends (PostgreSQL does not release them on start).
  return { DATABASE_URL: db.url, LEASE_MS: "500" };
}

for (const name of ["sqlite", "postgres"]) {
  describe.skipIf(name === "postgres" && !hasPostgres)(`pull crash safety (${name})`, () => {
    it("loses nothing and stores nothing twice across SIGKILLs mid-pull", async () => {
      const broker = new EventsBroker();
      await broker.start();
      cleanups.push(() => broker.close());
      const events = Array.from({ length: EVENTS }, (_, i) => eventOf(Math.floor(i / 10), i % 10));
      broker.events.push(...events);
      const env = {
        ...(await store(name)),
        ALTINN_EVENTS_URL: broker.url,
        ALTINN_EVENTS_TOKEN: "good-token",
        PULL_RESOURCES: RESOURCE,
        PULL_PAGE_SIZE: String(PAGE),
        PULL_INTERVAL_MS: "50",
      };
      let running: MainProcess | undefined;
      // The kill lands a moment after the page is answered: while it is parsed, stored or committed.
      broker.onPull = () => {
        const pulls = broker.pulls().length;
        const child = children.at(-1); // the current run, also before it logged that it listens
        if (child && KILL_AT.includes(pulls)) setTimeout(() => child.kill("SIGKILL"), (pulls * 7) % 15);
      };
      const firstAfter: string[] = [];
      for (let run = 0; run <= KILL_AT.length; run++) {
        const before = broker.pulls().length;
        if (run < KILL_AT.length) {
          // It may be killed before it logs that it listens: then starting "fails", as it should.
          await startMainProcess({ ...env, PORT: "0" }, children, 20_000).catch(() => undefined);
          const child = children.at(-1) as ChildProcess;
          if (child.exitCode === null && child.signalCode === null) {
            await new Promise((resolve) => child.once("exit", resolve));
          }
          expect(child.signalCode).toBe("SIGKILL");
        } else {
          running = await startMainProcess({ ...env, PORT: "0" }, children, 20_000);
        }
        const first = await waitFor(async () => broker.pulls()[before]);
        firstAfter.push(first.url.searchParams.get("after") ?? "");
      }
      const url = (running as MainProcess).url;
      const stats = await waitFor(async () => {
        const s = await api<ConsumerStats>(url, "/api/stats");
        return s.processed === EVENTS ? s : undefined;
      }, 30_000);
      expect(stats).toMatchObject({ accepted: EVENTS, pending: 0, failed: 0, quarantined: 0 });
      const { events: inbox } = await api<{ events: InboxItem[] }>(url, "/api/events?limit=1000");
      expect(new Set(inbox.map((e) => e.eventId)).size).toBe(EVENTS);
      expect(inbox.map((e) => e.eventId).sort()).toEqual(events.map((e) => e.id).sort());
      const { dialogs } = await api<{ dialogs: { version: number; events: number }[] }>(
        url,
        "/api/dialogs?limit=1000",
      );
      expect(dialogs).toHaveLength(EVENTS / 10);
      for (const dialog of dialogs) expect(dialog).toMatchObject({ version: 10, events: 10 });
      // Each restart resumed from a committed cursor (a page boundary), never from the beginning.
      const boundaries = new Set(events.filter((_, i) => (i + 1) % PAGE === 0).map((e) => e.id));
      expect(firstAfter[0]).toBe("0");
      for (const after of firstAfter.slice(1)) expect(boundaries.has(after), `${firstAfter}`).toBe(true);
      running?.child.kill("SIGTERM");
      await running?.exited;
    }, 90_000);
  });
}
