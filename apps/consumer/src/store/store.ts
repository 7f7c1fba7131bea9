// The consumer's one storage boundary, async throughout. One implementation (`consumer-store.ts`) stands
// behind it for both databases: SQLite through the writer thread (`sqlite.ts`), PostgreSQL through a pool
// (`postgres.ts`). It takes and returns plain data; the rules of the projection are not in here.

import { StoreUnavailableError } from "@dialogporten-events/db";
import type { EndUserDialog, ServiceOwnerDialog } from "@dialogporten-events/dialogporten-api";
import type { ErrorCode, Issue } from "dialogporten-events";
import type { DialogSummary, ProjectionChange, TimelineEntry } from "../projection/dialogs.js";

export type { ProjectionChange };
export { StoreUnavailableError };

/**
 * Why a delivery is in quarantine: the contract's codes (`parseEvent`), or one of the consumer's own bounds
 * (`intake/input-bounds.ts`): JSON nested too deeply, a batch with too many events.
 */
export type QuarantineCode = ErrorCode | "too-deep" | "too-many-events";

/** What a stored inbox item is: the kinds `parseEvent` can accept. */
export type InboxKind = "dialogporten" | "unknown" | "subscription-validation";
export type InboxStatus = "pending" | "processed" | "failed";

/** One event of a delivery, after parsing: either it goes into the inbox or into quarantine. */
export type DeliveryEntry =
  | {
      outcome: "accept";
      kind: InboxKind;
      source: string;
      eventId: string;
      type: string;
      event: object;
      warnings: Issue[];
    }
  | {
      outcome: "quarantine";
      code: QuarantineCode;
      type: string | undefined;
      issues: Issue[];
      /** The event as JSON, or the raw text when it was not JSON: kept so nothing is lost. */
      body: string;
    };

export type RecordResult =
  | { outcome: "stored"; inboxId: number }
  | { outcome: "duplicate"; inboxId: number }
  | { outcome: "quarantined"; quarantineId: number };

export interface InboxItem {
  id: number;
  source: string;
  eventId: string;
  type: string;
  kind: InboxKind;
  status: InboxStatus;
  /** How many times a worker has claimed it (a crash mid-handler counts too, so poison items get parked). */
  attempts: number;
  receivedAt: string;
  nextAttemptAt: string;
  processedAt: string | null;
  lastError: string | null;
  event: Record<string, unknown>;
  warnings: Issue[];
}

export interface QuarantineItem {
  id: number;
  receivedAt: string;
  code: QuarantineCode;
  type: string | null;
  issues: Issue[];
  body: string;
}

export interface DialogRecord {
  dialogId: string;
  /** From the first event applied to the dialog. */
  resource: string;
  subject: string;
  /** State and counts, kept up to date per event (see `projection/dialogs.ts`). */
  summary: DialogSummary;
  /** Number of inbox items applied to this dialog: each exactly once, so it doubles as an ETag. */
  version: number;
  updatedAt: string;
}

export interface DialogDetail extends DialogRecord {
  /** Every entry, in time order (`compareEntries`). */
  timeline: TimelineEntry[];
}

export interface EventFilter {
  type?: string;
  kind?: InboxKind;
  status?: InboxStatus;
  limit: number;
  /** Keyset paging: only items with a smaller id than this (the list is newest first). */
  after?: number;
}

/** The `/api/stats` shape; the producer's demo reads it, so keep it stable. */
export interface ConsumerStats {
  received: number;
  accepted: number;
  duplicates: number;
  quarantined: number;
  unknown: number;
  subscriptionValidations: number;
  processed: number;
  failed: number;
  pending: number;
  dialogs: number;
  /**
   * Processed inbox items deleted by retention (`pruneInbox`). They stay counted in `accepted`, `processed`
   * and their kind, so the totals above do not shrink when the inbox is pruned.
   */
  pruned: number;
}

/** One batch of a quarantine replay (`quarantineBatch`). */
export interface QuarantineBatch {
  /** Only rows with a larger id, in id order: the cursor of a replay that walks the table batch by batch. */
  afterId: number;
  /** Only these rows; every row when undefined. */
  ids?: readonly number[] | undefined;
  limit: number;
}

/** A quarantined body, to be parsed again by the caller (`maintenance/replay.ts`). */
export interface QuarantinedBody {
  id: number;
  body: string;
}

