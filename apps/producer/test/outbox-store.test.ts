import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  createSubscription,
  deleteSubscription,
  queueEvent,
  releaseInterruptedClaims,
} from "../src/broker.js";
import type { DeliveryFilter } from "../src/outbox/deliveries.js";
import { migrations } from "../src/outbox/migrations.js";
import { type Outbox, type OutboxLocation, openOutbox } from "../src/outbox/outbox.js";
import { type Delivery, StoreUnavailableError } from "../src/outbox/store.js";
import {
  createTestDatabase,
  describePostgres,
  sql,
  type TestDatabase,
  whenPostgres,
} from "./support/postgres.js";

/** A subscription's fields beyond endpoint and the three filters, unset. */
const NO_EXTRAS = {
  sourceFilter: null,
  alternativeSubjectFilter: null,
  includeSubunits: false,
  consumer: null,
};

/**
 * The outbox under the names this suite has always called it by: the repositories, and the broker's
 * transactions across them (subscribing with the validation event, publishing with matching, deleting with
 * cancelling), so that the same assertions hold for the split store on both databases.
 */
function asStore(outbox: Outbox) {
  const { subscriptions, deliveries, deadLetters, events } = outbox;
  return {
    createSubscription: (...a: DropFirst<Parameters<typeof createSubscription>>) =>
      createSubscription(outbox, ...a),
    listSubscriptions: () => subscriptions.list(),
    getSubscription: (id: number) => subscriptions.get(id),
    deleteSubscription: (id: number) => deleteSubscription(outbox, id),
    setSubscriptionStatus: subscriptions.setStatus.bind(subscriptions),
    acceptEvent: (...a: DropFirst<Parameters<typeof queueEvent>>) => queueEvent(outbox, ...a),
    dueSubscriptions: deliveries.dueSubscriptions.bind(deliveries),
    claimDue: deliveries.claimDue.bind(deliveries),
    nextDueAt: deliveries.nextDueAt.bind(deliveries),
    markDelivered: deliveries.markDelivered.bind(deliveries),
    scheduleRetry: deliveries.scheduleRetry.bind(deliveries),
    markDead: deliveries.markDead.bind(deliveries),
    releaseClaims: () => releaseInterruptedClaims(outbox),
    listDeliveries: (filter: DeliveryFilter) => deliveries.list(filter),
    replayDead: deadLetters.replay.bind(deadLetters),
    counts: () => deliveries.counts(Date.now()),
    statsByType: () => events.statsByType(),
    close: () => outbox.close(),
  };
}
type DropFirst<T extends unknown[]> = T extends [unknown, ...infer R] ? R : never;
type OutboxStore = ReturnType<typeof asStore>;
const openStore = async (location: OutboxLocation) => asStore(await openOutbox(location));

/**
 * One suite, both implementations: every OutboxStore behaviour the worker and the API rely on. Times are
 * passed in explicitly, so leases run out without waiting.
 */
interface Backend {
  name: "sqlite" | "postgres";
  /** Frees claims of a previous run on open (SQLite, one owner) or leaves them to their lease (PostgreSQL). */
  releasesOnOpen: boolean;
  setup(): Promise<void>;
  /** An empty outbox. */
  fresh(): Promise<OutboxStore>;
  /** Another handle on the same outbox (a restarted process, or a second instance). */
  reopen(): Promise<OutboxStore>;
  teardown(): Promise<void>;
}

