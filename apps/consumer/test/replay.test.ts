// Quarantine replay against both stores, through the real HTTP API: bodies that pass the current contract
// move into the inbox and are processed, those already there count as duplicates and leave quarantine too,
// the rest stay with refreshed issues; a batch that fails half-way moves nothing.

import { afterAll, describe, expect, it } from "vitest";
import type { ConsumerStats, DeliveryEntry, InboxItem, QuarantineItem, Store } from "../src/index.js";
import { reparse, replayQuarantine } from "../src/maintenance/replay.js";
import { Metrics } from "../src/metrics.js";
import { SECRET, startConsumer } from "./helpers.js";
import { eventOf, targets } from "./targets.js";

/** A delivery an older contract refused: kept with its body and the issues found then. */
const refused = (body: string, code: "invalid" | "malformed-json" = "invalid"): DeliveryEntry => ({
  outcome: "quarantine",
  code,
  type: undefined,
  issues: [{ pointer: "/old", code: "invalid-form", message: "an old rule", keyword: "pattern" }],
  body,
});

async function quarantine(store: Store, entries: DeliveryEntry[]): Promise<number[]> {
  const results = await store.recordDeliveries(entries, new Date());
  return results.map((r) => (r.outcome === "quarantined" ? r.quarantineId : -1));
}

describe.each(targets())("quarantine replay: $name", (target) => {
  afterAll(() => target.cleanup());
  if (!target.available) {
    it.skip("skipped: no DATABASE_URL (see test/pg.ts)", () => {});
    return;
  }

  it("moves what passes now, counts duplicates, keeps the rest with refreshed issues", async () => {
    const c = await startConsumer(await target.options());
    try {
      const [e0, e1, e2] = [0, 1, 2].map((n) => JSON.stringify(eventOf(10, n))) as [string, string, string];
      const invalid = { ...eventOf(10, 3), subject: "not-a-party" };
      expect((await c.post(e1)).status).toBe(200); // already in the inbox when it is replayed
      expect((await c.post(invalid)).status).toBe(400); // refused today, and still after the replay
      const [q0, q0again, q1, stale, malformed, q2] = await quarantine(c.consumer.store, [
        refused(e0),
        refused(e0), // the same event twice in quarantine: one accepted, one duplicate
        refused(e1),
        refused(JSON.stringify(invalid), "malformed-json"), // wrong code and issues: refreshed
        refused("{nope", "malformed-json"),
        refused(e2),
      ]);
      const statsBefore = await c.stats();

      const replay = (body?: string, auth = true) =>
        fetch(`${c.url}/api/quarantine/replay`, {
          method: "POST",
          headers: auth ? { authorization: `Bearer ${SECRET}` } : {},
          ...(body === undefined ? {} : { body }),
        });
      const some = await replay(JSON.stringify({ ids: [q2, 999_999] }));
      expect(some.status).toBe(200);
      const picked = (await some.json()) as { inboxIds: number[] };
      expect(picked).toMatchObject({ accepted: 1, duplicate: 0, quarantined: 0, missing: 1 });

      const all = await replay();
      expect(await all.json()).toMatchObject({ accepted: 1, duplicate: 2, quarantined: 3, missing: 0 });
      expect(await (await replay("{}")).json()).toMatchObject({ accepted: 0, duplicate: 0, quarantined: 3 });

      const { items } = await c.api<{ items: QuarantineItem[] }>("/api/quarantine");
      const left = items.map((i) => i.id);
      expect(left).toContain(stale);
      expect(left).toContain(malformed);
      expect(left).not.toContain(q0);
      expect(left).not.toContain(q0again);
      expect(left).not.toContain(q1);
      expect(left).not.toContain(q2);
      const refreshed = items.find((i) => i.id === stale) as QuarantineItem;
      expect(refreshed.code).toBe("invalid");
      expect(refreshed.issues.map((i) => i.pointer)).toContain("/subject");
      expect(refreshed.body).toBe(JSON.stringify(invalid)); // the body is kept as it came
      expect(items.find((i) => i.id === malformed)).toMatchObject({ code: "malformed-json", body: "{nope" });

      // Processed like deliveries; `received` is unchanged (moved, not received again).
      const stats: ConsumerStats = await c.drained();
      expect(stats.received).toBe(statsBefore.received);
      expect(stats).toMatchObject({ accepted: statsBefore.accepted + 2, quarantined: 3, processed: 3 });
      const event = await c.api<InboxItem>(`/api/events/${picked.inboxIds[0]}`);
      expect(event).toMatchObject({ eventId: JSON.parse(e2).id, status: "processed" });
      expect(await c.api(`/api/dialogs/${eventOf(10, 0).resourceinstance}`)).toMatchObject({ version: 3 });
      const metrics = await (await fetch(`${c.url}/metrics?code=${SECRET}`)).text();
      expect(metrics).toContain('consumer_quarantine_replayed_total{outcome="accepted"} 2\n');
      expect(metrics).toContain('consumer_quarantine_replayed_total{outcome="duplicate"} 2\n');

      expect((await replay(undefined, false)).status).toBe(401);
      for (const bad of ["[1]", '{"ids": [-1]}', '{"ids": []}', '{"ids": ["1"]}', "{nope"]) {
        const answer = await replay(bad);
        expect(answer.status).toBe(400);
        expect(answer.headers.get("content-type")).toContain("application/problem+json");
      }
      expect((await fetch(`${c.url}/api/quarantine/replay?code=${SECRET}`)).status).toBe(405);
    } finally {
      await c.stop();
    }
  });

  it("moves a batch all or nothing, and walks the table batch by batch", async () => {
    const c = await startConsumer({ ...(await target.options()), processing: false });
    try {
      const store = c.consumer.store;
      const bodies = [0, 1, 2, 3, 4].map((n) => JSON.stringify(eventOf(11, n)));
      await quarantine(
        store,
        bodies.map((b) => refused(b)),
      );
      // The fourth row fails inside the transaction (a kind the inbox's CHECK refuses), after three moved.
      let calls = 0;
      const failing = (body: string): DeliveryEntry => {
        const entry = reparse(body);
        return ++calls === 4 ? ({ ...entry, kind: "bogus" } as unknown as DeliveryEntry) : entry;
      };
      const rows = await store.quarantineBatch({ afterId: 0, limit: 10 });
      const items = rows.map((row) => ({ quarantineId: row.id, entry: failing(row.body) }));
      await expect(store.replay(items, new Date())).rejects.toThrow();
      expect(await store.listQuarantine(10)).toHaveLength(5);
      expect(await store.listEvents({ limit: 10 })).toHaveLength(0);

      const counts = await replayQuarantine(store, new Metrics(), undefined, 2); // batches of 2, 2, 1
      expect(counts).toMatchObject({ accepted: 5, duplicate: 0, quarantined: 0 });
      expect(await store.listQuarantine(10)).toHaveLength(0);
      const stored = await store.listEvents({ limit: 10 });
      expect(stored.map((e) => JSON.stringify(e.event)).sort()).toEqual([...bodies].sort());
      expect(await replayQuarantine(store, new Metrics(), undefined, 2)).toMatchObject({ accepted: 0 });
    } finally {
      await c.stop();
    }
  });
});
