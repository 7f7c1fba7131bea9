// What crosses between the store's callers and its queries: flat rows (numbers, strings, bytes; JSON as
// text), so they copy cheaply to and from the SQLite writer thread however deeply an event nests. Events are
// serialized once by the caller and parsed back by it (`consumer-store.ts`).

import type { Selectable } from "@dialogporten-events/db";
import type { InboxTable } from "./schema.js";
import type { InboxKind, QuarantineCode } from "./store.js";

/**
 * An inbox entry: source, id, type, kind, event JSON, warnings JSON, and for a Dialogporten event when
 * enrichment is on, its dialog's fetch mark.
 */
export type AcceptRow = [1, string, string, string, InboxKind, string, string, FetchMark?];
/** Dialog id; the event's `timeKey` when it is a `deleted` / `restored` event. */
export type FetchMark = [dialogId: string, deletedKey: string | null, restoredKey: string | null];
/** A quarantine entry: code, type, issues JSON, body. */
export type RefusedRow = [0, QuarantineCode, string | null, string, string];
export type EntryRow = AcceptRow | RefusedRow;

/** A quarantine row's id and what its body gives under the current contract. */
export type ReplayRow = [quarantineId: number, row: EntryRow];

export const INBOX_COLUMNS = [
  "id",
  "source",
  "event_id",
  "type",
  "kind",
  "body",
  "warnings",
  "received_at",
  "status",
  "attempts",
  "next_attempt_at",
  "processed_at",
  "last_error",
] as const;

/** An inbox row as the store answers it (the lease columns stay inside). */
export type InboxRow = Pick<Selectable<InboxTable>, (typeof INBOX_COLUMNS)[number]>;
