// Rows as SQLite returns them (what the writer thread answers: flat, JSON as text), and the shapes the Store
// interface answers with (made in the HTTP thread, `sqlite.ts`).

import { type DialogSummary, sortTimeline, type TimelineEntry } from "../projection/dialogs.js";
import type { DialogDetail, DialogRecord, InboxItem, QuarantineItem } from "./store.js";

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

export interface QuarantineRow {
  id: number;
  received_at: string;
  code: QuarantineItem["code"];
  type: string | null;
  issues: string;
  body: string;
}

/** A dialog row and its timeline rows (entry JSON, time key), in index order. */
export interface TimelineRows {
  row: DialogRow;
  entries: [entry: string, timeKey: string][];
}

export function toQuarantineItem(r: QuarantineRow): QuarantineItem {
  return {
    id: r.id,
    receivedAt: r.received_at,
    code: r.code,
    type: r.type,
    issues: JSON.parse(r.issues),
    body: r.body,
  };
}

/** `sortTimeline` settles what the index order leaves open (source and id, as `compareEntries`). */
export function toDialogDetail({ row, entries }: TimelineRows): DialogDetail {
  const timeline = sortTimeline(
    entries.map((r) => parseEntry(r[0])),
    entries.map((r) => r[1]),
  );
  return { ...toDialogRecord(row), timeline };
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
