// A sample projection: what an integrator knows about each dialog from its events alone.
//
// The broker delivers in no particular order and at least once, so the projection keeps every event it has
// seen for a dialog as a timeline sorted by event time, and derives the state from that timeline. Applying an
// event is therefore commutative (any arrival order gives the same timeline) and idempotent (an event already
// on the timeline changes nothing).
//
// Two forms of the same semantics live here:
// - the reference: `applyEvent` keeps the whole timeline in a `DialogDoc`, `viewDialog` folds it;
// - what the stores run: each event is one timeline row (`toTimelineRow`, inserted once per source and id),
//   and the dialog keeps a bounded `DialogSummary` updated per event (`addToSummary`), from which
//   `viewSummary` gives exactly what `viewDialog` would. Applying an event costs O(1), not O(timeline).

import type { DialogportenEvent } from "dialogporten-events";
import { dialogIdOf } from "./reference.js";
import { type TimelineRow, toTimelineRow } from "./timeline.js";

export { applyEvent, type DialogDoc, type DialogView, dialogIdOf, viewDialog } from "./reference.js";
export {
  addToSummary,
  type DialogSummary,
  type EntryRef,
  emptySummary,
  refoldSummary,
  summarizeTimeline,
} from "./summary.js";
export {
  compareEntries,
  type DialogState,
  sortTimeline,
  type TimelineEntry,
  type TimelineRow,
  timeKey,
  timelineRowOf,
  toTimelineRow,
} from "./timeline.js";
export { type DialogHead, viewStored, viewSummary } from "./view.js";

/**
 * The change a store applies for one event, in the transaction that marks its inbox item processed: plain
 * data (it crosses to the SQLite writer thread as it is). In O(1), or for a late delete or restore in
 * O(rows with `folds`), never O(timeline):
 * 1. insert `row` unless the dialog has an entry with the same source and id (then nothing else changes);
 * 2. fold the entry into the dialog's summary with `addToSummary` (`undefined`: a new dialog, created with
 *    `resource` and `subject`); when it answers `refold`, pass its summary and every entry of the dialog
 *    whose row has `folds` (the new one included) to `refoldSummary`;
 * 3. store the summary and count the version up by one.
 * Both databases run the same fold (`store/dialogs.ts`); the rules are only here.
 */
export interface ProjectionChange {
  dialogId: string;
  resource: string;
  subject: string;
  row: TimelineRow;
}

export function projectionChange(event: DialogportenEvent): ProjectionChange {
  return {
    dialogId: dialogIdOf(event),
    resource: event.resource,
    subject: event.subject,
    row: toTimelineRow(event),
  };
}
