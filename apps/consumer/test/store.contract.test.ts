// One suite for every Store implementation: SQLite (always) and PostgreSQL (when DATABASE_URL is set; see
// pg.ts). What a store promises the webhook and the worker is the same whichever stands behind it.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createEvent, type DialogportenEvent } from "dialogporten-events";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  type DeliveryEntry,
  openPostgresStore,
  openSqliteStore,
  type ProjectionChange,
  type Store,
  StoreUnavailableError,
} from "../src/index.js";
import {
  applyEvent,
  type DialogDoc,
  projectionChange,
  viewDialog,
  viewStored,
} from "../src/projection/dialogs.js";
import { seededRandom, shuffle } from "./helpers.js";
import { createTestDatabase, hasPostgres, type TestDatabase } from "./pg.js";

interface Implementation {
  name: string;
  available: boolean;
  /** A fresh, empty store. */
  open(): Promise<Store>;
  /** A second store on the same data, as a second instance would have (PostgreSQL only). */
  openSibling?(): Promise<Store>;
  cleanup(): Promise<void>;
}

function sqlite(): Implementation {
  const dirs: string[] = [];
  return {
    name: "sqlite",
    available: true,
    async open() {
      const dir = mkdtempSync(join(tmpdir(), "consumer-store-"));
      dirs.push(dir);
      return openSqliteStore(dir);
    },
    async cleanup() {
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    },
  };
}

function postgres(): Implementation {
  const databases: TestDatabase[] = [];
  let current: TestDatabase | undefined;
  return {
    name: "postgres",
    available: hasPostgres,
    async open() {
      current = await createTestDatabase("consumer_store");
      databases.push(current);
      const store = openPostgresStore(current.url);
      await store.open?.();
      return store;
    },
    async openSibling() {
      const store = openPostgresStore((current as TestDatabase).url);
      await store.open?.();
      return store;
    },
    async cleanup() {
      for (const db of databases) await db.drop();
    },
  };
}

const base = (n: number) => ({
  resource: "urn:altinn:resource:store-test",
  resourceinstance: `0194fb2d-${String(n).padStart(4, "0")}-7000-8000-000000000000`,
  subject: "urn:altinn:organization:identifier-no:991825827",
});

function accept(event: DialogportenEvent): DeliveryEntry {
  return {
    outcome: "accept",
    kind: "dialogporten",
    source: event.source,
    eventId: event.id,
    type: event.type,
    event,
    warnings: [],
  };
}

const changeFor = (event: DialogportenEvent): ProjectionChange => projectionChange(event);

/**
 * A dialog's life with the cases that make the projection interesting: an early activity, a delete and a
 * restore at the same time (the restore wins), updates of a deleted dialog (ignored, processes too), ties
 * broken by type, and processes that stop counting once a later delete is known.
 */
function lifeOf(n: number): DialogportenEvent[] {
  const time = (s: number) => `2026-03-01T10:00:${String(s).padStart(2, "0")}.1234567Z`;
  const activityId = (i: number) => `0194fb2d-${String(n).padStart(4, "0")}-7${i}00-8000-000000000000`;
  const ev = (type: string, s: number, data: Record<string, string> = {}) =>
    createEvent(
      type as "dialogporten.dialog.updated.v1",
      {
        ...base(n),
        time: time(s),
        ...(type.includes(".transmission.") ? { transmissionId: activityId(9) } : {}),
        ...(Object.keys(data).length ? { data } : {}),
      } as never,
    );
  return [
    ev("dialogporten.dialog.activity.information.v1", 0, { activityId: activityId(1) }),
    ev("dialogporten.dialog.created.v1", 1, { process: "urn:p:1" }),
    ev("dialogporten.dialog.updated.v1", 2, { process: "urn:p:2", precedingProcess: "urn:p:1" }),
    ev("dialogporten.dialog.transmission.created.v1", 2, { senderType: "ServiceOwner" }),
    ev("dialogporten.dialog.deleted.v1", 3),
    ev("dialogporten.dialog.restored.v1", 3, { process: "urn:p:3" }),
    ev("dialogporten.dialog.seen.v1", 4),
    ev("dialogporten.dialog.updated.v1", 5, { process: "urn:p:4" }),
    ev("dialogporten.dialog.deleted.v1", 6),
    ev("dialogporten.dialog.updated.v1", 6, { process: "urn:p:5" }),
    ev("dialogporten.dialog.updated.v1", 7, { process: "urn:p:6" }),
    ev("dialogporten.dialog.seen.v1", 8),
    ev("dialogporten.dialog.activity.form-submitted.v1", 9, { activityId: activityId(2) }),
  ];
}

