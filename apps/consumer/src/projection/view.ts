// Views from what the stores keep: the summary alone (the dialog list) or with the sorted timeline rows.

import type { DialogView } from "./reference.js";
import type { DialogSummary } from "./summary.js";
import { type DialogState, LIFECYCLE, type TimelineEntry } from "./timeline.js";

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
