// Which store failures are outages and which are bugs. An outage (the database is not there) is 503 with
// `Retry-After`, so the sender retries (database-down.test.ts, writer-thread.test.ts); anything else (a
// bug, a query a schema refuses) is 500, logged once with its cause, and not counted as "store unavailable":
// retrying would not help, and hiding it behind a 503 would hide the bug.

import { createEvent } from "dialogporten-events";
import { afterAll, describe, expect, it } from "vitest";
import { type DeliveryEntry, StoreUnavailableError } from "../src/index.js";
import { reparse } from "../src/maintenance/replay.js";
import { startConsumer } from "./helpers.js";
import { createTestDatabase, hasPostgres, type TestDatabase } from "./pg.js";
import { eventOf, targets } from "./targets.js";

describe.each(targets())("store errors: $name", (target) => {
  afterAll(() => target.cleanup());
  if (!target.available) {
    it.skip("skipped: no DATABASE_URL (see test/pg.ts)", () => {});
    return;
  }

  it("answers a write the schema refuses as a bug, not as an outage, and keeps serving", async () => {
    const c = await startConsumer({ ...(await target.options()), processing: false });
    try {
      const store = c.consumer.store;
      const body = JSON.stringify(eventOf(21, 0));
      await store.recordDeliveries(
        [{ outcome: "quarantine", code: "not-a-cloudevent", type: undefined, issues: [], body }],
        new Date(),
      );
      const [row] = await store.quarantineBatch({ afterId: 0, limit: 10 });
      // A kind the inbox's CHECK constraint refuses: no retry makes this pass.
      const bogus = { ...reparse(body), kind: "bogus" } as unknown as DeliveryEntry;
      const error = await store
        .replay([{ quarantineId: row?.id as number, entry: bogus }], new Date())
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect(error).not.toBeInstanceOf(StoreUnavailableError);
      expect(String((error as Error).message)).toMatch(/check/i);
      expect(await store.listQuarantine(10)).toHaveLength(1);
      expect((await c.post(eventOf(21, 1))).status).toBe(200);
    } finally {
      await c.stop();
    }
  });
});

describe.runIf(hasPostgres)("a bug at the HTTP edge", () => {
  let db: TestDatabase | undefined;
  afterAll(() => db?.drop());

  it("answers 500, logs it once with its cause, and does not count it as store unavailable", async () => {
    db = await createTestDatabase("consumer_bug");
    const c = await startConsumer({ databaseUrl: db.url, processing: false });
    try {
      const event = createEvent("dialogporten.dialog.updated.v1", {
        resource: "urn:altinn:resource:bug",
        resourceinstance: "0194fb2d-0000-7000-8000-0000000000bb",
        subject: "urn:altinn:organization:identifier-no:991825827",
      });
      expect((await c.post(event)).status).toBe(200);
      // A duplicate counts into `counters`: with the table gone, the delivery's transaction fails with
      // 42P01 (undefined table), a bug in the schema, not an outage.
      await db.query("ALTER TABLE counters RENAME TO counters_gone");
      const res = await c.post(event);
      expect(res.status).toBe(500);
      expect(res.headers.get("retry-after")).toBeNull();
      expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
      const logged = c.logLines.filter((line) => line.includes("does not exist"));
      expect(logged).toHaveLength(1);
      expect(logged[0]).toMatch(/"level":50/);
      const metrics = await (await fetch(`${c.url}/metrics`)).text();
      expect(metrics).not.toMatch(/consumer_rejected_total\{reason="store-unavailable"\} [1-9]/);
      expect((await fetch(`${c.url}/healthz`)).status).toBe(200);

      await db.query("ALTER TABLE counters_gone RENAME TO counters");
      const again = await c.post(event);
      expect(again.status).toBe(200);
      expect(await again.json()).toMatchObject({ status: "duplicate" });
    } finally {
      await c.stop();
    }
  });
});
