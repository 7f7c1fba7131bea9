import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type Database,
  type Kysely,
  type Migration,
  migrate,
  openPostgres,
  openSqlite,
} from "@dialogporten-events/db";
import { afterAll, describe, expect, it } from "vitest";
import { queueEvent, releaseInterruptedClaims } from "../src/broker.js";
import { migrateOptions, migrations } from "../src/outbox/migrations.js";
import { type OutboxLocation, openOutbox } from "../src/outbox/outbox.js";
import { SCHEMA } from "../src/outbox/tables.js";
import { LEGACY_POSTGRES_SQL, LEGACY_SQLITE_STEPS } from "./support/legacy-outbox.js";
import { createTestDatabase, describePostgres, sql, type TestDatabase } from "./support/postgres.js";

/**
 * A database the producer's earlier runners made (SQLite `user_version` 1 or 2, PostgreSQL
 * `producer.schema_migrations` version 1), full of rows, is opened by today's outbox: every row is there, a
 * live claim still holds (and its holder can still record its result), and new rows get new ids.
 */
const T0 = 1_700_000_000_000;
const HELD_UNTIL = Date.now() + 3_600_000;

interface Legacy {
  /** Runs one statement of the old schema's dialect; `?` placeholders in order. */
  exec(text: string, params?: unknown[]): Promise<void>;
  /** The column of the lease's end in that version, and whether it has the claim token. */
  leaseColumn: "claimed_until" | "lease_until";
  hasClaim: boolean;
}

async function fillLegacy(db: Legacy) {
  const insertSubscription =
    "INSERT INTO subscriptions (end_point, resource_filter, subject_filter, type_filter, status, created_at, validated_at) VALUES (?, ?, ?, ?, ?, ?, ?)";
  await db.exec(insertSubscription, [
    "http://a.test/h",
    "urn:altinn:resource:r",
    null,
    null,
    "active",
    T0,
    T0 + 1,
  ]);
  await db.exec(insertSubscription, ["http://b.test/h", null, null, "t", "pending", T0, null]);
  const insertEvent =
    "INSERT INTO events (id, type, resource, subject, body, accepted_at) VALUES (?, ?, ?, ?, ?, ?)";
  await db.exec(insertEvent, ["v1", "platform.events.validatesubscription", null, null, '{"id":"v1"}', T0]);
  await db.exec(insertEvent, [
    "e1",
    "dialogporten.dialog.created.v1",
    "urn:altinn:resource:r",
    null,
    '{"id":"e1"}',
    T0,
  ]);
  await db.exec(insertEvent, [
    "e2",
    "dialogporten.dialog.seen.v1",
    "urn:altinn:resource:r",
    null,
    '{"id":"e2"}',
    T0,
  ]);
  const columns = `event_seq, subscription_id, status, attempts, next_attempt_at, ${db.leaseColumn}, last_status, last_error, updated_at${db.hasClaim ? ", claim" : ""}`;
  const insertDelivery = `INSERT INTO deliveries (${columns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?${db.hasClaim ? ", ?" : ""})`;
  const delivery = (values: unknown[], claim: string | null) =>
    db.exec(insertDelivery, db.hasClaim ? [...values, claim] : values);
  await delivery([1, 1, "delivered", 1, T0, 0, 200, null, T0], null);
  await delivery([2, 1, "pending", 0, T0, HELD_UNTIL, null, null, T0], "held");
  await delivery([3, 1, "pending", 2, T0 + 5, 0, 500, "HTTP 500", T0 + 1], null);
  await delivery([2, 1, "dead", 12, T0, 0, 503, "HTTP 503", T0 + 2], null);
}