const T0 = new Date("2026-01-01T00:00:00.000Z");
const at = (ms: number) => new Date(T0.getTime() + ms);

describe.each([sqlite(), postgres()])("store contract: $name", (impl) => {
  const opened: Store[] = [];
  const open = async () => {
    const store = await impl.open();
    opened.push(store);
    return store;
  };
  afterEach(async () => {
    for (const store of opened.splice(0)) await store.close();
  });
  afterAll(() => impl.cleanup());
  if (!impl.available) {
    it.skip("skipped: no DATABASE_URL (see test/pg.ts)", () => {});
    return;
  }

  it("stores, deduplicates on (source, id) and quarantines, in one call", async () => {
    const store = await open();
    const a = createEvent("dialogporten.dialog.created.v1", base(1));
    const b = createEvent("dialogporten.dialog.updated.v1", base(1));
    const results = await store.recordDeliveries(
      [
        accept(a),
        accept(b),
        accept(a), // the same event twice in one batch
        { outcome: "quarantine", code: "malformed-json", type: undefined, issues: [], body: "{nope\u0000" },
      ],
      T0,
    );
    expect(results.map((r) => r.outcome)).toEqual(["stored", "stored", "duplicate", "quarantined"]);
    const [first, , again] = results as [{ inboxId: number }, unknown, { inboxId: number }];
    expect(again.inboxId).toBe(first.inboxId);
    expect((await store.recordDeliveries([accept(b)], at(1)))[0]?.outcome).toBe("duplicate");
    // Same id from another source is another event.
    const other = { ...a, source: `${a.source}/other` };
    expect((await store.recordDeliveries([accept(other)], at(2)))[0]?.outcome).toBe("stored");

    expect(await store.stats()).toEqual({
      received: 6,
      accepted: 3,
      duplicates: 2,
      quarantined: 1,
      unknown: 0,
      subscriptionValidations: 0,
      processed: 0,
      failed: 0,
      pending: 3,
      dialogs: 0,
      pruned: 0,
    });
    const [q] = await store.listQuarantine(10);
    expect(q).toMatchObject({ code: "malformed-json", type: null, body: "{nope\u0000", issues: [] });
    const item = await store.getEvent(first.inboxId);
    expect(item).toMatchObject({
      source: a.source,
      eventId: a.id,
      type: a.type,
      kind: "dialogporten",
      status: "pending",
      attempts: 0,
      receivedAt: T0.toISOString(),
      processedAt: null,
      event: a,
    });
    expect(await store.getEvent(999_999)).toBeUndefined();
    expect(await store.getEvent(Number.NaN)).toBeUndefined();
    expect((await store.listEvents({ limit: 10 })).map((e) => e.eventId)).toEqual([other.id, b.id, a.id]);
    expect((await store.listEvents({ type: b.type, limit: 10 })).map((e) => e.eventId)).toEqual([b.id]);
    expect(await store.listEvents({ status: "failed", limit: 10 })).toEqual([]);
  });

  it("leases claims, lets only the current owner complete, and recovers an expired lease", async () => {
    const store = await open();
    const e = createEvent("dialogporten.dialog.created.v1", base(2));
    await store.recordDeliveries([accept(e)], T0);

    const [claimed] = await store.claimDue("a", at(0), 1_000, 10);
    expect(claimed).toMatchObject({ eventId: e.id, attempts: 1 });
    expect(await store.claimDue("b", at(500), 1_000, 10)).toEqual([]); // leased to a
    // a's lease expired (a hung or died): b takes the item over.
    const [taken] = await store.claimDue("b", at(1_000), 1_000, 10);
    expect(taken).toMatchObject({ id: claimed?.id, attempts: 2 });
    // a comes back: its claim is gone, so it must not apply the projection.
    expect(await store.complete(taken?.id as number, "a", at(1_100), changeFor(e))).toBe(false);
    expect(await store.complete(taken?.id as number, "b", at(1_200), changeFor(e))).toBe(true);
    expect(await store.complete(taken?.id as number, "b", at(1_300), changeFor(e))).toBe(false); // once
    expect(await store.fail(taken?.id as number, "a", "late", null)).toBe(false);

    const dialog = await store.getDialog(e.resourceinstance);
    expect(dialog).toMatchObject({ version: 1 });
    expect(dialog?.timeline).toHaveLength(1);
    expect(await store.claimDue("c", at(10_000), 1_000, 10)).toEqual([]);
    expect(await store.getEvent(taken?.id as number)).toMatchObject({
      status: "processed",
      processedAt: at(1_200).toISOString(),
    });
    expect(await store.stats()).toMatchObject({ processed: 1, pending: 0, dialogs: 1 });
  });

  it("retries at the given time, parks, and puts a parked item back", async () => {
    const store = await open();
    const e = createEvent("dialogporten.dialog.created.v1", base(3));
    await store.recordDeliveries([accept(e)], T0);
    const [item] = await store.claimDue("a", at(0), 60_000, 10);
    expect(await store.fail(item?.id as number, "a", "boom", at(5_000))).toBe(true);
    expect(await store.claimDue("a", at(4_999), 60_000, 10)).toEqual([]); // not due yet
    const [again] = await store.claimDue("a", at(5_000), 60_000, 10);
    expect(again).toMatchObject({ attempts: 2, lastError: "boom" });
    expect(await store.fail(again?.id as number, "a", "boom \u0000 again", null)).toBe(true);
    expect(await store.listEvents({ status: "failed", limit: 10 })).toMatchObject([
      { id: item?.id, status: "failed", attempts: 2 },
    ]);
    expect(await store.claimDue("a", at(100_000), 60_000, 10)).toEqual([]);
    expect(await store.retryFailed(item?.id as number, at(6_000))).toBe(true);
    expect(await store.retryFailed(item?.id as number, at(6_000))).toBe(false); // not parked any more
    expect(await store.retryFailed(Number.NaN, at(6_000))).toBe(false);
    expect(await store.claimDue("a", at(6_000), 60_000, 10)).toMatchObject([{ attempts: 1 }]);
  });

  it("hands each item to exactly one of several concurrent claimers", async () => {
    const store = await open();
    const events = Array.from({ length: 60 }, (_, i) =>
      createEvent("dialogporten.dialog.updated.v1", base(100 + (i % 5))),
    );
    await store.recordDeliveries(events.map(accept), T0);
    const claimedBy = new Map<number, string>();
    const claimer = async (owner: string) => {
      for (;;) {
        const items = await store.claimDue(owner, at(1), 60_000, 3);
        if (items.length === 0) return;
        for (const item of items) {
          expect(claimedBy.has(item.id), `item ${item.id} claimed twice`).toBe(false);
          claimedBy.set(item.id, owner);
          const event = item.event as unknown as DialogportenEvent;
          expect(await store.complete(item.id, owner, at(2), changeFor(event))).toBe(true);
        }
      }
    };
    await Promise.all(["w1", "w2", "w3", "w4"].map(claimer));
    expect(claimedBy.size).toBe(60);
    const dialogs = await store.listDialogs(100);
    expect(dialogs).toHaveLength(5);
    for (const d of dialogs) expect(d).toMatchObject({ version: 12 });
    expect(dialogs.every((d) => d.summary.events === 12)).toBe(true);
  });

  it("applies each event once, in any order, as the reference fold does", async () => {
    const store = await open();
    const lives = [1, 2, 3].map((seed) => lifeOf(500 + seed));
    for (const seed of [1, 2, 3]) {
      const events = lives[seed - 1] as DialogportenEvent[];
      const random = seededRandom(seed);
      const order = shuffle(events, random);
      await store.recordDeliveries(order.map(accept), T0);
      const items = await store.claimDue("w", at(seed), 60_000, 100);
      expect(items).toHaveLength(events.length);
      for (const item of items) {
        expect(await store.complete(item.id, "w", at(seed), changeFor(item.event as never))).toBe(true);
      }
      const dialog = await store.getDialog(base(500 + seed).resourceinstance);
      let doc: DialogDoc | undefined;
      for (const event of events) doc = applyEvent(doc, event);
      const reference = viewDialog(doc as DialogDoc);
      expect(dialog && viewStored(dialog, dialog.summary, dialog.timeline)).toEqual(reference);
      expect(dialog?.version).toBe(events.length);
      const listed = (await store.listDialogs(100)).find((d) => d.dialogId === dialog?.dialogId);
      expect(listed?.summary).toEqual(dialog?.summary);
    }
    // An event already on the timeline (applied again through another item) changes nothing, not even the
    // version.
    const again = createEvent("dialogporten.dialog.updated.v1", base(501));
    await store.recordDeliveries([accept(again)], T0);
    const [item] = await store.claimDue("w", at(10), 60_000, 10);
    const before = await store.getDialog(base(501).resourceinstance);
    const first = lives[0]?.[0] as DialogportenEvent;
    expect(await store.complete(item?.id as number, "w", at(11), changeFor(first))).toBe(true);
    expect(await store.getDialog(base(501).resourceinstance)).toEqual(before);
  });

  it("answers StoreUnavailableError when it cannot work", async () => {
    const store = await open();
    await store.close();
    await expect(store.stats()).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.ping()).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(
      store.recordDeliveries([accept(createEvent("dialogporten.dialog.created.v1", base(4)))], T0),
    ).rejects.toBeInstanceOf(StoreUnavailableError);
  });

  describe.runIf(impl.openSibling !== undefined)("several instances on one database", () => {
    it("deduplicates the same event stored by two instances at once", async () => {
      const one = await open();
      const two = await impl.openSibling?.();
      opened.push(two as Store);
      const events = Array.from({ length: 40 }, (_, i) =>
        createEvent("dialogporten.dialog.updated.v1", base(200 + i)),
      );
      const results = await Promise.all(
        events.flatMap((e) => [one, two as Store].map((s) => s.recordDeliveries([accept(e)], T0))),
      );
      const outcomes = results.flat().map((r) => r.outcome);
      expect(outcomes.filter((o) => o === "stored")).toHaveLength(40);
      expect(outcomes.filter((o) => o === "duplicate")).toHaveLength(40);
      expect(await one.stats()).toMatchObject({ accepted: 40, duplicates: 40 });
    });

    it("survives overlapping batches in opposite orders (a deadlock is retried)", async () => {
      const one = await open();
      const two = await impl.openSibling?.();
      opened.push(two as Store);
      for (let round = 0; round < 15; round++) {
        const x = accept(createEvent("dialogporten.dialog.updated.v1", base(400 + round)));
        const y = accept(createEvent("dialogporten.dialog.updated.v1", base(400 + round)));
        const [r1, r2] = await Promise.all([
          one.recordDeliveries([x, y], T0),
          (two as Store).recordDeliveries([y, x], T0),
        ]);
        expect([...(r1 ?? []), ...(r2 ?? [])].filter((r) => r.outcome === "stored")).toHaveLength(2);
      }
      expect(await one.stats()).toMatchObject({ accepted: 30, duplicates: 30 });
    });

    it("applies concurrent completions for one new dialog without losing any", async () => {
      const one = await open();
      const two = await impl.openSibling?.();
      opened.push(two as Store);
      const events = Array.from({ length: 20 }, () =>
        createEvent("dialogporten.dialog.updated.v1", base(300)),
      );
      await one.recordDeliveries(events.map(accept), T0);
      const [a, b] = [
        await one.claimDue("a", at(1), 60_000, 10),
        await two?.claimDue("b", at(1), 60_000, 10),
      ];
      expect((a?.length ?? 0) + (b?.length ?? 0)).toBe(20);
      const finish = (store: Store, owner: string, items: typeof a) =>
        Promise.all(
          items.map((item) =>
            store.complete(item.id, owner, at(2), changeFor(item.event as unknown as DialogportenEvent)),
          ),
        );
      await Promise.all([finish(one, "a", a), finish(two as Store, "b", b ?? [])]);
      const dialog = await one.getDialog(base(300).resourceinstance);
      expect(dialog?.version).toBe(20);
      expect(dialog?.timeline).toHaveLength(20);
    });
  });
});

