// The incremental projection the stores run (a row per event, a bounded summary per dialog) against the
// reference fold over the whole timeline (`viewDialog`): for any set of events, in any arrival order, the
// same view. Times collide on purpose (the same instant written three ways, unparsable text), so ties are
// broken by type, then source and id, as `compareEntries` does.

import type { DialogportenEventType } from "dialogporten-events";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DialogSummary, TimelineEntry } from "../src/index.js";
import {
  addToSummary,
  refoldSummary,
  sortTimeline,
  summarizeTimeline,
  timelineRowOf,
  toTimelineRow,
  viewDialog,
  viewStored,
  viewSummary,
} from "../src/projection/dialogs.js";

const TYPES: DialogportenEventType[] = [
  "dialogporten.dialog.created.v1",
  "dialogporten.dialog.updated.v1",
  "dialogporten.dialog.seen.v1",
  "dialogporten.dialog.deleted.v1",
  "dialogporten.dialog.restored.v1",
  "dialogporten.dialog.activity.information.v1",
  "dialogporten.dialog.transmission.created.v1",
];
const TIMES = [
  "2026-03-01T10:00:00Z",
  "2026-03-01T10:00:00.000Z",
  "2026-03-01T11:00:00+01:00",
  "2026-03-01T10:00:00.0000001Z",
  "2026-03-01T10:00:01.5Z",
  "2026-03-01T09:59:59.9999999Z",
  "not a time",
];
const head = { dialogId: "d", resource: "urn:altinn:resource:r", subject: "urn:altinn:person:x" };

const entryArb = fc.record({
  type: fc.constantFrom(...TYPES),
  time: fc.constantFrom(...TIMES),
  source: fc.constantFrom("https://a/x", "https://a/X", "https://a/x-1"),
  process: fc.option(fc.constantFrom("urn:p:1", "urn:p:2", "urn:p:3"), { nil: undefined }),
  precedingProcess: fc.option(fc.constantFrom("urn:p:0", "urn:p:9"), { nil: undefined }),
});

/** Distinct entries (ids unique), as the projection would have made them from events. */
const timelineArb = fc.array(entryArb, { minLength: 1, maxLength: 24 }).map((raw) =>
  raw.map((r, i): TimelineEntry => {
    const entry: TimelineEntry = { type: r.type, eventId: `e${i}`, source: r.source, time: r.time };
    if (r.type.includes(".activity.")) entry.activityId = `a${i}`;
    if (r.type.includes(".transmission.")) entry.transmissionId = `t${i}`;
    if (r.process) entry.process = r.process;
    if (r.process && r.precedingProcess) entry.precedingProcess = r.precedingProcess;
    return entry;
  }),
);

/** What a store does: insert the row, add to the summary, refold from the `folds` rows when asked. */
function applyAll(arrivals: readonly TimelineEntry[]): { summary: DialogSummary; refolds: number } {
  let summary: DialogSummary | undefined;
  let refolds = 0;
  const rows: TimelineEntry[] = [];
  for (const entry of arrivals) {
    rows.push(entry);
    const added = addToSummary(summary, entry);
    summary = added.summary;
    if (added.refold) {
      refolds++;
      summary = refoldSummary(
        summary,
        rows.filter((e) => timelineRowOf(e).folds),
      );
    }
  }
  return { summary: summary as DialogSummary, refolds };
}

describe("incremental projection", () => {
  it("gives viewDialog's view for any arrival order", () => {
    let refolds = 0;
    fc.assert(
      fc.property(
        timelineArb.chain((timeline) =>
          fc.tuple(fc.constant(timeline), fc.shuffledSubarray(timeline, { minLength: timeline.length })),
        ),
        ([timeline, arrivals]) => {
          const reference = viewDialog({ ...head, timeline: sortTimeline(timeline) });
          const applied = applyAll(arrivals);
          refolds += applied.refolds;
          const sorted = sortTimeline(arrivals);
          expect(viewStored(head, applied.summary, sorted)).toEqual(reference);
          expect(applied.summary).toEqual(summarizeTimeline(timeline));
          const { timeline: t, activities, transmissions, ...scalars } = reference;
          expect(viewSummary(head, applied.summary)).toEqual(scalars);
          expect(applied.summary).toMatchObject({
            events: t.length,
            activities: activities.length,
            transmissions: transmissions.length,
          });
        },
      ),
      { numRuns: 2000, seed: 6 },
    );
    expect(refolds).toBeGreaterThan(0); // the slow path ran too
  });

  it("makes rows that sort and fold like the entries", () => {
    const event = {
      specversion: "1.0",
      id: "0194fb2d-0000-7000-8000-000000000001",
      type: "dialogporten.dialog.deleted.v1",
      time: "2026-03-01T11:00:00.1234567+01:00",
      resource: "urn:altinn:resource:r",
      resourceinstance: "0194FB2D-0000-7000-8000-000000000000",
      subject: "urn:altinn:person:identifier-no:01017012345",
      source:
        "https://platform.altinn.no/dialogporten/api/v1/enduser/dialogs/0194fb2d-0000-7000-8000-000000000000",
    } as const;
    expect(toTimelineRow(event as never)).toEqual({
      source: event.source,
      eventId: event.id,
      type: event.type,
      timeKey: "2026-03-01T10:00:00.123456700Z",
      rank: 2,
      folds: true,
      entry: { type: event.type, eventId: event.id, source: event.source, time: event.time },
    });
  });
});
