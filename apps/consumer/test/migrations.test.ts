// Upgrading the databases earlier versions wrote, built here by their own schema runners (`legacy/`), for
// SQLite and PostgreSQL: a store from before the timeline became rows (schema step 2: each dialog's document
// is moved into `dialog_events` rows and a summary, and the dialog reads exactly as it did), and a store of
// the version before the shared data layer (step 3, times as ISO text / timestamptz), which moves to its
// conventions (step 4) without losing a row.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { createEvent, type DialogportenEvent, type DialogportenEventType } from "dialogporten-events";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { openPostgresStore, openSqliteStore, type Store } from "../src/index.js";
import {
  applyEvent,
  type DialogDoc,
  projectionChange,
  viewDialog,
  viewStored,
} from "../src/projection/dialogs.js";
import { DATABASE_FILE } from "../src/store/sqlite.js";
import { migrate as migratePostgres } from "./legacy/postgres-migrations.js";
import { migrate as migrateSqlite } from "./legacy/sqlite-migrations.js";
import { createTestDatabase, hasPostgres, type TestDatabase } from "./pg.js";

/** What the shared migrator records once a store is current. */
const ALL_STEPS = [
  "0001_inbox_quarantine_dialogs",
  "0002_dialog_timeline_rows",
  "0003_inbox_retention_index",
  "0004_shared_conventions",
  "0005_pull_cursor",
  "0006_dialog_snapshot",
  "0007_drop_unread_dialogs_index",
];

const dialog = (n: number) => `0194fb2d-${String(n).padStart(4, "0")}-7000-8000-000000000000`;

/** Old documents as the previous version stored them: a whole timeline per dialog. */
function oldDocs(): { dialogId: string; doc: DialogDoc; events: DialogportenEvent[] }[] {
  return [1, 2, 3].map((n) => {
    const ev = (type: DialogportenEventType, second: number, data?: Record<string, string>) =>
      createEvent(
        type as "dialogporten.dialog.updated.v1",
        {
          resource: "urn:altinn:resource:migrate",
          resourceinstance: dialog(n),
          subject: "urn:altinn:organization:identifier-no:991825827",
          time: `2026-03-01T10:00:0${second}.5Z`,
          ...(data ? { data } : {}),
        } as never,
      );
    const events = [
      ev("dialogporten.dialog.updated.v1", 3, { process: "urn:p:2" }),
      ev("dialogporten.dialog.created.v1", 1, { process: "urn:p:1" }),
      ev("dialogporten.dialog.activity.information.v1", 2, { activityId: dialog(100 + n) }),
      ...(n === 2 ? [ev("dialogporten.dialog.deleted.v1", 4)] : []),
      ...(n === 3 ? [ev("dialogporten.dialog.seen.v1", 5)] : []),
    ];
    let doc: DialogDoc | undefined;
    for (const event of events) doc = applyEvent(doc, event);
    return { dialogId: dialog(n), doc: doc as DialogDoc, events };
  });
}

async function expectUpgraded(store: Store, docs: ReturnType<typeof oldDocs>): Promise<void> {
  for (const { dialogId, doc } of docs) {
    const record = await store.getDialog(dialogId);
    expect(record && viewStored(record, record.summary, record.timeline)).toEqual(viewDialog(doc));
    expect(record?.version).toBe(7); // kept as it was
  }
  expect((await store.listDialogs(10)).map((d) => d.summary.events).sort()).toEqual([3, 4, 4]);
  // And it keeps working: a new event is applied once, an old one again changes nothing.
  const [first] = docs;
  const next = createEvent("dialogporten.dialog.seen.v1", {
    resource: "urn:altinn:resource:migrate",
    resourceinstance: dialog(1),
    subject: "urn:altinn:organization:identifier-no:991825827",
    time: "2026-03-01T10:00:09.5Z",
  });
  const old = first?.events[0] as DialogportenEvent;
  await store.recordDeliveries(
    [next, old].map((e) => ({
      outcome: "accept" as const,
      kind: "dialogporten" as const,
      source: e.source,
      eventId: e.id,
      type: e.type,
      event: e,
      warnings: [],
    })),
    new Date(),
  );
  for (const item of await store.claimDue("w", new Date(), 60_000, 10)) {
    expect(await store.complete(item.id, "w", new Date(), projectionChange(item.event as never))).toBe(true);
  }
  const after = await store.getDialog(dialog(1));
  expect(after).toMatchObject({ version: 8, summary: { events: 4 } });
  expect(after && viewStored(after, after.summary, after.timeline)).toMatchObject({
    state: "seen",
    process: "urn:p:2",
  });
}

