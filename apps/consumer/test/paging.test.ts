// Cursor paging of the read API against both stores, through real HTTP: following `next` from the first page
// lists every item exactly once, in the list's order, also when items arrive while a client pages and past
// the 1000 items one page holds at most. The next link repeats the list's filters and never the secret.

import { afterAll, describe, expect, it } from "vitest";
import type { DeliveryEntry, InboxItem, Store } from "../src/index.js";
import { projectionChange } from "../src/projection/dialogs.js";
import { type Running, SECRET, startConsumer } from "./helpers.js";
import { accept, eventOf, foreign as foreignEvent, targets } from "./targets.js";

const OWNER = "paging-test";

const foreign = (n: number) => foreignEvent(n, "paging");

const refused = (n: number): DeliveryEntry => ({
  outcome: "quarantine",
  code: "malformed-json",
  type: undefined,
  issues: [],
  body: `{nope ${n}`,
});

interface Page {
  next: string | null;
  [list: string]: unknown;
}

/** Every page from `first` on, by `next`; the secret goes in `?code=` on the first request only. */
async function walk<T>(c: Running, first: string, list: string): Promise<{ items: T[]; pages: number }> {
  const items: T[] = [];
  let pages = 0;
  let next: string | null = `${first}${first.includes("?") ? "&" : "?"}code=${SECRET}`;
  while (next !== null) {
    const res: Response = await fetch(`${c.url}${next}`, pages === 0 ? {} : { headers: bearer });
    expect(res.status, next).toBe(200);
    const page = (await res.json()) as Page;
    expect((page[list] as T[]).length).toBeGreaterThan(0);
    items.push(...(page[list] as T[]));
    if (page.next !== null) {
      expect(page.next).not.toContain(SECRET);
      expect(page.next).not.toContain("code=");
    }
    next = page.next;
    pages++;
  }
  return { items, pages };
}

const bearer = { authorization: `Bearer ${SECRET}` };

/** Stores and processes `entries`, so dialogs have their projection. */
async function processed(store: Store, entries: DeliveryEntry[]) {
  await store.recordDeliveries(entries, new Date());
  for (;;) {
    const items = await store.claimDue(OWNER, new Date(), 60_000, 100);
    if (items.length === 0) return;
    for (const item of items) {
      const change = item.kind === "dialogporten" ? projectionChange(item.event as never) : undefined;
      expect(await store.complete(item.id, OWNER, new Date(), change)).toBe(true);
    }
  }
}

describe.each(targets())("read API paging: $name", (target) => {
  afterAll(() => target.cleanup());
  if (!target.available) {
    it.skip("skipped: no DATABASE_URL (see test/pg.ts)", () => {});
    return;
  }

  it("lists every inbox item, quarantined delivery, dialog and parked item once over several pages", async () => {
    const c = await startConsumer({ ...(await target.options()), processing: false });
    try {
      const store = c.consumer.store;
      // 12 dialogs of 2 events each, 9 foreign events, 7 refused deliveries, 3 parked items.
      await processed(store, [
        ...Array.from({ length: 12 }, (_, d) => [accept(eventOf(d, 0)), accept(eventOf(d, 1))]).flat(),
        ...Array.from({ length: 9 }, (_, n) => foreign(n)),
      ]);
      await store.recordDeliveries(
        Array.from({ length: 7 }, (_, n) => refused(n)),
        new Date(),
      );
      await store.recordDeliveries(
        Array.from({ length: 3 }, (_, n) => foreign(100 + n)),
        new Date(),
      );
      for (const item of await store.claimDue(OWNER, new Date(), 60_000, 10)) {
        expect(await store.fail(item.id, OWNER, "parked", null)).toBe(true);
      }

      const all = await walk<InboxItem>(c, "/api/events?limit=5", "events");
      expect(all.pages).toBe(8); // 36 items
      const ids = all.items.map((e) => e.id);
      expect(new Set(ids).size).toBe(36);
      expect(ids).toEqual([...ids].sort((a, b) => b - a)); // newest first, as without paging
      const whole = await c.api<{ events: InboxItem[]; next: null }>("/api/events?limit=1000");
      expect(whole.next).toBeNull();
      expect(ids).toEqual(whole.events.map((e) => e.id));

      // Filters carry over to the next pages.
      const unknown = await walk<InboxItem>(c, "/api/events?kind=unknown&limit=4", "events");
      expect(unknown.items.map((e) => e.eventId).sort()).toEqual(
        [
          ...Array.from({ length: 9 }, (_, n) => `paging-${n}`),
          "paging-100",
          "paging-101",
          "paging-102",
        ].sort(),
      );
      expect(unknown.pages).toBe(3);

      const quarantine = await walk<{ id: number; body: string }>(c, "/api/quarantine?limit=3", "items");
      expect(quarantine.pages).toBe(3);
      expect(quarantine.items.map((q) => q.body).sort()).toEqual(
        Array.from({ length: 7 }, (_, n) => `{nope ${n}`).sort(),
      );

      const dialogs = await walk<{ dialogId: string }>(c, "/api/dialogs?limit=5", "dialogs");
      expect(dialogs.pages).toBe(3);
      const dialogIds = dialogs.items.map((d) => d.dialogId);
      expect(new Set(dialogIds).size).toBe(12);
      expect(dialogIds).toEqual(
        Array.from({ length: 12 }, (_, d) => eventOf(d, 0).resourceinstance.toLowerCase()).sort(),
      );

      const failed = await walk<InboxItem>(c, "/api/failed?limit=2", "events");
      expect(failed.pages).toBe(2);
      expect(failed.items.map((e) => e.eventId).sort()).toEqual(["paging-100", "paging-101", "paging-102"]);
      expect(failed.items.every((e) => e.status === "failed")).toBe(true);
    } finally {
      await c.stop();
    }
  });

  it("misses and repeats nothing when items arrive between pages, and pages past 1000 items", async () => {
    const c = await startConsumer({ ...(await target.options()), processing: false });
    try {
      const store = c.consumer.store;
      await store.recordDeliveries(
        Array.from({ length: 1001 }, (_, n) => foreign(n)),
        new Date(),
      );
      // `limit` above the maximum is cut to 1000; the rest is on the next page.
      const first = await c.api<{ events: InboxItem[]; next: string }>("/api/events?limit=5000");
      expect(first.events).toHaveLength(1000);
      expect(first.next).toMatch(/^\/api\/events\?limit=1000&after=/);
      // New deliveries arrive before the next page is read: newer than the cursor, so not on it.
      await store.recordDeliveries([foreign(5000), foreign(5001)], new Date());
      const second = await c.api<{ events: InboxItem[]; next: null }>(first.next);
      expect(second.next).toBeNull();
      const seen = [...first.events, ...second.events].map((e) => e.eventId);
      expect(seen).toHaveLength(1001);
      expect(new Set(seen)).toEqual(new Set(Array.from({ length: 1001 }, (_, n) => `paging-${n}`)));
    } finally {
      await c.stop();
    }
  });
});
