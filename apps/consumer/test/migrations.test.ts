// Upgrading a store written before the timeline became rows (schema step 2): each dialog's document is moved
// into `dialog_events` rows and a summary, and the dialog reads exactly as it did, for SQLite and PostgreSQL.

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
import { migrate as migrateSqlite } from "../src/store/migrations.js";
import { migrate as migratePostgres } from "../src/store/postgres-migrations.js";
import { DATABASE_FILE } from "../src/store/sqlite.js";
import { createTestDatabase, hasPostgres, type TestDatabase } from "./pg.js";

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

describe("schema step 2: timelines become rows", () => {
  const dirs: string[] = [];
  let database: TestDatabase | undefined;
  afterAll(async () => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    await database?.drop();
  });

  it("upgrades a SQLite data dir", async () => {
    const dir = mkdtempSync(join(tmpdir(), "consumer-migrate-"));
    dirs.push(dir);
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
    expect(reopened.pragma("user_version", { simple: true })).toBe(3);
    const columns = (reopened.pragma("table_info(dialogs)") as { name: string }[]).map((c) => c.name);
    expect(columns).not.toContain("doc");
    reopened.close();
  });

  describe.runIf(hasPostgres)("postgres", () => {
    it("upgrades a PostgreSQL database", async () => {
      const db = await createTestDatabase("consumer_upgrade");
      database = db;
      const pool = new pg.Pool({ connectionString: db.url, max: 1 });
      try {
        expect(await migratePostgres(pool, 1)).toEqual([1]);
      } finally {
        await pool.end();
      }
      const docs = oldDocs();
      for (const { dialogId, doc } of docs) {
        await database.query(
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
      const versions = await db.query<{ version: number }>(
        "SELECT version FROM schema_migrations ORDER BY 1",
      );
      expect(versions.map((v) => v.version)).toEqual([1, 2, 3]);
    });
  });
});
