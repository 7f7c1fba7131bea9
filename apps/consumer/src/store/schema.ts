// The consumer's tables as the repositories see them (after every migration). Conventions of the shared
// data layer (`@dialogporten-events/db`): times are epoch milliseconds, flags 0/1, JSON as text, raw bodies
// as bytes, ids integers read as numbers.

import type { Generated } from "@dialogporten-events/db";
import type { InboxKind, InboxStatus, QuarantineCode, SnapshotStatus } from "./store.js";

export interface InboxTable {
  id: Generated<number>;
  source: string;
  event_id: string;
  type: string;
  kind: InboxKind;
  /** The event as JSON text, exactly as serialized. */
  body: string;
  warnings: string;
  received_at: number;
  status: Generated<InboxStatus>;
  /** Counted when claimed, so an item that crashes the process is parked too. */
  attempts: Generated<number>;
  next_attempt_at: number;
  lease_owner: string | null;
  lease_until: number | null;
  last_error: string | null;
  processed_at: number | null;
}

export interface QuarantineTable {
  id: Generated<number>;
  received_at: number;
  code: QuarantineCode;
  type: string | null;
  issues: string;
  /** Bytes: a refused body may hold U+0000, which PostgreSQL text cannot. */
  body: Uint8Array;
}

export interface DialogsTable {
  dialog_id: string;
  resource: string;
  subject: string;
  /** `DialogSummary` as JSON. */
  summary: string;
  version: number;
  updated_at: number;
}

export interface DialogEventsTable {
  dialog_id: string;
  source: string;
  event_id: string;
  time_key: string;
  rank: number;
  type: string;
  folds: number;
  /** `TimelineEntry` as JSON. */
  entry: string;
}

/** Facts that leave no row behind: duplicates, and what retention deleted. */
export interface CountersTable {
  name: string;
  value: number;
}

/** Where pulling stands, per (resource, subject, types): `store/pull-cursors.ts`. */
export interface PullCursorTable {
  /** `pullCursorKey(...)`: the resource, subject and sorted types as one JSON text. */
  cursor_key: string;
  resource: string;
  subject: string | null;
  types: string;
  /** The CloudEvent id the next page starts after (`0`: the beginning). */
  after_id: string;
  /** Events pulled through this cursor, in all. */
  pulled: number;
  updated_at: number;
}

/** Enrichment: what is wanted and what was fetched per dialog (`store/snapshots.ts`). */
export interface DialogSnapshotTable {
  dialog_id: string;
  /** New Dialogporten events stored for the dialog, in all (bumped in the event's own transaction). */
  wanted: number;
  /** `wanted` as it stood when the last finished fetch was claimed: a fetch is due while `wanted > fetched`. */
  fetched: Generated<number>;
  /** Not fetched before this (backoff after a failure). */
  due_at: number;
  /** Failed fetches in a row since the last finished one. */
  attempts: Generated<number>;
  lease_owner: string | null;
  lease_until: number | null;
  /** `timeKey` of the latest `deleted` and `restored` event: a 404 after a later delete means deleted. */
  deleted_key: string | null;
  restored_key: string | null;
  /** Null until the first fetch finished. */
  status: SnapshotStatus | null;
  revision: string | null;
  /** The dialog as Dialogporten answered it, JSON. */
  dialog: string | null;
  /** The dialog's `updatedAt` (epoch ms): the first key of the overwrite rule. */
  updated_at: number | null;
  /** When the fetch that gave this snapshot was sent: the second key. */
  started_at: number | null;
  fetched_at: number | null;
  last_error: string | null;
}

export interface ConsumerTables {
  inbox: InboxTable;
  quarantine: QuarantineTable;
  dialogs: DialogsTable;
  dialog_events: DialogEventsTable;
  counters: CountersTable;
  pull_cursor: PullCursorTable;
  dialog_snapshot: DialogSnapshotTable;
}
