// The reference form of the projection: the whole timeline in one document, folded into a view. The
// stores run the incremental form (summary.ts, view.ts); tests check both give the same views.

import type { DialogportenEvent } from "dialogporten-events";
import { compareEntries, type DialogState, LIFECYCLE, type TimelineEntry, toEntry } from "./timeline.js";

/** What is persisted per dialog. */
export interface DialogDoc {
  dialogId: string;
  resource: string;
  subject: string;
  /** Sorted with `compareEntries`; never two entries with the same `source` and `eventId`. */
  timeline: TimelineEntry[];
}

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
