// A dialog's timeline: the entry kept per event, the order of entries (by event time, then a tie rank),
// and the row form the stores keep, one per (dialog, source, event id).

import {
  type DialogportenEvent,
  type DialogportenEventType,
  isActivityEvent,
  parseSource,
} from "dialogporten-events";

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

export type DialogState = "created" | "updated" | "seen" | "deleted" | "restored" | "unknown";

export function toEntry(event: DialogportenEvent): TimelineEntry {
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

export const LIFECYCLE: Partial<Record<DialogportenEventType, DialogState>> = {
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
export function compareKeyed(aKey: string, a: Ordered, bKey: string, b: Ordered): number {
  const byTime = aKey === bKey ? 0 : aKey.localeCompare(bKey);
  if (byTime !== 0) return byTime;
  const byRank = tieRank(a.type) - tieRank(b.type);
  if (byRank !== 0) return byRank;
  return `${a.source} ${a.eventId}`.localeCompare(`${b.source} ${b.eventId}`);
}

export function tieRank(type: DialogportenEventType): number {
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

export function isMark(state: DialogState): boolean {
  return state === "deleted" || state === "restored";
}

/** Sorts entries as `compareEntries` does, computing each time key once. Stable. */
export function sortKeyed(
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
