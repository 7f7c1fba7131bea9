import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { sampleEvent } from "../src/emit/trigger.js";
import { migrations as outboxMigrations } from "../src/outbox/migrations.js";
import { type ChildProducer, ensureBuilt, startChildProducer } from "./support/child-producer.js";
import { createTestDatabase, describePostgres, sql, type TestDatabase } from "./support/postgres.js";
import { RESOURCE } from "./support/producer.js";
import { Receiver, waitFor } from "./support/receiver.js";

/**
 * Two producer processes share one PostgreSQL outbox. A stream is published to both in turn; one is
 * SIGKILLed mid-stream with POSTs under way. Every event that got a 200 must reach the receiver, and no
 * delivery may ever be attempted by both at once.
 */
const STREAM = 300;
const TIMEOUT_MS = 2000; // per POST; the claim lease is this plus 10 s

describePostgres("two producer instances on one PostgreSQL outbox", (serverUrl) => {
  let db: TestDatabase;
  let receiver: Receiver | undefined;
  const producers: ChildProducer[] = [];

  beforeAll(async () => {
    ensureBuilt();
    db = await createTestDatabase(serverUrl, "producer_multi");
  });
  afterAll(async () => {
    for (const p of producers)
      if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill("SIGKILL");
    await Promise.all(producers.map((p) => p.exited()));
    await receiver?.stop();
    await db?.drop();
  });

  it("loses no accepted event and never attempts one delivery twice at once when one is SIGKILLed", async () => {
    // Slower than the stream is published, so a backlog builds and both instances keep their slots busy.
    receiver = await new Receiver(() => ({ status: 200, delayMs: 100 })).start();
    const env = {
      DATABASE_URL: db.url,
      // Both share the folder, so both sign and accept with the one key the first of them creates.
      DATA_DIR: mkdtempSync(join(tmpdir(), "producer-multi-")),
      RETRY_TIME_SCALE: "0.001",
      DELIVERY_TIMEOUT_MS: String(TIMEOUT_MS),
      MAX_CONCURRENCY_PER_SUBSCRIBER: "4",
    };
    // Started together: both run the migrations at once on an empty database.
    const [a, b] = (await Promise.all([startChildProducer(env), startChildProducer(env)])) as [
      ChildProducer,
      ChildProducer,
    ];
    producers.push(a, b);
    const s = await a.client.subscribe({ endPoint: `${receiver.url}?sub=shared`, resourceFilter: RESOURCE });
    await b.client.waitUntilActive(s.id);

    const accepted = new Set<string>();
    let refused = 0;
    let killedAt = -1;
    let deliveredByA = 0;
    let cutOffBefore = 0;
    for (let i = 0; i < STREAM; i++) {
      // Kill A mid-stream while it has POSTs open: more than B's 4 slots are busy, so at least 2 are A's.
      if (killedAt < 0 && receiver.events().length >= 40 && receiver.openNow > 5) {
        deliveredByA = await a.metric('producer_delivery_attempts_total{outcome="delivered"}');
        cutOffBefore = receiver.cutOff;
        a.child.kill("SIGKILL");
        await a.exited();
        killedAt = accepted.size;
      }
      const to = i % 2 === 0 ? a : b;
      const event = sampleEvent(
        i % 3 === 0 ? "dialogporten.dialog.activity.information.v1" : "dialogporten.dialog.updated.v1",
      );
      const status = await to.client.publish(event).then(
        (r) => r.status,
        () => 0,
      );
      if (status === 200) accepted.add(event.id);
      else refused++;
    }
    expect(killedAt, "the kill happened mid-stream").toBeGreaterThan(0);
    expect(a.child.signalCode).toBe("SIGKILL");
    expect(deliveredByA, "instance A had delivered its share before it died").toBeGreaterThan(0);
    // Half the stream after the kill went to the dead instance and was refused (connection refused).
    expect(refused).toBeGreaterThan(0);
    expect(accepted.size + refused).toBe(STREAM);
    await waitFor(
      "the killed instance's open POSTs to be cut off",
      () => (receiver?.cutOff ?? 0) > cutOffBefore,
      2000,
    );
    const unackedAtKill = [...accepted].filter((id) => !receiver?.acknowledged.has(id)).length;
    expect(unackedAtKill, "accepted events were still waiting when A died").toBeGreaterThan(0);

    await waitFor(
      "every accepted event to be delivered and acknowledged by the survivor",
      () => [...accepted].every((id) => receiver?.acknowledged.has(id)),
      TIMEOUT_MS + 10_000 + 15_000,
    );
    expect(await b.metric('producer_delivery_attempts_total{outcome="delivered"}')).toBeGreaterThan(0);
    // At least once: the events A had open were sent again by B, after A's lease ran out, never at once.
    expect(receiver.overlaps).toEqual([]);
    expect(receiver.maxInFlight).toBeGreaterThan(1);

    // The database agrees: all delivered, each recorded by exactly one attempt (a lost claim records nothing).
    await waitFor("the outbox to settle", async () => (await b.client.stats()).pending === 0);
    const rows = await sql<{ status: string; attempts: number; n: number }>(
      db.url,
      "SELECT status, attempts, COUNT(*)::int AS n FROM producer.deliveries GROUP BY status, attempts",
    );
    expect(rows).toEqual([{ status: "delivered", attempts: 1, n: accepted.size + 1 }]);
    const migrations = await sql(db.url, "SELECT name FROM producer.producer_migration");
    expect(migrations).toHaveLength(Object.keys(outboxMigrations).length);
    const sent = receiver.events().length;
    console.info(
      `multi-instance: ${accepted.size} accepted, ${refused} refused (A dead), A killed after ${killedAt} accepted ` +
        `with ${receiver.cutOff - cutOffBefore} POSTs cut off, ${sent} POSTs received for ${accepted.size} events ` +
        `(${sent - accepted.size} re-sent), 0 lost, ${receiver.overlaps.length} concurrent attempts`,
    );
    b.child.kill("SIGTERM");
    await b.exited();
  }, 60_000);
});
