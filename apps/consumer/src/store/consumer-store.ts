// The `Store` for both databases: domain shapes in, flat rows to the backend (the SQLite writer thread or a
// PostgreSQL pool), flat rows back, parsed here in the calling thread. Times cross as epoch milliseconds and
// are answered as ISO strings.

import type { DialogportenEvent } from "dialogporten-events";
import {
  type DialogSummary,
  dialogIdOf,
  type ProjectionChange,
  sortTimeline,
  type TimelineEntry,
  timeKey,
} from "../projection/dialogs.js";
import type { Backend, OpResult } from "./operations.js";
import type { EntryRow, FetchMark } from "./rows.js";
import type {
  ConsumerStats,
  DeliveryEntry,
  DialogDetail,
  DialogportenDialog,
  DialogRecord,
  DialogSnapshot,
  EventFilter,
  FetchClaim,
  FetchedSnapshot,
  InboxItem,
  PulledPage,
  PullPageResult,
  QuarantineBatch,
  QuarantinedBody,
  QuarantineItem,
  RecordResult,
  ReplayItem,
  ReplayResult,
  Store,
} from "./store.js";

type InboxRow = OpResult<"claim">[number];
type DialogRow = OpResult<"listDialogs">[number];

export interface ConsumerStoreOptions {
  /**
   * Enrichment: mark each new Dialogporten event's dialog as wanting a fetch, in the event's own transaction
   * (`store/snapshots.ts`). Off by default: it costs a write per event.
   */
  markDialogFetches?: boolean;
}

export class ConsumerStore implements Store {
  private readonly toRow: (e: DeliveryEntry) => EntryRow;
  /** Whether new Dialogporten events mark their dialog for a fetch (enrichment needs it). */
  readonly marksDialogFetches: boolean;

  constructor(
    protected readonly backend: Backend,
    options: ConsumerStoreOptions = {},
  ) {
    this.marksDialogFetches = options.markDialogFetches ?? false;
    this.toRow = this.marksDialogFetches ? toMarkedRow : toRow;
  }

  open(): Promise<void> {
    return this.backend.open();
  }

  recordDeliveries(entries: readonly DeliveryEntry[], now: Date): Promise<RecordResult[]> {
    const rows = entries.map(this.toRow);
    return this.backend.write("record", [now.getTime(), rows], Math.max(1, rows.length));
  }

  async pullPage(page: PulledPage, now: Date): Promise<PullPageResult> {
    const rows = page.entries.map(this.toRow);
    const { key, resource, subject, types } = page.cursor;
    const cursor = { key, resource, subject, types: JSON.stringify(types), afterId: page.afterId };
    return this.backend.write("pull", [now.getTime(), cursor, page.expected, rows], Math.max(1, rows.length));
  }

  async pullCursor(key: string): Promise<string> {
    return (await this.backend.read("pullCursor", [key]))?.after_id ?? "0";
  }

  async claimDue(owner: string, now: Date, leaseMs: number, limit: number): Promise<InboxItem[]> {
    const at = now.getTime();
    return (await this.backend.write("claim", [owner, at, at + leaseMs, limit], 1)).map(toInboxItem);
  }

  complete(id: number, owner: string, now: Date, change?: ProjectionChange): Promise<boolean> {
    return this.backend.write("complete", [id, owner, now.getTime(), change ?? null], 1);
  }

  fail(id: number, owner: string, error: string, retryAt: Date | null): Promise<boolean> {
    const next = (retryAt ?? new Date()).getTime();
    return this.backend.write("fail", [id, owner, error, retryAt ? "pending" : "failed", next], 1);
  }

  async retryFailed(id: number, now: Date): Promise<boolean> {
    if (!Number.isSafeInteger(id)) return false;
    return this.backend.write("retryFailed", [id, now.getTime()], 1);
  }

  pruneInbox(before: Date, limit: number): Promise<number> {
    return this.backend.write("prune", [before.getTime(), limit], 1);
  }

  async quarantineBatch(batch: QuarantineBatch): Promise<QuarantinedBody[]> {
    const ids = batch.ids ? batch.ids.filter(Number.isSafeInteger) : null;
    const rows = await this.backend.read("quarantineBatch", [batch.afterId, ids, batch.limit]);
    return rows.map((r) => ({ id: r.id, body: text(r.body) }));
  }

  async replay(items: readonly ReplayItem[], now: Date): Promise<ReplayResult[]> {
    if (items.length === 0) return [];
    const rows = items.map((i): [number, EntryRow] => [i.quarantineId, this.toRow(i.entry)]);
    return this.backend.write("replay", [now.getTime(), rows], rows.length);
  }

  async claimFetches(owner: string, now: Date, leaseMs: number, limit: number): Promise<FetchClaim[]> {
    const at = now.getTime();
    const rows = await this.backend.write("claimFetches", [owner, at, at + leaseMs, limit], 1);
    return rows.map((r) => ({
      dialogId: r.dialog_id,
      wanted: r.wanted,
      attempts: r.attempts,
      // A restore with the same time as the delete wins, as in the projection.
      deleted: r.deleted_key !== null && (r.restored_key === null || r.deleted_key > r.restored_key),
    }));
  }

  finishFetch(owner: string, claim: FetchClaim, snapshot: FetchedSnapshot, now: Date): Promise<boolean> {
    const write = {
      status: snapshot.status,
      revision: snapshot.revision,
      dialog: snapshot.dialog === null ? null : JSON.stringify(snapshot.dialog),
      // 410, or 404 after a delete: the last dialog answered stays; not yet visible: there is none.
      keepDialog: snapshot.dialog === null && snapshot.status === "deleted",
      updatedAt: snapshot.updatedAt,
      startedAt: snapshot.startedAt,
    };
    return this.backend.write("finishFetch", [owner, claim.dialogId, claim.wanted, write, now.getTime()], 1);
  }

