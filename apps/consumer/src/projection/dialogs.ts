// A sample projection: what an integrator knows about each dialog from its events alone.
//
// The broker delivers in no particular order and at least once, so the projection keeps every event it has
// seen for a dialog as a timeline sorted by event time, and derives the state from that timeline on read.
// Applying an event is therefore commutative (any arrival order gives the same timeline) and idempotent (an
// event already on the timeline changes nothing).

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

export function compareEntries(a: TimelineEntry, b: TimelineEntry): number {
  const byTime = timeKey(a.time).localeCompare(timeKey(b.time));
  if (byTime !== 0) return byTime;
  const byRank = (TIE_RANK[a.type] ?? 1) - (TIE_RANK[b.type] ?? 1);
  if (byRank !== 0) return byRank;
  return `${a.source} ${a.eventId}`.localeCompare(`${b.source} ${b.eventId}`);
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