describe.runIf(hasPostgres)("postgres migrations", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase("consumer_migrate");
  });
  afterAll(() => db.drop());

  it("are versioned and safe when several instances start at once", async () => {
    const stores = Array.from({ length: 5 }, () => openPostgresStore(db.url));
    try {
      await Promise.all(stores.map((s) => s.open?.()));
      await Promise.all(stores.map((s) => s.open?.())); // and idempotent
      // The shared migrator's record (Kysely's `Migrator`; before it, `schema_migrations` held versions 1-3).
      const rows = await db.query<{ name: string }>("SELECT name FROM consumer_migration ORDER BY name");
      expect(rows.map((r) => r.name)).toEqual([
        "0001_inbox_quarantine_dialogs",
        "0002_dialog_timeline_rows",
        "0003_inbox_retention_index",
        "0004_shared_conventions",
        "0005_pull_cursor",
        "0006_dialog_snapshot",
        "0007_drop_unread_dialogs_index",
      ]);
      const unique = await db.query(
        "SELECT 1 FROM pg_constraint WHERE conname = 'inbox_source_event_id' AND contype = 'u'",
      );
      expect(unique).toHaveLength(1);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });

  it("maps an unreachable server to StoreUnavailableError without the password in the message", async () => {
    const store = openPostgresStore("postgres://someone:hunter2-db-password@127.0.0.1:1/nothing", {
      connectionTimeoutMs: 2_000,
    });
    try {
      const error = await store.stats().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreUnavailableError);
      expect(String((error as Error).message)).not.toContain("hunter2");
      expect(JSON.stringify(error, Object.getOwnPropertyNames(error))).not.toContain("hunter2");
    } finally {
      await store.close();
    }
  });
});