const dirs: string[] = [];
const databases: TestDatabase[] = [];
afterAll(async () => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  for (const db of databases) await db.drop();
});

function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "consumer-migrate-"));
  dirs.push(dir);
  return dir;
}

async function database(prefix: string): Promise<TestDatabase> {
  const db = await createTestDatabase(prefix);
  databases.push(db);
  return db;
}

describe("schema step 2: timelines become rows", () => {
  it("upgrades a SQLite data dir", async () => {
    const dir = dataDir();
    const docs = oldDocs();
    const db = new Database(join(dir, DATABASE_FILE));
    migrateSqlite(db, 1);
    const put = db.prepare("INSERT INTO dialogs (dialog_id, doc, version, updated_at) VALUES (?, ?, 7, ?)");
    for (const { dialogId, doc } of docs) put.run(dialogId, JSON.stringify(doc), new Date().toISOString());
    db.close();

    const store = openSqliteStore(dir);
    try {
      await expectUpgraded(store, docs);
    } finally {
      await store.close();
    }
    const reopened = new Database(join(dir, DATABASE_FILE));
    const applied = reopened.prepare("SELECT name FROM consumer_migration ORDER BY name").pluck().all();
    expect(applied).toEqual(ALL_STEPS);
    const columns = (reopened.pragma("table_info(dialogs)") as { name: string }[]).map((c) => c.name);
    expect(columns).not.toContain("doc");
    const indexes = (reopened.pragma("index_list(dialogs)") as { name: string }[]).map((i) => i.name);
    expect(indexes).not.toContain("dialogs_updated"); // step 7: no query reads it
    reopened.close();
  });

  describe.runIf(hasPostgres)("postgres", () => {
    it("upgrades a PostgreSQL database", async () => {
      const db = await database("consumer_upgrade");
      const pool = new pg.Pool({ connectionString: db.url, max: 1 });
      try {
        expect(await migratePostgres(pool, 1)).toEqual([1]);
      } finally {
        await pool.end();
      }
      const docs = oldDocs();
      for (const { dialogId, doc } of docs) {
        await db.query(
          "INSERT INTO dialogs (dialog_id, doc, version, updated_at) VALUES ($1, $2, 7, now())",
          [dialogId, JSON.stringify(doc)],
        );
      }
      const store = openPostgresStore(db.url);
      try {
        await store.open?.();
        await expectUpgraded(store, docs);
      } finally {
        await store.close();
      }
      const applied = await db.query<{ name: string }>("SELECT name FROM consumer_migration ORDER BY 1");
      expect(applied.map((v) => v.name)).toEqual(ALL_STEPS);
      expect(await db.query("SELECT 1 FROM pg_indexes WHERE indexname = 'dialogs_updated'")).toHaveLength(0);
    });
  });
});

/** Rows as the version before the shared data layer wrote them: times as ISO text (SQLite) or timestamptz. */
const OLD_ROWS = {
  pending: { id: 7, received: "2026-03-01T10:00:00.123Z", next: "2026-03-01T10:05:00.001Z" },
  processed: { id: 9, received: "2026-03-01T09:00:00.000Z", processed: "2026-03-01T09:00:01.999Z" },
  quarantined: { id: 3, received: "2026-02-28T23:59:59.999Z", body: '{"id":"x\\u0000","kind":"bad"}' },
};

/** The inbox rows of OLD_ROWS as insert parameters: id, event id, body, received, status, attempts, next
 * attempt, lease owner, lease until, processed. */
function oldInboxRows(): unknown[][] {
  const { pending, processed } = OLD_ROWS;
  return [
    [pending.id, "p", '{"id":"p"}', pending.received, "pending", 1, pending.next, "old", pending.next, null],
    [
      processed.id,
      "q",
      '{"id":"q"}',
      processed.received,
      "processed",
      1,
      processed.received,
      null,
      null,
      processed.processed,
    ],
  ];
}