/** A quarantined delivery and what its body gives under the current contract. */
export interface ReplayItem {
  quarantineId: number;
  entry: DeliveryEntry;
}

/** What became of one quarantined delivery when its body was parsed again. */
export type ReplayResult =
  | { quarantineId: number; outcome: "accepted" | "duplicate"; inboxId: number }
  | { quarantineId: number; outcome: "quarantined"; code: QuarantineCode; issues: Issue[] }
  /** Taken by a concurrent replay between this one's read and its write. */
  | { quarantineId: number; outcome: "gone" };

/** Which pull a cursor belongs to: one per (resource, subject, types). */
export interface PullCursorId {
  /** The three as one text (`pull/cursor.ts`). */
  key: string;
  resource: string;
  subject: string | null;
  /** Sorted; empty: every type. */
  types: string[];
}

/** A pulled page: its events, parsed as a delivery's are, and where the cursor moves. */
export interface PulledPage {
  cursor: PullCursorId;
  /** Where the cursor stood when the page was asked for; the write is refused if it moved meanwhile. */
  expected: string;
  /** The CloudEvent id the next page starts after. */
  afterId: string;
  entries: readonly DeliveryEntry[];
}

export type PullPageResult =
  | { moved: true; results: RecordResult[] }
  /** Another instance moved the cursor first: nothing was written; continue from `afterId`. */
  | { moved: false; afterId: string };

/** What the last finished fetch of a dialog found (`enrichment/`). */
export type SnapshotStatus = "present" | "deleted" | "not-yet-visible";

/** A dialog as Dialogporten's GET answers it, in the view the enricher uses. */
export type DialogportenDialog = ServiceOwnerDialog | EndUserDialog;

/** The latest snapshot of a dialog fetched from Dialogporten (`GET /api/dialogs/:id/snapshot`). */
export interface DialogSnapshot {
  dialogId: string;
  status: SnapshotStatus;
  /** The dialog's `revision` (null when no dialog was ever answered, e.g. not yet visible). */
  revision: string | null;
  /**
   * The dialog as answered. `deleted` keeps the last one answered (Dialogporten's service-owner view answers
   * a deleted dialog with `deletedAt`; a 410 or 404 keeps the one before); `not-yet-visible` has none.
   */
  dialog: DialogportenDialog | null;
  /** The dialog's own `updatedAt`, when it was answered. */
  updatedAt: string | null;
  /** When the answer that gave this snapshot arrived. */
  fetchedAt: string;
  /** Events were stored since the fetch that gave this snapshot began: another fetch is due. */
  pending: boolean;
  /** Why the latest fetch after this snapshot failed, if it did. */
  lastError: string | null;
}

/** A dialog leased to an enricher for one fetch. */
export interface FetchClaim {
  dialogId: string;
  /** The dialog's `wanted` counter at the claim: the fetch covers every event stored up to it. */
  wanted: number;
  /** Failed fetches in a row before this one. */
  attempts: number;
  /** The latest `deleted` event is later than the latest `restored` one: a 404 means deleted. */
  deleted: boolean;
}

/** What a finished fetch found, for `finishFetch`. */
export interface FetchedSnapshot {
  status: SnapshotStatus;
  revision: string | null;
  /** The dialog as answered; null keeps the stored one (410, 404 after a delete) or clears it (not visible). */
  dialog: DialogportenDialog | null;
  /** The dialog's `updatedAt` as epoch ms, when answered. */
  updatedAt: number | null;
  /** When the request was sent. */
  startedAt: number;
}

export interface Store {
  /** Prepares the store (PostgreSQL: runs the migrations). Idempotent; `start()` awaits it before listening. */
  open?(): Promise<void>;

  /** Stores a delivery's events in one transaction: all of them are durable when this resolves. */
  recordDeliveries(entries: readonly DeliveryEntry[], now: Date): Promise<RecordResult[]>;

  /**
   * Stores a pulled page's events (as `recordDeliveries`) and moves its cursor to `afterId`, in one
   * transaction, only when the cursor still stands at `expected`.
   */
  pullPage(page: PulledPage, now: Date): Promise<PullPageResult>;
  /** The CloudEvent id a cursor's next page starts after; `0` for a cursor never moved. */
  pullCursor(key: string): Promise<string>;

