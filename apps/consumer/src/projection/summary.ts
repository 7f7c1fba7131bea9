// The incremental form the stores run: a bounded summary per dialog, updated per event in O(1), from which
// `viewSummary` derives what `viewDialog` folds from the whole timeline.

import type { DialogportenEventType } from "dialogporten-events";
import { compareKeyed, isMark, LIFECYCLE, sortKeyed, type TimelineEntry, timeKey } from "./timeline.js";

/** What the summary keeps of an entry: enough to order it and to show it. */
export interface EntryRef {
  type: DialogportenEventType;
  eventId: string;
  source: string;
  time: string;
  /** `timeKey(time)`, kept so comparisons do not parse times again. */
  key: string;
  process?: string;
  precedingProcess?: string;
}

/**
 * Per dialog, a bounded summary from which `viewSummary` derives exactly what `viewDialog` folds from the
 * whole timeline. Each field is a maximum or minimum under `compareEntries` (so adding entries in any order
 * gives the same summary), except `processFrom`, which a late delete or restore can move to an earlier
 * entry: then `addToSummary` asks for a refold over the dialog's `folds` rows (deletes, restores and
 * lifecycle events with a process; rare, and bounded by those, not by the timeline).
 */
export interface DialogSummary {
  events: number;
  activities: number;
  transmissions: number;
  /** The first `created` (its time is `createdAt`). */
  firstCreated?: EntryRef;
  /** The latest lifecycle event of any kind: the state unless the dialog is deleted. */
  last?: EntryRef;
  lastSeen?: EntryRef;
  lastDeleted?: EntryRef;
  /** The latest delete or restore: the dialog is deleted iff it is a delete (a restore wins equal times). */
  lastMark?: EntryRef;
  /** The latest lifecycle event that counts (not an update or view of a deleted dialog) and has a process. */
  processFrom?: EntryRef;
}

export function emptySummary(): DialogSummary {
  return { events: 0, activities: 0, transmissions: 0 };
}

function refOf(entry: TimelineEntry, key = timeKey(entry.time)): EntryRef {
  const ref: EntryRef = {
    type: entry.type,
    eventId: entry.eventId,
    source: entry.source,
    time: entry.time,
    key,
  };
  if (entry.process !== undefined) ref.process = entry.process;
  if (entry.precedingProcess !== undefined) ref.precedingProcess = entry.precedingProcess;
  return ref;
}

const compareRefs = (a: EntryRef, b: EntryRef) => compareKeyed(a.key, a, b.key, b);
const later = (a: EntryRef, b: EntryRef | undefined) => b === undefined || compareRefs(a, b) > 0;

/**
 * Adds one entry that was not on the timeline yet. O(1): a few comparisons. `refold` is true when the
 * entry's place among earlier deletes and restores matters for `processFrom`; then pass the result and the
 * dialog's `folds` entries (this one included) to `refoldSummary`.
 */
export function addToSummary(
  current: DialogSummary | undefined,
  entry: TimelineEntry,
): { summary: DialogSummary; refold: boolean } {
  const summary: DialogSummary = { ...(current ?? emptySummary()) };
  summary.events++;
  if (entry.activityId !== undefined) summary.activities++;
  if (entry.type === "dialogporten.dialog.transmission.created.v1") summary.transmissions++;
  const lifecycle = LIFECYCLE[entry.type];
  if (!lifecycle) return { summary, refold: false };

  const ref = refOf(entry);
  const isLast = later(ref, summary.last);
  if (isLast) summary.last = ref;
  if (lifecycle === "created" && (!summary.firstCreated || compareRefs(ref, summary.firstCreated) < 0)) {
    summary.firstCreated = ref;
  }
  if (lifecycle === "seen" && later(ref, summary.lastSeen)) summary.lastSeen = ref;
  if (lifecycle === "deleted" && later(ref, summary.lastDeleted)) summary.lastDeleted = ref;

  if (isMark(lifecycle)) {
    if (later(ref, summary.lastMark)) summary.lastMark = ref;
    // Nothing after it: it counts, and no other entry changes whether it counts.
    // A restore while no delete exists: nothing is tombstoned, so nothing changes either.
    if (isLast || (lifecycle === "restored" && !summary.lastDeleted)) {
      if (ref.process !== undefined && later(ref, summary.processFrom)) summary.processFrom = ref;
      return { summary, refold: false };
    }
    return { summary, refold: true };
  }
  // created, updated, seen: only one with a process, later than the current one, can take over.
  if (ref.process === undefined || !later(ref, summary.processFrom)) return { summary, refold: false };
  if (later(ref, summary.lastMark)) {
    // Every delete and restore is before it: it counts unless the dialog is deleted.
    if (summary.lastMark?.type !== "dialogporten.dialog.deleted.v1") summary.processFrom = ref;
    return { summary, refold: false };
  }
  return { summary, refold: true }; // whether it counts depends on the delete or restore just before it
}

/**
 * Recomputes `processFrom` from the dialog's `folds` entries, as `viewDialog`'s fold would. `keys`, when given,
 * are the entries' stored `timeKey`s (as for `sortTimeline`).
 */
export function refoldSummary(
  summary: DialogSummary,
  folds: readonly TimelineEntry[],
  keys?: readonly string[],
): DialogSummary {
  let deleted = false;
  let processFrom: EntryRef | undefined;
  for (const { entry, key } of sortKeyed(folds, keys)) {
    const lifecycle = LIFECYCLE[entry.type];
    if (!lifecycle) continue;
    if (isMark(lifecycle)) deleted = lifecycle === "deleted";
    else if (deleted) continue;
    if (entry.process !== undefined) processFrom = refOf(entry, key);
  }
  const { processFrom: _, ...rest } = summary;
  return processFrom ? { ...rest, processFrom } : rest;
}

/** The summary of a whole timeline at once (migrations, tests): the same as adding its entries one by one. */
export function summarizeTimeline(timeline: readonly TimelineEntry[]): DialogSummary {
  const summary = emptySummary();
  let deleted = false;
  for (const { entry, key } of sortKeyed(timeline)) {
    summary.events++;
    if (entry.activityId !== undefined) summary.activities++;
    if (entry.type === "dialogporten.dialog.transmission.created.v1") summary.transmissions++;
    const lifecycle = LIFECYCLE[entry.type];
    if (!lifecycle) continue;
    const ref = refOf(entry, key);
    summary.last = ref;
    if (lifecycle === "created") summary.firstCreated ??= ref;
    if (lifecycle === "seen") summary.lastSeen = ref;
    if (lifecycle === "deleted") summary.lastDeleted = ref;
    if (isMark(lifecycle)) {
      summary.lastMark = ref;
      deleted = lifecycle === "deleted";
    } else if (deleted) continue;
    if (ref.process !== undefined) summary.processFrom = ref;
  }
  return summary;
}