async function expectConverted(store: Store): Promise<void> {
  const pending = await store.getEvent(OLD_ROWS.pending.id);
  expect(pending).toMatchObject({
    status: "pending",
    attempts: 1,
    receivedAt: OLD_ROWS.pending.received,
    nextAttemptAt: OLD_ROWS.pending.next,
    processedAt: null,
    event: { id: "p" },
  });
  expect(await store.getEvent(OLD_ROWS.processed.id)).toMatchObject({
    status: "processed",
    receivedAt: OLD_ROWS.processed.received,
    processedAt: OLD_ROWS.processed.processed,
  });
  expect(await store.listQuarantine(10)).toEqual([
    {
      id: OLD_ROWS.quarantined.id,
      receivedAt: OLD_ROWS.quarantined.received,
      code: "not-a-cloudevent",
      type: null,
      issues: [],
      body: OLD_ROWS.quarantined.body,
    },
  ]);
  expect(await store.stats()).toMatchObject({ accepted: 2, duplicates: 4, quarantined: 1, pending: 1 });
  // Due (its next attempt is in the past) and its old lease long expired: claimable, with the times kept.
  const [claimed] = await store.claimDue("w", new Date("2026-03-02T00:00:00Z"), 60_000, 10);
  expect(claimed).toMatchObject({ id: OLD_ROWS.pending.id, attempts: 2 });
  // Ids go on after the old ones (AUTOINCREMENT / the sequence).
  const [stored] = await store.recordDeliveries(
    [
      {
        outcome: "accept",
        kind: "unknown",
        source: "urn:test",
        eventId: "new",
        type: "t",
        event: { id: "new" },
        warnings: [],
      },
    ],
    new Date(),
  );
  expect(stored).toMatchObject({ outcome: "stored" });
  expect((stored as { inboxId: number }).inboxId).toBeGreaterThan(OLD_ROWS.processed.id);
}

describe("schema step 4: the previous version's store moves to the shared conventions", () => {
  it("upgrades a SQLite data dir without losing a row", async () => {
    const dir = dataDir();
    const db = new Database(join(dir, DATABASE_FILE));
    migrateSqlite(db);
    const inbox = db.prepare(
      `INSERT INTO inbox (id, source, event_id, type, kind, body, warnings, received_at, status, attempts,
                          next_attempt_at, lease_owner, lease_until, processed_at)
       VALUES (?, 'urn:test', ?, 't', 'unknown', ?, '[]', ?, ?, ?, ?, ?, ?, ?)`,
    );
    const { quarantined } = OLD_ROWS;
    for (const row of oldInboxRows()) inbox.run(...row);
    db.prepare(
      "INSERT INTO quarantine (id, received_at, code, type, issues, body) VALUES (?, ?, 'not-a-cloudevent', NULL, '[]', ?)",
    ).run(quarantined.id, quarantined.received, quarantined.body);
    db.prepare("INSERT INTO counters (name, value) VALUES ('duplicates', 4)").run();
    db.close();

    const store = openSqliteStore(dir);
    try {
      await expectConverted(store);
    } finally {
      await store.close();
    }
    const reopened = new Database(join(dir, DATABASE_FILE));
    const types = reopened.prepare("SELECT name, lower(type) AS type FROM pragma_table_info('inbox')").all();
    expect(types).toContainEqual({ name: "received_at", type: "bigint" });
    expect(typeof reopened.prepare("SELECT received_at FROM inbox WHERE id = 7").pluck().get()).toBe(
      "number",
    );
    reopened.close();
  });

  describe.runIf(hasPostgres)("postgres", () => {
    it("upgrades a PostgreSQL database without losing a row", async () => {
      const db = await database("consumer_conventions");
      const pool = new pg.Pool({ connectionString: db.url, max: 1 });
      try {
        expect(await migratePostgres(pool)).toEqual([1, 2, 3]);
      } finally {
        await pool.end();
      }
      const { quarantined } = OLD_ROWS;
      const insert = `INSERT INTO inbox (id, source, event_id, type, kind, body, warnings, received_at, status,
                        attempts, next_attempt_at, lease_owner, lease_until, processed_at)
                      VALUES ($1, 'urn:test', $2, 't', 'unknown', $3, '[]', $4, $5, $6, $7, $8, $9, $10)`;
      for (const row of oldInboxRows()) await db.query(insert, row);
      // The old ids came from the sequence; an upgrade must not hand them out again.
      await db.query("SELECT setval('inbox_id_seq', 9)");
      await db.query(
        "INSERT INTO quarantine (id, received_at, code, type, issues, body) VALUES ($1, $2, 'not-a-cloudevent', NULL, '[]', $3)",
        [quarantined.id, quarantined.received, Buffer.from(quarantined.body, "utf8")],
      );
      await db.query("INSERT INTO counters (name, value) VALUES ('duplicates', 4)");
      const store = openPostgresStore(db.url);
      try {
        await store.open?.();
        await expectConverted(store);
      } finally {
        await store.close();
      }
      const types = await db.query<{ column_name: string; data_type: string }>(
        `SELECT column_name, data_type FROM information_schema.columns
         WHERE table_name IN ('inbox', 'dialog_events') AND column_name IN ('received_at', 'folds') ORDER BY 1`,
      );
      expect(types).toEqual([
        { column_name: "folds", data_type: "integer" },
        { column_name: "received_at", data_type: "bigint" },
      ]);
    });
  });
});