function sqliteBackend(): Backend {
  let dir = "";
  let file = "";
  return {
    name: "sqlite",
    releasesOnOpen: true,
    async setup() {
      dir = mkdtempSync(join(tmpdir(), "producer-store-"));
    },
    async fresh() {
      file = join(dir, `${Math.random().toString(36).slice(2)}.sqlite`);
      return openStore({ file });
    },
    async reopen() {
      return openStore({ file });
    },
    async teardown() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function postgresBackend(serverUrl: string): Backend {
  let db: TestDatabase | undefined;
  return {
    name: "postgres",
    releasesOnOpen: false,
    async setup() {
      db = await createTestDatabase(serverUrl, "producer_store");
    },
    async fresh() {
      const store = await openStore({ databaseUrl: (db as TestDatabase).url });
      await sql(
        (db as TestDatabase).url,
        "TRUNCATE producer.deliveries, producer.events, producer.subscriptions RESTART IDENTITY",
      );
      return store;
    },
    async reopen() {
      return openStore({ databaseUrl: (db as TestDatabase).url });
    },
    async teardown() {
      await db?.drop();
    },
  };
}

const EVENT = {
  id: "0194fb2d-1bb5-7a1e-9b8b-4bc1c1d5c1f4",
  type: "dialogporten.dialog.created.v1",
  resource: "urn:altinn:resource:super-simple-service",
  subject: "urn:altinn:organization:identifier-no:991825827",
};
const T0 = 1_700_000_000_000;
const validation = (id: number) => ({ id: `validation-${id}`, type: "platform.events.validatesubscription" });
const attempt = (attempts: number, at: number, status: number | null = 200) => ({
  attempts,
  status,
  error: status === 200 ? null : "HTTP 500",
  at,
});

function storeSuite(backend: Backend) {
  const open: OutboxStore[] = [];
  const track = <S extends OutboxStore>(s: S) => {
    open.push(s);
    return s;
  };
  const fresh = async () => track(await backend.fresh());

  beforeAll(() => backend.setup());
  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.close()));
  });
  afterAll(() => backend.teardown());

  /** An active subscription with its validation delivery already delivered. */
  async function activeSubscription(store: OutboxStore, filters: Partial<Record<string, string>> = {}) {
    const s = await store.createSubscription(
      {
        ...NO_EXTRAS,
        endPoint: "http://127.0.0.1:9/webhook",
        resourceFilter: filters.resourceFilter ?? null,
        subjectFilter: filters.subjectFilter ?? null,
        typeFilter: filters.typeFilter ?? null,
      },
      validation,
      T0,
    );
    const [v] = await store.claimDue(s.id, 10, T0, T0 + 1000);
    expect(await store.markDelivered(v as Delivery, attempt(1, T0))).toBe(true);
    await store.setSubscriptionStatus(s.id, "active", T0);
    return s;
  }

  it("stores a subscription with its validation delivery in one step", async () => {
    const store = await fresh();
    const s = await store.createSubscription(
      {
        ...NO_EXTRAS,
        endPoint: "http://x.test/h",
        resourceFilter: null,
        subjectFilter: null,
        typeFilter: "t",
      },
      validation,
      T0,
    );
    expect(s).toMatchObject({ endPoint: "http://x.test/h", status: "pending", typeFilter: "t" });
    expect(await store.getSubscription(s.id)).toEqual(s);
    expect(await store.listSubscriptions()).toEqual([s]);
    const [d] = await store.listDeliveries({ subscriptionId: s.id });
    expect(d).toMatchObject({
      eventId: `validation-${s.id}`,
      type: "platform.events.validatesubscription",
      status: "pending",
      claim: null,
    });
    await store.setSubscriptionStatus(s.id, "active", T0 + 5);
    expect(await store.getSubscription(s.id)).toMatchObject({
      status: "active",
      validatedAt: new Date(T0 + 5).toISOString(),
    });
    expect(await store.getSubscription(9999)).toBeUndefined();
  });

  it("queues one delivery per matching active subscription, in the event's transaction", async () => {
    const store = await fresh();
    const all = await activeSubscription(store);
    const byResource = await activeSubscription(store, { resourceFilter: EVENT.resource });
    await activeSubscription(store, { resourceFilter: "urn:altinn:resource:other" });
    await activeSubscription(store, { typeFilter: "" }); // the broker's quirk: matches nothing
    await store.createSubscription(
      {
        ...NO_EXTRAS,
        endPoint: "http://p.test/",
        resourceFilter: null,
        subjectFilter: null,
        typeFilter: null,
      },
      validation,
      T0,
    ); // pending: gets nothing
    const accepted = await store.acceptEvent(EVENT, JSON.stringify(EVENT), T0 + 10);
    expect(accepted.deliveries).toBe(2);
    const queued = (await store.listDeliveries({ status: "pending" })).filter((d) => d.eventId === EVENT.id);
    expect(queued.map((d) => d.subscriptionId).sort()).toEqual([all.id, byResource.id].sort());
    for (const d of queued) expect(JSON.parse(d.body)).toEqual(EVENT);
    expect(queued[0]?.eventSeq).toBe(accepted.seq);
  });

  it("claims a due delivery once until its lease runs out, then hands it out again", async () => {
    const store = await fresh();
    const s = await activeSubscription(store);
    await store.acceptEvent(EVENT, "{}", T0);
    expect(await store.dueSubscriptions(T0)).toEqual([s.id]);
    const [first] = await store.claimDue(s.id, 10, T0, T0 + 1000);
    expect(first).toMatchObject({ eventId: EVENT.id, endPoint: "http://127.0.0.1:9/webhook", attempts: 0 });
    expect(first?.claim).toEqual(expect.any(String));
    // Held: neither due nor claimable, while the lease lasts.
    expect(await store.dueSubscriptions(T0 + 999)).toEqual([]);
    expect(await store.claimDue(s.id, 10, T0 + 999, T0 + 2000)).toEqual([]);
    expect(await store.nextDueAt()).toBe(T0 + 1000);
    // The claimer died: once the lease has run out, it is claimed again under a new token.
    const [second] = await store.claimDue(s.id, 10, T0 + 1000, T0 + 3000);
    expect(second?.id).toBe(first?.id);
    expect(second?.claim).not.toBe(first?.claim);
  });

  it("drops the result of a lapsed claim: a resurrected worker cannot overwrite the newer result", async () => {
    const store = await fresh();
    const s = await activeSubscription(store);
    await store.acceptEvent(EVENT, "{}", T0);
    const [stale] = (await store.claimDue(s.id, 1, T0, T0 + 1000)) as Delivery[];
    const [current] = (await store.claimDue(s.id, 1, T0 + 1500, T0 + 2500)) as Delivery[];
    expect(await store.markDelivered(current as Delivery, attempt(1, T0 + 1600))).toBe(true);
    // The stale worker wakes up and reports a failure: ignored in every form.
    expect(await store.scheduleRetry(stale as Delivery, attempt(1, T0 + 1700, 500), T0 + 9000)).toBe(false);
    expect(await store.markDead(stale as Delivery, attempt(12, T0 + 1700, 500))).toBe(false);
    expect(await store.markDelivered(stale as Delivery, attempt(1, T0 + 1700))).toBe(false);
    expect(await store.markDelivered({ id: (current as Delivery).id, claim: null }, attempt(1, T0))).toBe(
      false,
    );
    const [row] = await store
      .listDeliveries({ subscriptionId: s.id, status: "delivered" })
      .then((l) => l.filter((d) => d.eventId === EVENT.id));
    expect(row).toMatchObject({ status: "delivered", attempts: 1, lastStatus: 200, claim: null });
    expect(row?.updatedAt).toBe(T0 + 1600);
  });

  it("retries on schedule, dead-letters, and replays dead letters", async () => {
    const store = await fresh();
    const s = await activeSubscription(store);
    await store.acceptEvent(EVENT, "{}", T0);
    const [d] = (await store.claimDue(s.id, 1, T0, T0 + 1000)) as Delivery[];
    expect(await store.scheduleRetry(d as Delivery, attempt(1, T0 + 5, 500), T0 + 100)).toBe(true);
    expect(await store.claimDue(s.id, 1, T0 + 99, T0 + 1000)).toEqual([]);
    expect(await store.nextDueAt()).toBe(T0 + 100);
    const [again] = (await store.claimDue(s.id, 1, T0 + 100, T0 + 1100)) as Delivery[];
    expect(again).toMatchObject({ attempts: 1, lastStatus: 500, lastError: "HTTP 500" });
    expect(await store.markDead(again as Delivery, attempt(12, T0 + 110, 503))).toBe(true);
    expect(await store.dueSubscriptions(T0 + 10_000)).toEqual([]);
    const dead = await store.listDeliveries({ status: "dead" });
    expect(dead).toHaveLength(1);
    expect(dead[0]).toMatchObject({ attempts: 12, lastStatus: 503 });
    expect(await store.replayDead([424242], T0 + 200)).toBe(0);
    expect(await store.replayDead(undefined, T0 + 200)).toBe(1);
    const [replayed] = (await store.claimDue(s.id, 1, T0 + 200, T0 + 1200)) as Delivery[];
    expect(replayed).toMatchObject({ id: d?.id, attempts: 0 });
  });

  it("cancels what is queued for a deleted subscription, including a claimed delivery", async () => {
    const store = await fresh();
    const s = await activeSubscription(store);
    await store.acceptEvent(EVENT, "{}", T0);
    await store.acceptEvent({ ...EVENT, id: "second" }, "{}", T0);
    const [claimed] = (await store.claimDue(s.id, 1, T0, T0 + 1000)) as Delivery[];
    expect(await store.deleteSubscription(s.id)).toBe(true);
    expect(await store.deleteSubscription(s.id)).toBe(false);
    expect(await store.markDelivered(claimed as Delivery, attempt(1, T0 + 1))).toBe(false);
    expect((await store.listDeliveries({ subscriptionId: s.id })).map((d) => d.status)).toEqual([
      "delivered", // the validation event
      "cancelled",
      "cancelled",
    ]);
    expect(await store.dueSubscriptions(T0 + 5000)).toEqual([]);
  });

  it("counts the outbox and summarises per type", async () => {
    const store = await fresh();
    const s = await activeSubscription(store);
    const other = { ...EVENT, id: "e2", type: "dialogporten.dialog.seen.v1" };
    await store.acceptEvent(EVENT, "{}", T0);
    await store.acceptEvent(EVENT, "{}", T0); // the same id twice: two publishes
    await store.acceptEvent(other, "{}", T0);
    const claimed = await store.claimDue(s.id, 3, T0, T0 + 1000);
    const [a, b, c] = claimed as [Delivery, Delivery, Delivery];
    await store.markDelivered(a, attempt(1, T0));
    await store.scheduleRetry(b, attempt(1, T0, 500), T0 + 50);
    await store.markDead(c, attempt(12, T0, 500));
    expect(await store.counts()).toEqual({
      events: 4, // with the validation event
      pending: 0,
      retrying: 1,
      delivered: 2,
      dead: 1,
      inFlight: 0,
    });
    const stats = await store.statsByType();
    expect(stats.find((t) => t.type === EVENT.type)).toEqual({
      type: EVENT.type,
      published: 2,
      delivered: 1,
      retried: 1,
      retries: 1,
      dead: 0,
      pending: 1,
    });
    expect(stats.find((t) => t.type === other.type)).toEqual({
      type: other.type,
      published: 1,
      delivered: 0,
      retried: 1,
      retries: 11,
      dead: 1,
      pending: 0,
    });
  });

  it(`on reopening, ${backend.releasesOnOpen ? "frees claims (it owns the outbox alone)" : "keeps other instances' claims until their lease runs out"}`, async () => {
    const store = await fresh();
    const s = await activeSubscription(store);
    await store.acceptEvent(EVENT, "{}", T0);
    const farFuture = Date.now() + 3_600_000;
    expect(await store.claimDue(s.id, 1, T0, farFuture)).toHaveLength(1);
    const next = track(await backend.reopen());
    expect(await next.releaseClaims()).toBe(backend.releasesOnOpen ? 1 : 0);
    expect(await next.claimDue(s.id, 1, T0 + 1, farFuture)).toHaveLength(backend.releasesOnOpen ? 1 : 0);
    // Either way, once the lease (whichever is current) has run out, it is due again.
    expect(await next.claimDue(s.id, 1, farFuture, farFuture + 1)).toHaveLength(1);
  });
}

