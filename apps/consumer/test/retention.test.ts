// Inbox retention against both stores, through the real HTTP API: only processed items older than the window
// go (in bounded batches), pending and failed ones stay, the projection does not move, the totals in
// /api/stats do not shrink, and a redelivery of a pruned event is accepted as new yet changes no dialog.

import { afterAll, describe, expect, it } from "vitest";
import {
  ConfigError,
  createConsumer,
  type DeliveryEntry,
  type InboxItem,
  readConfig,
  type Store,
} from "../src/index.js";
import { projectionChange } from "../src/projection/dialogs.js";
import { SECRET, startConsumer, waitFor } from "./helpers.js";
import { accept, eventOf, foreign, targets } from "./targets.js";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const OWNER = "test-owner";

/** Stores `entries` received at `received` and processes them at `processed` (projection applied). */
async function processedAt(store: Store, entries: DeliveryEntry[], received: Date, processed: Date) {
  await store.recordDeliveries(entries, received);
  const items = await store.claimDue(OWNER, processed, 60_000, 1000);
  expect(items).toHaveLength(entries.length);
  for (const item of items) {
    const change = item.kind === "dialogporten" ? projectionChange(item.event as never) : undefined;
    expect(await store.complete(item.id, OWNER, processed, change)).toBe(true);
  }
  return items;
}

describe.each(targets())("inbox retention: $name", (target) => {
  afterAll(() => target.cleanup());
  if (!target.available) {
    it.skip("skipped: no DATABASE_URL (see test/pg.ts)", () => {});
    return;
  }

  it("prunes old processed items in batches, keeps the rest, the projection and the totals", async () => {
    const c = await startConsumer({
      ...(await target.options()),
      processing: false, // the test processes, with the times it needs
      retention: { intervalMs: 0, batchSize: 4 },
    });
    try {
      const store = c.consumer.store;
      const now = Date.now();
      const old = new Date(now - 10 * DAY);
      const dialog1 = [0, 1, 2, 3, 4].map((n) => eventOf(1, n));
      // Pruned: five of one dialog and a foreign event, received 10 and processed 9 days ago.
      await processedAt(store, [...dialog1.map(accept), foreign(1)], old, new Date(now - 9 * DAY));
      // Kept: received long ago but processed an hour ago (after retries); received and processed yesterday.
      const [late] = await processedAt(store, [accept(eventOf(2, 0))], old, new Date(now - HOUR));
      const [recent] = await processedAt(store, [accept(eventOf(3, 0))], new Date(now - DAY), new Date());
      // Kept: failed (parked) and pending, however old.
      await store.recordDeliveries([accept(eventOf(4, 0))], old);
      const [failed] = await store.claimDue(OWNER, old, 60_000, 10);
      expect(await store.fail((failed as InboxItem).id, OWNER, "parked", null)).toBe(true);
      const [pending] = await store.recordDeliveries([accept(eventOf(5, 0))], old);

      const statsBefore = await c.stats();
      const dialogBefore = await c.api(`/api/dialogs/${dialog1[0]?.resourceinstance}`);
      expect(dialogBefore).toMatchObject({ version: 5 });

      const prune = () =>
        fetch(`${c.url}/api/inbox/prune`, { method: "POST", headers: { authorization: `Bearer ${SECRET}` } });
      const first = await prune();
      expect(first.status).toBe(200);
      expect(await first.json()).toMatchObject({ pruned: 6, batches: 2 }); // 4, then 2 (< batch: done)
      expect(await (await prune()).json()).toMatchObject({ pruned: 0, batches: 1 });

      const left = (await c.api<{ events: InboxItem[] }>("/api/events")).events.map((e) => e.id).sort();
      const kept = [late?.id, recent?.id, failed?.id, pending?.outcome === "stored" && pending.inboxId];
      expect(left).toEqual(kept.sort());
      expect(await c.stats()).toEqual({ ...statsBefore, pruned: 6 }); // totals kept, pending/failed too
      expect(await c.api(`/api/dialogs/${dialog1[0]?.resourceinstance}`)).toEqual(dialogBefore);
      const metrics = await (await fetch(`${c.url}/metrics?code=${SECRET}`)).text();
      expect(metrics).toContain("consumer_inbox_pruned_total 6\n");
      expect(metrics).toContain("consumer_retention_runs_total 2\n");

      // Past the window the deduplication has forgotten the event: accepted as new, processed again,
      // but its timeline row is still there, so the dialog (version included) does not change.
      const again = await c.post(dialog1[2]);
      expect(await again.json()).toMatchObject({ status: "accepted" });
      const claimed = await store.claimDue(OWNER, new Date(), 60_000, 10); // with the old pending one
      const redelivered = claimed.find((item) => item.eventId === dialog1[2]?.id);
      expect(redelivered).toBeDefined();
      const change = projectionChange(redelivered?.event as never);
      expect(await store.complete((redelivered as InboxItem).id, OWNER, new Date(), change)).toBe(true);
      expect(await c.api(`/api/dialogs/${dialog1[0]?.resourceinstance}`)).toMatchObject({
        version: 5,
        timeline: (dialogBefore as { timeline: unknown }).timeline,
      });
    } finally {
      await c.stop();
    }
  });

  it("runs on its interval, and the endpoint needs the secret", async () => {
    const c = await startConsumer({
      ...(await target.options()),
      processing: false,
      retention: { intervalMs: 50 },
    });
    try {
      const now = Date.now();
      const events = [0, 1, 2].map((n) => accept(eventOf(7, n)));
      await processedAt(c.consumer.store, events, new Date(now - 8 * DAY), new Date(now - 8 * DAY));
      await waitFor(async () => ((await c.stats()).pruned === 3 ? true : undefined));
      expect((await c.stats()).accepted).toBe(3);
      expect((await fetch(`${c.url}/api/inbox/prune`, { method: "POST" })).status).toBe(401);
      const wrongMethod = await fetch(`${c.url}/api/inbox/prune?code=${SECRET}`);
      expect(wrongMethod.status).toBe(405);
    } finally {
      await c.stop();
    }
  });
});

describe("inbox retention config", () => {
  it("refuses a window shorter than the broker's retry horizon", () => {
    const env = { WEBHOOK_SECRET: "s" };
    expect(readConfig(env, []).retention).toEqual({
      retentionMs: 168 * HOUR,
      intervalMs: HOUR,
      batchSize: 500,
    });
    expect(readConfig({ ...env, INBOX_RETENTION_HOURS: "36" }, []).retention.retentionMs).toBe(36 * HOUR);
    expect(() => readConfig({ ...env, INBOX_RETENTION_HOURS: "35" }, [])).toThrow(
      /INBOX_RETENTION_HOURS must be at least 36, not 35: Altinn Events redelivers for about 35 hours/,
    );
    expect(() => readConfig({ ...env, INBOX_RETENTION_HOURS: "0" }, [])).toThrow(ConfigError);
    const short = () => createConsumer({ insecure: true, retention: { retentionMs: 35 * HOUR } });
    expect(short).toThrow(ConfigError);
    expect(short).toThrow(/at least 36 hours/);
  });
});