  /**
   * Leases up to `limit` due pending items to `owner` until `now + leaseMs` and counts the attempt.
   * Shaped for `SELECT ... FOR UPDATE SKIP LOCKED` in PostgreSQL.
   */
  claimDue(owner: string, now: Date, leaseMs: number, limit: number): Promise<InboxItem[]>;
  /** Marks a leased item processed and applies `change`, atomically. False when the lease was lost. */
  complete(id: number, owner: string, now: Date, change?: ProjectionChange): Promise<boolean>;
  /** Gives a leased item back: due again at `retryAt`, or parked as failed when `retryAt` is null. */
  fail(id: number, owner: string, error: string, retryAt: Date | null): Promise<boolean>;
  /** Puts a parked item back in the queue, due now. False when it is not parked. */
  retryFailed(id: number, now: Date): Promise<boolean>;

  /**
   * Deletes up to `limit` inbox items that are `processed` and were received and processed before `before`,
   * in one transaction; answers how many. Pending and failed items are never deleted, and `dialog_events`
   * rows stay: they are the projection's timeline and its own exactly-once guard (see `retention.ts`).
   */
  pruneInbox(before: Date, limit: number): Promise<number>;
  /** The next quarantined bodies of a replay, in id order (read only). Empty when none is left. */
  quarantineBatch(batch: QuarantineBatch): Promise<QuarantinedBody[]>;
  /**
   * One transaction: the entries that pass move into the inbox (received `now`; an event already there counts
   * as duplicate and leaves quarantine too), the rest stay with the new code and issues. A row taken by a
   * concurrent replay meanwhile is `gone`.
   */
  replay(items: readonly ReplayItem[], now: Date): Promise<ReplayResult[]>;

  /**
   * Leases up to `limit` dialogs whose fetch is due (events stored since the last fetch began, not backing
   * off) to `owner` until `now + leaseMs`.
   */
  claimFetches(owner: string, now: Date, leaseMs: number, limit: number): Promise<FetchClaim[]>;
  /**
   * Records a finished fetch: the events up to `claim.wanted` are covered, and the snapshot replaces the
   * stored one unless that one is newer (`store/snapshots.ts`). True when it replaced it.
   */
  finishFetch(owner: string, claim: FetchClaim, snapshot: FetchedSnapshot, now: Date): Promise<boolean>;
  /**
   * Records a failed fetch: due again at `retryAt`, or, when `retryAt` is null, given up (the events up to
   * `claim.wanted` count as covered; the next event asks again). The snapshot stays as it was.
   */
  deferFetch(owner: string, claim: FetchClaim, error: string, retryAt: Date | null): Promise<void>;
  /** Gives a claimed dialog back as it was (a fetch cut short by a stop): due at once, for any instance. */
  releaseFetch(owner: string, claim: FetchClaim): Promise<void>;
  /** Dialogs with a fetch outstanding (the enricher's queue). */
  pendingFetches(): Promise<number>;
  snapshot(dialogId: string): Promise<DialogSnapshot | undefined>;

  listEvents(filter: EventFilter): Promise<InboxItem[]>;
  getEvent(id: number): Promise<InboxItem | undefined>;
  /** Newest first; `after`: only items with a smaller id (keyset paging). */
  listQuarantine(limit: number, after?: number): Promise<QuarantineItem[]>;
  /** By dialog id; `after`: only dialogs with a greater id (keyset paging). */
  listDialogs(limit: number, after?: string): Promise<DialogRecord[]>;
  getDialog(dialogId: string): Promise<DialogDetail | undefined>;
  stats(): Promise<ConsumerStats>;

  /** Throws when the store cannot serve requests (for `/healthz`). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A query failed for a reason that is not an outage (a bug, a constraint a caller broke): answered 500 and
 * logged, never 503. Made in the HTTP thread from what the SQLite writer thread reports.
 */
export class StoreQueryError extends Error {
  override name = "StoreQueryError";
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

/**
 * Thrown when the store is behind and will not queue more (SQLite: the writer thread's queue is full); the
 * webhook answers 503 with a short `Retry-After`. Nothing of the refused call was stored.
 */
export class StoreBusyError extends StoreUnavailableError {
  override name = "StoreBusyError";
  constructor(detail: string) {
    super(detail);
  }
}
