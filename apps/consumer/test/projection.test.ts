import { createEvent, type DialogportenEvent, type DialogportenEventType } from "dialogporten-events";
import { describe, expect, it } from "vitest";
import type { DialogView } from "../src/index.js";
import { applyEvent, type DialogDoc, timeKey, viewDialog } from "../src/projection/dialogs.js";
import { seededRandom, shuffle, startConsumer } from "./helpers.js";

const party = "urn:altinn:person:identifier-no:01017012345";
let counter = 0;
const uuid = (dialog: number, n: number) =>
  `0194fb2d-${String(dialog).padStart(4, "0")}-7${String(n).padStart(3, "0")}-8000-000000000000`;

/** An event of `dialog` at second `second` of the day, with a fresh id. */
function at(type: DialogportenEventType, dialog: number, second: number): DialogportenEvent {
  const n = ++counter;
  const fields = {
    resource: "urn:altinn:resource:test-service",
    resourceinstance: uuid(dialog, 0),
    subject: party,
    time: `2026-03-01T10:00:${String(second).padStart(2, "0")}.1234567Z`,
    ...(type.startsWith("dialogporten.dialog.activity.") ? { data: { activityId: uuid(dialog, n) } } : {}),
    ...(type === "dialogporten.dialog.transmission.created.v1"
      ? { transmissionId: uuid(dialog, n), data: { senderType: "ServiceOwner" } }
      : {}),
  };
  return createEvent(type as "dialogporten.dialog.created.v1", fields as never);
}

function fold(events: readonly DialogportenEvent[]): DialogView {
  let doc: DialogDoc | undefined;
  for (const event of events) doc = applyEvent(doc, event);
  return viewDialog(doc as DialogDoc);
}

describe("dialog projection (pure)", () => {
  it("takes an activity that arrives before the dialog's created event", () => {
    const created = at("dialogporten.dialog.created.v1", 1, 1);
    const activity = at("dialogporten.dialog.activity.information.v1", 1, 2);
    const early = fold([activity]);
    expect(early).toMatchObject({ state: "unknown", createdAt: null });
    expect(early.activities).toHaveLength(1);
    expect(fold([activity, created])).toEqual(fold([created, activity]));
    expect(fold([activity, created])).toMatchObject({ state: "created", deleted: false });
  });

  it("does not bring a deleted dialog back with an update, earlier or later; a restore does", () => {
    const created = at("dialogporten.dialog.created.v1", 1, 1);
    const deleted = at("dialogporten.dialog.deleted.v1", 1, 5);
    const lateUpdate = at("dialogporten.dialog.updated.v1", 1, 7);
    const earlyUpdate = at("dialogporten.dialog.updated.v1", 1, 3);
    const restored = at("dialogporten.dialog.restored.v1", 1, 8);
    const seen = at("dialogporten.dialog.seen.v1", 1, 9);
    expect(fold([created, deleted, lateUpdate])).toMatchObject({ state: "deleted", deleted: true });
    expect(fold([lateUpdate, deleted, earlyUpdate, created])).toMatchObject({ state: "deleted" });
    expect(fold([restored, deleted, created, lateUpdate])).toMatchObject({
      state: "restored",
      deleted: false,
    });
    expect(fold([seen, restored, deleted, created])).toMatchObject({ state: "seen", lastSeenAt: seen.time });
  });

  it("lets a restore with the same time as the delete win", () => {
    const deleted = at("dialogporten.dialog.deleted.v1", 1, 5);
    const restored = { ...at("dialogporten.dialog.restored.v1", 1, 5), time: deleted.time };
    expect(fold([restored, deleted])).toMatchObject({ state: "restored", deleted: false });
  });

  it("changes nothing when the same event is applied twice", () => {
    const doc = applyEvent(undefined, at("dialogporten.dialog.created.v1", 1, 1));
    const event = at("dialogporten.dialog.transmission.created.v1", 1, 2);
    const once = applyEvent(doc, event);
    expect(applyEvent(once, event)).toBe(once);
    expect(viewDialog(once).transmissions).toMatchObject([{ transmissionId: event.source.slice(-36) }]);
  });

  it("orders times by the instant, with all fractional digits", () => {
    const keys = [
      "2026-03-01T10:00:00.0000002Z",
      "2026-03-01T10:00:00.0000001Z",
      "2026-03-01T11:00:00+02:00", // 09:00 UTC
      "2026-03-01T10:00:00Z",
    ].map(timeKey);
    expect([...keys].sort()).toEqual([keys[2], keys[3], keys[1], keys[0]]);
  });
});

/** A plausible life of a few dialogs, in the order the producer emitted it. */
function scenario(): DialogportenEvent[] {
  const events: DialogportenEvent[] = [];
  for (const dialog of [1, 2, 3]) {
    events.push(
      at("dialogporten.dialog.created.v1", dialog, 1),
      at("dialogporten.dialog.transmission.created.v1", dialog, 1),
      at("dialogporten.dialog.activity.created.v1", dialog, 1),
      at("dialogporten.dialog.updated.v1", dialog, 2),
      at("dialogporten.dialog.activity.form-submitted.v1", dialog, 3),
      at("dialogporten.dialog.seen.v1", dialog, 4),
    );
    if (dialog !== 1) events.push(at("dialogporten.dialog.deleted.v1", dialog, 5));
    if (dialog === 2) events.push(at("dialogporten.dialog.updated.v1", dialog, 6));
    if (dialog === 3) events.push(at("dialogporten.dialog.restored.v1", dialog, 7));
  }
  return events;
}

describe("dialog projection through the consumer", () => {
  it.each([1, 2, 3])(
    "gives the same dialogs under shuffled, duplicated deliveries (seed %i)",
    async (seed) => {
      const events = scenario();
      const random = seededRandom(seed);
      const deliveries = shuffle([...events, ...events.filter(() => random() < 0.4)], random);
      const c = await startConsumer();
      await Promise.all(
        deliveries.map(async (event) => {
          expect((await c.post(event)).status).toBe(200);
        }),
      );
      const stats = await c.drained();
      expect(stats).toMatchObject({ accepted: events.length, processed: events.length, dialogs: 3 });
      expect(stats.duplicates).toBe(deliveries.length - events.length);
      for (const dialog of [1, 2, 3]) {
        const mine = events.filter((e) => e.resourceinstance === uuid(dialog, 0));
        const { version, updatedAt, ...view } = await c.api<
          DialogView & { version: number; updatedAt: string }
        >(`/api/dialogs/${uuid(dialog, 0)}`);
        expect(view).toEqual(fold(mine));
        expect(version).toBe(mine.length); // each event applied exactly once
      }
      const views = (await c.api<{ dialogs: DialogView[] }>("/api/dialogs")).dialogs;
      expect(Object.fromEntries(views.map((d) => [d.dialogId, d.state]))).toEqual({
        [uuid(1, 0)]: "seen",
        [uuid(2, 0)]: "deleted",
        [uuid(3, 0)]: "restored",
      });
      await c.stop();
    },
  );
});
