// The demo's push-against-pull comparison: it must see a missing, an extra, a differing and a doubly stored
// event, and the check line built from it must fail then (the demo exits non-zero on a failed check).

import type { ConsumerStats } from "@dialogporten-events/consumer";
import { describe, expect, it } from "vitest";
import { compareInboxes, firstDifference, type StoredEvent } from "../src/demo/compare.js";
import { checks, type DemoFacts, renderPushPullTable } from "../src/demo/summary.js";
import { generateScenario } from "../src/emit/scenario.js";

const stored = (): StoredEvent[] =>
  generateScenario({ dialogs: 3, seed: 11 }).events.map((event) => ({
    source: event.source,
    eventId: event.id,
    type: event.type,
    event: structuredClone(event) as unknown as Record<string, unknown>,
  }));

/** The same event with its keys in reverse order, as another store could give it back. */
const reordered = (item: StoredEvent): StoredEvent => ({
  ...item,
  event: Object.fromEntries(Object.entries(item.event).reverse()),
});

describe("compareInboxes", () => {
  it("finds nothing between equal inboxes, whatever the order of items and keys, and counts per type", () => {
    const pushed = stored();
    const pulled = pushed.map(reordered).reverse();
    const { differences, byType } = compareInboxes(pushed, pulled);
    expect(differences).toEqual([]);
    const created = pushed.filter((e) => e.type === "dialogporten.dialog.created.v1").length;
    expect(created).toBe(3);
    expect(byType.get("dialogporten.dialog.created.v1")).toEqual({ pushed: 3, pulled: 3 });
    const total = [...byType.values()].reduce((n, c) => n + c.pushed + c.pulled, 0);
    expect(total).toBe(2 * pushed.length);
  });

  it("names a missing, an extra, a differing and a doubly stored event", () => {
    const pushed = stored();
    const pulled = stored();
    const [missing, changed] = pulled.splice(1, 2) as [StoredEvent, StoredEvent];
    const differing = structuredClone(changed);
    differing.event.data = { ...(changed.event.data as object), extra: 1 };
    const foreign: StoredEvent = { ...structuredClone(changed), eventId: "not-in-the-push-inbox" };
    pulled.push(differing, foreign, structuredClone(pulled[0] as StoredEvent));

    const { differences, byType } = compareInboxes(pushed, pulled);
    expect(differences).toHaveLength(4);
    expect(differences).toContain(`only pushed: ${missing.type} ${missing.source} ${missing.eventId}`);
    expect(differences).toContain(
      `body differs at /data/extra: ${changed.type} ${changed.source} ${changed.eventId}`,
    );
    expect(differences).toContain(`only pulled: ${foreign.type} ${foreign.source} not-in-the-push-inbox`);
    const first = pulled[0] as StoredEvent;
    expect(differences).toContain(`stored twice when pulled: ${first.type} ${first.source} ${first.eventId}`);
    const pulledTotal = [...byType.values()].reduce((n, c) => n + c.pulled, 0);
    expect(pulledTotal).toBe(pushed.length - 2 + 3);
  });

  it("points at the first difference, also in arrays and between kinds of value", () => {
    expect(firstDifference({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).toBe("/a/1/b");
    expect(firstDifference({ "x/y": 1 }, { "x/y": "1" })).toBe("/x~1y");
    expect(firstDifference([1], { 0: 1 })).toBe("/");
    expect(firstDifference({ a: 1 }, { a: 1, b: null })).toBe("/b");
    expect(firstDifference({ a: 1 }, { a: 1 })).toBeUndefined();
  });
});

describe("the demo's push-and-pull check", () => {
  const stats: ConsumerStats = {
    received: 0,
    accepted: 0,
    duplicates: 0,
    quarantined: 0,
    unknown: 0,
    subscriptionValidations: 0,
    processed: 0,
    failed: 0,
    pending: 0,
    dialogs: 0,
    pruned: 0,
  };
  const facts = (pushed: StoredEvent[], pulled: StoredEvent[]): DemoFacts => ({
    emitted: new Map(),
    chaos: false,
    subscriptions: 0,
    dialogs: 0,
    producer: { events: 0, pending: 0, retrying: 0, delivered: 0, dead: 0, inFlight: 0, byType: [] },
    consumer: stats,
    outageRefusals: 0,
    inboxMismatches: [],
    pull: { consumer: stats, comparison: compareInboxes(pushed, pulled) },
    snapshots: { dialogs: 0, deleted: 0, differences: [] },
  });
  const pushPullCheck = (f: DemoFacts) => checks(f).find((c) => c.text.includes("pulling consumer's inbox"));

  it("passes when the inboxes agree and fails, naming the event, when one is missing", () => {
    const pushed = stored();
    expect(pushPullCheck(facts(pushed, stored()))?.ok).toBe(true);
    const check = pushPullCheck(facts(pushed, stored().slice(1)));
    expect(check?.ok).toBe(false);
    expect(check?.text).toContain(`only pushed: ${pushed[0]?.type}`);
  });

  it("tables both sides per type with a total", () => {
    const pushed = stored();
    const table = renderPushPullTable(compareInboxes(pushed, pushed.slice(1)));
    expect(table.at(-1)).toMatch(new RegExp(`^total\\s+${pushed.length}\\s+${pushed.length - 1}$`));
    expect(table.some((l) => /^created\s+3\s+\d+$/.test(l))).toBe(true);
  });
});