// The shared suite over both backends; the PostgreSQL one needs DATABASE_URL (see whenPostgres).
describe.each([
  { name: "sqlite", backend: (_url?: string) => sqliteBackend() },
  { name: "postgres", backend: (url?: string) => postgresBackend(url as string), postgres: true },
])("OutboxStore: $name", ({ backend, postgres }) => {
  if (postgres) whenPostgres((url) => storeSuite(backend(url)));
  else storeSuite(backend());
});

describePostgres("PostgreSQL outbox specifics", (serverUrl) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(serverUrl, "producer_pg");
  });
  afterAll(() => db?.drop());

  it("migrates once, even when eight instances start at the same moment, and again applies nothing", async () => {
    const stores = await Promise.all(Array.from({ length: 8 }, () => openStore({ databaseUrl: db.url })));
    await Promise.all(stores.map((s) => s.close()));
    const rows = await sql<{ name: string }>(db.url, "SELECT name FROM producer.producer_migration");
    expect(rows.map((r) => r.name)).toEqual(Object.keys(migrations));
    await (await openStore({ databaseUrl: db.url })).close();
    expect(await sql(db.url, "SELECT name FROM producer.producer_migration")).toHaveLength(
      Object.keys(migrations).length,
    );
  });

  it("never hands one delivery to two instances claiming at once (FOR UPDATE SKIP LOCKED)", async () => {
    const instances = await Promise.all(Array.from({ length: 4 }, () => openStore({ databaseUrl: db.url })));
    try {
      const [first] = instances as [OutboxStore];
      const s = await first.createSubscription(
        {
          ...NO_EXTRAS,
          endPoint: "http://127.0.0.1:9/",
          resourceFilter: null,
          subjectFilter: null,
          typeFilter: null,
        },
        validation,
        T0,
      );
      await first.setSubscriptionStatus(s.id, "active", T0);
      const total = 400;
      for (let i = 0; i < total; i += 50)
        await Promise.all(
          Array.from({ length: 50 }, (_, j) => first.acceptEvent({ ...EVENT, id: `e${i + j}` }, "{}", T0)),
        );
      const holders = new Map<number, number>();
      let rounds = 0;
      // Every instance keeps claiming small batches concurrently until nothing is left.
      await Promise.all(
        instances.map(async (store, n) => {
          for (;;) {
            rounds++;
            const got = await store.claimDue(s.id, 7, T0 + 1, Date.now() + 60_000);
            if (got.length === 0) return;
            for (const d of got) {
              expect(holders.has(d.id), `delivery ${d.id} claimed by ${holders.get(d.id)} and ${n}`).toBe(
                false,
              );
              holders.set(d.id, n);
            }
          }
        }),
      );
      expect(holders.size).toBe(total + 1); // and the validation event
      expect(new Set(holders.values()).size).toBeGreaterThan(1);
      expect(rounds).toBeGreaterThan(4);
    } finally {
      await Promise.all(instances.map((s) => s.close()));
    }
  });

  it("reports an unreachable database as StoreUnavailableError", async () => {
    const u = new URL(serverUrl);
    u.port = "1"; // nothing listens there
    await expect(openStore({ databaseUrl: u.toString(), connectionTimeoutMs: 1000 })).rejects.toBeInstanceOf(
      StoreUnavailableError,
    );
  });
});
