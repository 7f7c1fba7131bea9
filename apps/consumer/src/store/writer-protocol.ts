// What the HTTP thread and the SQLite writer thread say to each other. Events cross as JSON text, already
// serialized by the HTTP thread: a structured clone of a string is a copy, of an object a walk.

import type { TimelineRow } from "../projection/dialogs.js";
import type { EventFilter, InboxKind, QuarantineCode } from "./store.js";

/** An inbox entry: source, id, type, kind, event JSON, warnings JSON. */
export type AcceptRow = [1, string, string, string, InboxKind, string, string];
/** A quarantine entry: code, type, issues JSON, body. */
export type QuarantineRow = [0, QuarantineCode, string | null, string, string];

/** The data of a `ProjectionChange`; its functions cannot cross a thread (see `sqlite-writes.ts`). */
export interface ChangeData {
  dialogId: string;
  resource: string;
  subject: string;
  row: TimelineRow;
}

/** Committed in a shared transaction (group commit); answered only after that commit. */
export interface WriteOps {
  record: [at: string, rows: (AcceptRow | QuarantineRow)[]];
  claim: [owner: string, at: string, until: string, limit: number];
  complete: [id: number, owner: string, at: string, change: ChangeData | null];
  fail: [id: number, owner: string, error: string, status: "pending" | "failed", next: string];
  retryFailed: [id: number, at: string];
  /** Retention: see `sqlite-maintenance.ts`. */
  prune: [before: string, limit: number];
  /** Quarantine replay: each row already parsed again by the HTTP thread. */
  replay: [at: string, items: ReplayItem[]];
}

/** A quarantine row's id and what its body gives under the current contract. */
export type ReplayItem = [quarantineId: number, row: AcceptRow | QuarantineRow];

/** Answered at once, between two commits (so never seeing an uncommitted write). */
export interface ReadOps {
  listEvents: [filter: EventFilter];
  getEvent: [id: number];
  listQuarantine: [limit: number, after?: number];
  listDialogs: [limit: number, after?: string];
  getDialog: [dialogId: string];
  stats: [];
  ping: [];
  /** `[id, body][]` of the next quarantine rows of a replay. */
  quarantineBatch: [afterId: number, ids: number[] | null, limit: number];
}

export type Op = keyof WriteOps | keyof ReadOps | "close";

/** HTTP thread -> writer: `[callId, op, args]`. */
export type Call = [id: number, op: Op, args: unknown[]];

/** Writer -> HTTP thread: `[callId, 0, value]` or `[callId, 1, message]`, several per message. */
export type Reply = [id: number, failed: 0 | 1, value: unknown];

/** Writer -> HTTP thread, once: the file is open (or could not be). */
export type Opened = { opened: true } | { opened: false; error: string };

export interface WriterData {
  dataDir: string;
  /** Bound on the file's size (`PRAGMA max_page_count`); none when undefined. */
  maxBytes: number | undefined;
}
