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

import {
  type DialogportenEvent,
  type DialogportenEventType,
  isActivityEvent,
  parseSource,
} from "dialogporten-events";
import type { ProjectionChange } from "../store/store.js";

export interface TimelineEntry {
  type: DialogportenEventType;
  eventId: string;
  source: string;
  /** As the event carried it. */
  time: string;
  activityId?: string;
  extendedActivityType?: string;
  transmissionId?: string;
  senderType?: string;
  process?: string;
  precedingProcess?: string;
}

/** What is persisted per dialog. */
export interface DialogDoc {
  dialogId: string;
  resource: string;
  subject: string;
  /** Sorted with `compareEntries`; never two entries with the same `source` and `eventId`. */
  timeline: TimelineEntry[];
}

export type DialogState = "created" | "updated" | "seen" | "deleted" | "restored" | "unknown";

export interface DialogView {
  dialogId: string;
  resource: string;
  subject: string;
  /** The latest lifecycle event that counts; `unknown` while only activities or transmissions arrived. */
  state: DialogState;
  deleted: boolean;
  createdAt: string | null;
  lastChangedAt: string | null;
  deletedAt: string | null;
  lastSeenAt: string | null;
  process: string | null;
  precedingProcess: string | null;
  activities: TimelineEntry[];
  transmissions: TimelineEntry[];
  timeline: TimelineEntry[];
}

/** The dialog an event belongs to: `resourceinstance` (tolerant mode may deliver it in upper case). */
export function dialogIdOf(event: DialogportenEvent): string {
  return event.resourceinstance.toLowerCase();
}

export function applyEvent(doc: DialogDoc | undefined, event: DialogportenEvent): DialogDoc {
  const current = doc ?? {
    dialogId: dialogIdOf(event),
    resource: event.resource,
    subject: event.subject,
    timeline: [],
  };
  if (current.timeline.some((e) => e.eventId === event.id && e.source === event.source)) return current;
  const timeline = [...current.timeline, toEntry(event)].sort(compareEntries);
  return { ...current, timeline };
}

function toEntry(event: DialogportenEvent): TimelineEntry {
  const data = (event.data ?? {}) as Record<string, string | undefined>;
  const entry: TimelineEntry = {
    type: event.type,
    eventId: event.id,
    source: event.source,
    time: event.time,
  };
  if (isActivityEvent(event)) {
    entry.activityId = event.data.activityId.toLowerCase();
    if (data.extendedActivityType) entry.extendedActivityType = data.extendedActivityType;
  }
  if (event.type === "dialogporten.dialog.transmission.created.v1") {
    const id = parseSource(event.source)?.transmissionId;
    if (id) entry.transmissionId = id.toLowerCase();
    if (data.senderType) entry.senderType = data.senderType;
  }
  if (data.process) entry.process = data.process;
  if (data.precedingProcess) entry.precedingProcess = data.precedingProcess;
  return entry;
}

const LIFECYCLE: Partial<Record<DialogportenEventType, DialogState>> = {
  "dialogporten.dialog.created.v1": "created",
  "dialogporten.dialog.updated.v1": "updated",
  "dialogporten.dialog.seen.v1": "seen",
  "dialogporten.dialog.deleted.v1": "deleted",
  "dialogporten.dialog.restored.v1": "restored",
};

// Breaks ties between events with the same time: a restore undoes a delete, never the other way round.
const TIE_RANK: Partial<Record<DialogportenEventType, number>> = {
  "dialogporten.dialog.created.v1": 0,
  "dialogporten.dialog.deleted.v1": 2,
  "dialogporten.dialog.restored.v1": 3,
};

type Ordered = Pick<TimelineEntry, "type" | "eventId" | "source" | "time">;

export function compareEntries(a: Ordered, b: Ordered): number {
  return compareKeyed(timeKey(a.time), a, timeKey(b.time), b);
}

/** `compareEntries` with the time keys already computed. */
function compareKeyed(aKey: string, a: Ordered, bKey: string, b: Ordered): number {
  const byTime = aKey === bKey ? 0 : aKey.localeCompare(bKey);
  if (byTime !== 0) return byTime;
  const byRank = tieRank(a.type) - tieRank(b.type);
  if (byRank !== 0) return byRank;
  return `${a.source} ${a.eventId}`.localeCompare(`${b.source} ${b.eventId}`);
}

function tieRank(type: DialogportenEventType): number {
  return TIE_RANK[type] ?? 1;
}

const RFC3339 = /^(\d{4}-\d\d-\d\d)[Tt ](\d\d:\d\d:\d\d)(?:\.(\d+))?([Zz]|[+-]\d\d:\d\d)$/;

/**
 * A UTC key that sorts as text, keeping all fractional digits: `Date` would cut Dialogporten's 7 digits to
 * 3 and could swap two events of the same millisecond. Unparsable times sort first, by their text.
 */
export function timeKey(time: string): string {
  const m = RFC3339.exec(time);
  if (!m) return `0000 ${time}`;
  const [, date, clock, fraction = "", offset] = m;
  const utc = new Date(`${date}T${clock}${offset === "z" ? "Z" : offset}`);
  if (Number.isNaN(utc.getTime())) return `0000 ${time}`;
  return `${utc.toISOString().slice(0, 19)}.${fraction.padEnd(9, "0").slice(0, 9)}Z`;
}

