// Rows as SQLite returns them, and the shapes the Store interface answers with.

import type { DialogSummary, TimelineEntry } from "../projection/dialogs.js";
import type { DialogRecord, InboxItem } from "./store.js";

export interface InboxRow {
  id: number;
  source: string;
  event_id: string;
  type: string;
  kind: InboxItem["kind"];
  body: string;
  warnings: string;
  received_at: string;
  status: InboxItem["status"];
  attempts: number;
  next_attempt_at: string;
  processed_at: string | null;
  last_error: string | null;
}

export interface DialogRow {
  dialog_id: string;
  resource: string;
  subject: string;
  summary: string;
  version: number;
  updated_at: string;
}

export function toDialogRecord(row: DialogRow): DialogRecord {
  return {
    dialogId: row.dialog_id,
    resource: row.resource,
    subject: row.subject,
    summary: JSON.parse(row.summary) as DialogSummary,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

export function parseEntry(json: string): TimelineEntry {
  return JSON.parse(json) as TimelineEntry;
}

export function toInboxItem(row: InboxRow): InboxItem {
  return {
    id: row.id,
    source: row.source,
    eventId: row.event_id,
    type: row.type,
    kind: row.kind,
    status: row.status,
    attempts: row.attempts,
    receivedAt: row.received_at,
    nextAttemptAt: row.next_attempt_at,
    processedAt: row.processed_at,
    lastError: row.last_error,
    event: JSON.parse(row.body) as Record<string, unknown>,
    warnings: JSON.parse(row.warnings),
  };
}