async function checkMovedForward(location: OutboxLocation, hasClaim: boolean) {
  const outbox = await openOutbox(location);
  try {
    expect(await outbox.subscriptions.list()).toEqual([
      {
        id: 1,
        endPoint: "http://a.test/h",
        resourceFilter: "urn:altinn:resource:r",
        subjectFilter: null,
        typeFilter: null,
        // Added by 0002_pull_and_owners: unset, and no consumer (made before tokens: everyone's).
        sourceFilter: null,
        alternativeSubjectFilter: null,
        includeSubunits: false,
        consumer: null,
        status: "active",
        created: new Date(T0).toISOString(),
        validatedAt: new Date(T0 + 1).toISOString(),
      },
      expect.objectContaining({ id: 2, status: "pending", typeFilter: "t", validatedAt: null }),
    ]);
    const rows = await outbox.deliveries.list({});
    expect(
      rows.map((d) => [d.id, d.eventId, d.status, d.attempts, d.lastStatus, d.lastError, d.claim]),
    ).toEqual([
      [1, "v1", "delivered", 1, 200, null, null],
      [2, "e1", "pending", 0, null, null, hasClaim ? "held" : null],
      [3, "e2", "pending", 2, 500, "HTTP 500", null],
      [4, "e1", "dead", 12, 503, "HTTP 503", null],
    ]);
    expect(rows[0]).toMatchObject({
      endPoint: "http://a.test/h",
      body: '{"id":"v1"}',
      eventSeq: 1,
      updatedAt: T0,
    });
    // The live lease still holds: only the free, due delivery is handed out.
    expect(await outbox.deliveries.dueSubscriptions(T0 + 10)).toEqual([1]);
    const claimed = await outbox.deliveries.claimDue(1, 10, T0 + 10, T0 + 1000);
    expect(claimed.map((d) => d.id)).toEqual([3]);
    expect(await outbox.deliveries.nextDueAt()).toBe(T0 + 1000); // the new claim; the held one lasts longer
    if (hasClaim) {
      // The worker that held it before the upgrade records its result under its token.
      const attempt = { attempts: 1, status: 200, error: null, at: T0 + 20 };
      expect(await outbox.deliveries.markDelivered({ id: 2, claim: "held" }, attempt)).toBe(true);
    }
    expect(await outbox.deadLetters.list()).toHaveLength(1);
    // New rows continue the old sequences.
    const accepted = await queueEvent(
      outbox,
      { id: "e3", type: "dialogporten.dialog.created.v1", resource: "urn:altinn:resource:r" },
      "{}",
      T0 + 30,
    );
    expect(accepted).toEqual({ seq: 4, deliveries: 1 });
    expect((await outbox.deliveries.list({ after: 4 })).map((d) => [d.id, d.eventId])).toEqual([[5, "e3"]]);
    // Free is null now: releasing a claim writes null where the old schema demanded a number.
    expect(await outbox.deliveries.releaseClaims()).toBe(hasClaim ? 1 : 2);
    expect(await outbox.deliveries.counts(T0 + 40)).toMatchObject({ events: 4, dead: 1, inFlight: 0 });
  } finally {
    await outbox.close();
  }
  // Once moved forward, opening again applies nothing and changes nothing.
  const again = await openOutbox(location);
  try {
    expect(await again.deliveries.list({})).toHaveLength(5);
  } finally {
    await again.close();
  }
}