/** Folds the timeline in time order. A delete is a tombstone: only a later `restored` lifts it. */
export function viewDialog(doc: DialogDoc): DialogView {
  let state: DialogState = "unknown";
  let deleted = false;
  let createdAt: string | null = null;
  let lastChangedAt: string | null = null;
  let deletedAt: string | null = null;
  let lastSeenAt: string | null = null;
  let process: string | null = null;
  let precedingProcess: string | null = null;
  for (const entry of doc.timeline) {
    const lifecycle = LIFECYCLE[entry.type];
    if (!lifecycle) continue;
    if (lifecycle === "created") createdAt ??= entry.time;
    if (lifecycle === "seen") lastSeenAt = entry.time;
    if (lifecycle === "deleted") {
      deleted = true;
      deletedAt = entry.time;
    } else if (lifecycle === "restored") {
      deleted = false;
    } else if (deleted) {
      continue; // an update or a view of a deleted dialog does not bring it back
    }
    state = lifecycle;
    lastChangedAt = entry.time;
    if (entry.process !== undefined) {
      process = entry.process;
      precedingProcess = entry.precedingProcess ?? null;
    }
  }
  return {
    dialogId: doc.dialogId,
    resource: doc.resource,
    subject: doc.subject,
    state,
    deleted,
    createdAt,
    lastChangedAt,
    deletedAt,
    lastSeenAt,
    process,
    precedingProcess,
    activities: doc.timeline.filter((e) => e.activityId !== undefined),
    transmissions: doc.timeline.filter((e) => e.type === "dialogporten.dialog.transmission.created.v1"),
    timeline: doc.timeline,
  };
}

// --- The incremental form, as the stores apply it -------------------------------------------------------

/** One timeline entry as a store keeps it: a row per (dialog, source, event id), ordered by `timeKey`. */
export interface TimelineRow {
  source: string;
  eventId: string;
  type: DialogportenEventType;
  /** `timeKey(entry.time)`: sorts as text. */
  timeKey: string;
  /** The tie-break of `compareEntries` among equal times (then source and id). */
  rank: number;
  /**
   * Whether `refoldSummary` needs this row: a delete or restore, or a lifecycle event that carries a process.
   * The stores index these rows so a refold reads only them.
   */
  folds: boolean;
  entry: TimelineEntry;
}

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

export function toTimelineRow(event: DialogportenEvent): TimelineRow {
  return timelineRowOf(toEntry(event));
}

export function timelineRowOf(entry: TimelineEntry): TimelineRow {
  const lifecycle = LIFECYCLE[entry.type];
  return {
    source: entry.source,
    eventId: entry.eventId,
    type: entry.type,
    timeKey: timeKey(entry.time),
    rank: tieRank(entry.type),
    folds: lifecycle !== undefined && (isMark(lifecycle) || entry.process !== undefined),
    entry,
  };
}

function isMark(state: DialogState): boolean {
  return state === "deleted" || state === "restored";
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

/** Recomputes `processFrom` from the dialog's `folds` entries, as `viewDialog`'s fold would. */
export function refoldSummary(summary: DialogSummary, folds: readonly TimelineEntry[]): DialogSummary {
  let deleted = false;
  let processFrom: EntryRef | undefined;
  for (const { entry, key } of sortKeyed(folds)) {
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

/** Sorts entries as `compareEntries` does, computing each time key once. Stable. */
function sortKeyed(
  entries: readonly TimelineEntry[],
  keys?: readonly string[],
): { entry: TimelineEntry; key: string }[] {
  return entries
    .map((entry, i) => ({ entry, key: keys?.[i] ?? timeKey(entry.time) }))
    .sort((a, b) => compareKeyed(a.key, a.entry, b.key, b.entry));
}

/**
 * Puts a dialog's rows in timeline order (any order in; a store's `ORDER BY time_key` makes the sort nearly
 * free). `keys`, when given, are the rows' stored `timeKey`s, so no time is parsed again.
 */
export function sortTimeline(entries: readonly TimelineEntry[], keys?: readonly string[]): TimelineEntry[] {
  return sortKeyed(entries, keys).map((k) => k.entry);
}

export interface DialogHead {
  dialogId: string;
  resource: string;
  subject: string;
}

/** `viewDialog` without the lists, from the summary alone: what `GET /api/dialogs` shows. */
export function viewSummary(
  head: DialogHead,
  summary: DialogSummary,
): Omit<DialogView, "activities" | "transmissions" | "timeline"> {
  const deleted = summary.lastMark?.type === "dialogporten.dialog.deleted.v1";
  const current = deleted ? summary.lastMark : summary.last;
  return {
    dialogId: head.dialogId,
    resource: head.resource,
    subject: head.subject,
    state: current ? (LIFECYCLE[current.type] as DialogState) : "unknown",
    deleted,
    createdAt: summary.firstCreated?.time ?? null,
    lastChangedAt: current?.time ?? null,
    deletedAt: summary.lastDeleted?.time ?? null,
    lastSeenAt: summary.lastSeen?.time ?? null,
    process: summary.processFrom?.process ?? null,
    precedingProcess: summary.processFrom ? (summary.processFrom.precedingProcess ?? null) : null,
  };
}

/** What `viewDialog` gives for the same timeline, from the summary and the sorted timeline rows. */
export function viewStored(head: DialogHead, summary: DialogSummary, timeline: TimelineEntry[]): DialogView {
  return {
    ...viewSummary(head, summary),
    activities: timeline.filter((e) => e.activityId !== undefined),
    transmissions: timeline.filter((e) => e.type === "dialogporten.dialog.transmission.created.v1"),
    timeline,
  };
}

/** The change a store applies for one event, in the transaction that marks its inbox item processed. */
export function projectionChange(event: DialogportenEvent): ProjectionChange {
  const row = toTimelineRow(event);
  return {
    dialogId: dialogIdOf(event),
    resource: event.resource,
    subject: event.subject,
    row,
    summarize: (current) => addToSummary(current, row.entry),
    refold: refoldSummary,
  };
}