  async deferFetch(owner: string, claim: FetchClaim, error: string, retryAt: Date | null): Promise<void> {
    const args = [
      owner,
      claim.dialogId,
      claim.wanted,
      error,
      retryAt?.getTime() ?? null,
      Date.now(),
    ] as const;
    await this.backend.write("deferFetch", [...args], 1);
  }

  releaseFetch(owner: string, claim: FetchClaim): Promise<void> {
    return this.backend.write("releaseFetch", [owner, claim.dialogId], 1);
  }

  pendingFetches(): Promise<number> {
    return this.backend.read("pendingFetches", []);
  }

  async snapshot(dialogId: string): Promise<DialogSnapshot | undefined> {
    if (dialogId.includes("\u0000")) return undefined;
    const row = await this.backend.read("snapshot", [dialogId.toLowerCase()]);
    if (!row || row.status === null || row.fetched_at === null) return undefined;
    return {
      dialogId: row.dialog_id,
      status: row.status,
      revision: row.revision,
      dialog: row.dialog === null ? null : (JSON.parse(row.dialog) as DialogportenDialog),
      updatedAt: row.updated_at === null ? null : iso(row.updated_at),
      fetchedAt: iso(row.fetched_at),
      pending: Number(row.pending) === 1,
      lastError: row.last_error,
    };
  }

  async listEvents(filter: EventFilter): Promise<InboxItem[]> {
    // No stored type, kind or status holds U+0000 (and PostgreSQL could not compare one).
    if ([filter.type, filter.kind, filter.status].some((v) => v?.includes("\u0000"))) return [];
    return (await this.backend.read("listEvents", [filter])).map(toInboxItem);
  }

  async getEvent(id: number): Promise<InboxItem | undefined> {
    if (!Number.isSafeInteger(id)) return undefined;
    const row = await this.backend.read("getEvent", [id]);
    return row && toInboxItem(row);
  }

  async listQuarantine(limit: number, after?: number): Promise<QuarantineItem[]> {
    return (await this.backend.read("listQuarantine", [limit, after])).map((r) => ({
      id: r.id,
      receivedAt: iso(r.received_at),
      code: r.code,
      type: r.type,
      issues: JSON.parse(r.issues),
      body: text(r.body),
    }));
  }

  async listDialogs(limit: number, after?: string): Promise<DialogRecord[]> {
    if (after?.includes("\u0000")) return []; // no stored id has one (and PostgreSQL could not compare one)
    return (await this.backend.read("listDialogs", [limit, after])).map(toDialogRecord);
  }

  async getDialog(dialogId: string): Promise<DialogDetail | undefined> {
    if (dialogId.includes("\u0000")) return undefined;
    const rows = await this.backend.read("getDialog", [dialogId]);
    const first = rows[0];
    if (!first) return undefined;
    const stored = rows.filter((r) => r.entry !== null);
    const entries = stored.map((r) => JSON.parse(r.entry as string) as TimelineEntry);
    // PostgreSQL keeps a time key with U+0000 replaced (text cannot hold it): computed again for such a time.
    const keys = entries.map((e, i) =>
      e.time.includes("\u0000") ? timeKey(e.time) : (stored[i]?.time_key as string),
    );
    return { ...toDialogRecord(first), timeline: sortTimeline(entries, keys) };
  }

  stats(): Promise<ConsumerStats> {
    return this.backend.read("stats", []);
  }

  async ping(): Promise<void> {
    await this.backend.read("ping", []);
  }

  close(): Promise<void> {
    return this.backend.close();
  }
}

/** Serialized here, once: the SQLite thread receives strings (cheap to copy) and stores them as they are. */
function toRow(e: DeliveryEntry): EntryRow {
  return e.outcome === "quarantine"
    ? [0, e.code, e.type ?? null, JSON.stringify(e.issues), e.body]
    : [1, e.source, e.eventId, e.type, e.kind, JSON.stringify(e.event), JSON.stringify(e.warnings)];
}

/** `toRow`, and for a Dialogporten event its dialog's fetch mark (enrichment). */
function toMarkedRow(e: DeliveryEntry): EntryRow {
  const row = toRow(e);
  if (e.outcome !== "accept" || e.kind !== "dialogporten") return row;
  const event = e.event as DialogportenEvent;
  const key = (type: string) => (event.type === type ? timeKey(event.time) : null);
  const mark: FetchMark = [
    dialogIdOf(event),
    key("dialogporten.dialog.deleted.v1"),
    key("dialogporten.dialog.restored.v1"),
  ];
  return [...(row as [1, string, string, string, "dialogporten", string, string]), mark];
}

const iso = (ms: number) => new Date(ms).toISOString();

/** Bytes as they came back: a Buffer from PostgreSQL, a Uint8Array from the writer thread. */
const text = (bytes: Uint8Array) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");

function toInboxItem(row: InboxRow): InboxItem {
  return {
    id: row.id,
    source: row.source,
    eventId: row.event_id,
    type: row.type,
    kind: row.kind,
    status: row.status,
    attempts: row.attempts,
    receivedAt: iso(row.received_at),
    nextAttemptAt: iso(row.next_attempt_at),
    processedAt: row.processed_at === null ? null : iso(row.processed_at),
    lastError: row.last_error,
    event: JSON.parse(row.body) as Record<string, unknown>,
    warnings: JSON.parse(row.warnings),
  };
}

function toDialogRecord(row: DialogRow): DialogRecord {
  return {
    dialogId: row.dialog_id,
    resource: row.resource,
    subject: row.subject,
    summary: JSON.parse(row.summary) as DialogSummary,
    version: row.version,
    updatedAt: iso(row.updated_at),
  };
}