describe("an outbox file from the SQLite runner before the shared migrator", () => {
  const dir = mkdtempSync(join(tmpdir(), "producer-legacy-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const version of [1, 2]) {
    it(`moves forward from user_version ${version} without losing a row`, async () => {
      const file = join(dir, `v${version}.sqlite`);
      const legacy = openSqlite(file, { foreignKeys: true });
      for (const step of LEGACY_SQLITE_STEPS.slice(0, version)) legacy.connection.exec(step);
      legacy.connection.pragma(`user_version = ${version}`);
      await fillLegacy({
        exec: async (text, params = []) => void legacy.connection.prepare(text).run(...params),
        leaseColumn: "claimed_until",
        hasClaim: version >= 2,
      });
      await legacy.close();
      await checkMovedForward({ file }, version >= 2);
      const outbox = await openOutbox({ file });
      expect(await releaseInterruptedClaims(outbox)).toBe(0);
      await outbox.close();
      const check = openSqlite(file);
      const applied = check.connection.prepare("SELECT name FROM producer_migration").all();
      const columns = check.connection.prepare("PRAGMA table_info(deliveries)").all() as { name: string }[];
      await check.close();
      expect(applied).toEqual(Object.keys(migrations).map((name) => ({ name })));
      expect(columns.map((c) => c.name)).not.toContain("claimed_until");
    });
  }
});

describePostgres("a PostgreSQL outbox from the runner before the shared migrator", (serverUrl) => {
  let db: TestDatabase;
  afterAll(() => db?.drop());

  it("moves forward from schema_migrations version 1 without losing a row", async () => {
    db = await createTestDatabase(serverUrl, "producer_legacy");
    await sql(db.url, LEGACY_POSTGRES_SQL);
    let n = 0;
    await fillLegacy({
      exec: async (text, params = []) =>
        void (await sql(
          db.url,
          text.replace(/INTO (\w+)/, "INTO producer.$1").replace(/\?/g, () => `$${++n}`),
          params,
        ).finally(() => {
          n = 0;
        })),
      leaseColumn: "lease_until",
      hasClaim: true,
    });
    await checkMovedForward({ databaseUrl: db.url }, true);
    const applied = await sql(db.url, "SELECT name FROM producer.producer_migration");
    expect(applied).toEqual(Object.keys(migrations).map((name) => ({ name })));
    const lease = await sql(
      db.url,
      "SELECT is_nullable FROM information_schema.columns WHERE table_schema = 'producer' AND table_name = 'deliveries' AND column_name = 'lease_until'",
    );
    expect(lease).toEqual([{ is_nullable: "YES" }]);
  });
});

/**
 * An outbox made by the producer before the pull API (only `0001_outbox` applied), with a subscription and
 * events, is opened by today's: `0002_pull_and_owners` adds its columns, the old rows are pullable and the
 * old subscription belongs to no consumer (so every consumer sees it).
 */
async function fillAt0001(db: Database<Record<string, never>>, schema?: string) {
  const plain = db.kysely as unknown as Kysely<Record<string, Record<string, unknown>>>;
  const k = schema ? plain.withSchema(schema) : plain;
  await k
    .insertInto("subscriptions")
    .values({
      end_point: "http://a.test/h",
      resource_filter: "urn:altinn:resource:r",
      status: "active",
      created_at: T0,
    })
    .execute();
  for (const id of ["e1", "e2"])
    await k
      .insertInto("events")
      .values({
        id,
        type: "dialogporten.dialog.created.v1",
        resource: "urn:altinn:resource:r",
        body: `{"id":"${id}"}`,
        accepted_at: T0,
      })
      .execute();
}

async function checkAt0002(location: OutboxLocation) {
  const outbox = await openOutbox(location);
  try {
    const [subscription] = await outbox.subscriptions.list({ consumer: "/org/anyone" });
    expect(subscription).toMatchObject({ id: 1, consumer: null, includeSubunits: false, sourceFilter: null });
    const page = await outbox.events.pull({
      resource: "urn:altinn:resource:r",
      after: "0",
      size: 10,
      visibleAt: T0,
    });
    expect(page.map((e) => [e.id, e.body])).toEqual([
      ["e1", '{"id":"e1"}'],
      ["e2", '{"id":"e2"}'],
    ]);
    expect(
      (
        await outbox.events.pull({ resource: "urn:altinn:resource:r", after: "e1", size: 10, visibleAt: T0 })
      ).map((e) => e.id),
    ).toEqual(["e2"]);
  } finally {
    await outbox.close();
  }
}

const only0001 = { ...migrateOptions, migrations: { "0001_outbox": migrations["0001_outbox"] as Migration } };

describe("an outbox from before the pull API (0001 only): sqlite", () => {
  const dir = mkdtempSync(join(tmpdir(), "producer-0001-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it("moves forward to 0002 with its rows pullable", async () => {
    const file = join(dir, "producer.sqlite");
    const old = openSqlite<Record<string, never>>(file, { foreignKeys: true });
    expect(await migrate(old, only0001)).toEqual(["0001_outbox"]);
    await fillAt0001(old);
    await old.close();
    await checkAt0002({ file });
  });
});

describePostgres("an outbox from before the pull API (0001 only): postgres", (serverUrl) => {
  let db: TestDatabase;
  afterAll(() => db?.drop());
  it("moves forward to 0002 with its rows pullable", async () => {
    db = await createTestDatabase(serverUrl, "producer_0001");
    const old = openPostgres<Record<string, never>>(db.url);
    expect(await migrate(old, only0001)).toEqual(["0001_outbox"]);
    await fillAt0001(old, SCHEMA);
    await old.close();
    await checkAt0002({ databaseUrl: db.url });
  });
});
