// The embedded store: one SQLite file in WAL mode, `synchronous = FULL`, written by a worker thread
// (`writer-thread.ts`) so that no fsync blocks the HTTP thread's event loop. Every method is a call to that
// thread; a write resolves only after the commit that holds it, so a 2xx still means "on disk".

import type { Worker } from "node:worker_threads";
import {
  type DialogRow,
  type InboxRow,
  type QuarantineRow as StoredQuarantineRow,
  type TimelineRows,
  toDialogDetail,
  toDialogRecord,
  toInboxItem,
  toQuarantineItem,
} from "./sqlite-rows.js";
import type {
  ConsumerStats,
  DeliveryEntry,
  DialogDetail,
  DialogRecord,
  EventFilter,
  InboxItem,
  ProjectionChange,
  QuarantineBatch,
  QuarantineItem,
  RecordResult,
  ReplayResult,
  Store,
} from "./store.js";
import { WriterClient } from "./writer-client.js";
import type { AcceptRow, ChangeData, Op, QuarantineRow, ReplayItem } from "./writer-protocol.js";

export { DATABASE_FILE } from "./sqlite-db.js";

export interface SqliteStoreOptions {
  /** Events waiting for a commit beyond which deliveries get 503 (`Retry-After: 1`). Default 4096. */
  maxPendingWrites?: number;
  /** Told when the writer thread fails (it is started again on the next call, a second later at most). */
  onWriterError?: (error: Error) => void;
  /** How long a call waits for the writer thread's reply before it is refused (503). Default 30 s. */
  callTimeoutMs?: number;
  /**
   * The database file may grow to this many bytes (`PRAGMA max_page_count`); beyond it writes fail, the
   * webhook answers 503 and `/healthz` reports it, instead of the disk filling up. Default: no bound.
   */
  maxBytes?: number;
}

export function openSqliteStore(dataDir: string, options: SqliteStoreOptions = {}): SqliteStore {
  return new SqliteStore(
    new WriterClient({
      dataDir,
      maxBytes: options.maxBytes,
      maxPendingWrites: options.maxPendingWrites ?? 4096,
      ...(options.onWriterError ? { onError: options.onWriterError } : {}),
      ...(options.callTimeoutMs ? { callTimeoutMs: options.callTimeoutMs } : {}),
    }),
  );
}

export class SqliteStore implements Store {
  constructor(private readonly writer: WriterClient) {}

  /** The writer thread, for tests that kill it. */
  get writerThread(): Worker | undefined {
    return this.writer.worker;
  }

  open(): Promise<void> {
    return this.writer.ready();
  }

  recordDeliveries(entries: readonly DeliveryEntry[], now: Date): Promise<RecordResult[]> {
    const rows = entries.map(toRow);
    return this.writer.call("record", [now.toISOString(), rows], Math.max(1, rows.length));
  }

  async claimDue(owner: string, now: Date, leaseMs: number, limit: number): Promise<InboxItem[]> {
    // A write: the counted attempt is durable before any handler runs (so an item that crashes the process
    // gets parked), and its fsync is shared with the deliveries of the same batch.
    const until = new Date(now.getTime() + leaseMs).toISOString();
    const rows = await this.writer.call<InboxRow[]>("claim", [owner, now.toISOString(), until, limit], 1);
    return rows.map(toInboxItem);
  }

  complete(id: number, owner: string, now: Date, change?: ProjectionChange): Promise<boolean> {
    const data: ChangeData | null = change
      ? { dialogId: change.dialogId, resource: change.resource, subject: change.subject, row: change.row }
      : null;
    return this.writer.call("complete", [id, owner, now.toISOString(), data], 1);
  }

  fail(id: number, owner: string, error: string, retryAt: Date | null): Promise<boolean> {
    const next = (retryAt ?? new Date()).toISOString();
    return this.writer.call("fail", [id, owner, error, retryAt ? "pending" : "failed", next], 1);
  }

  retryFailed(id: number, now: Date): Promise<boolean> {
    return this.writer.call("retryFailed", [id, now.toISOString()], 1);
  }

  pruneInbox(before: Date, limit: number): Promise<number> {
    return this.writer.call("prune", [before.toISOString(), limit], 1);
  }

  async replayQuarantine(
    batch: QuarantineBatch,
    reparse: (body: string) => DeliveryEntry,
    now: Date,
  ): Promise<ReplayResult[]> {
    // Read, then parse here (the contract's validators are in this thread), then one write that moves or
    // refreshes each row only if it is still there. Bodies never change, so parsing outside is safe.
    const rows = await this.read<[number, string][]>(
      "quarantineBatch",
      batch.afterId,
      batch.ids ? [...batch.ids] : null,
      batch.limit,
    );
    if (rows.length === 0) return [];
    const items = rows.map(([id, body]): ReplayItem => [id, toRow(reparse(body))]);
    return this.writer.call("replay", [now.toISOString(), items], items.length);
  }

  // Reads answer rows with their JSON as text; it is parsed here, in the calling thread (see `sqlite-reads.ts`).

  async listEvents(filter: EventFilter): Promise<InboxItem[]> {
    return (await this.read<InboxRow[]>("listEvents", filter)).map(toInboxItem);
  }

  async getEvent(id: number): Promise<InboxItem | undefined> {
    const row = await this.read<InboxRow | undefined>("getEvent", id);
    return row && toInboxItem(row);
  }

  async listQuarantine(limit: number, after?: number): Promise<QuarantineItem[]> {
    return (await this.read<StoredQuarantineRow[]>("listQuarantine", limit, after)).map(toQuarantineItem);
  }

  async listDialogs(limit: number, after?: string): Promise<DialogRecord[]> {
    return (await this.read<DialogRow[]>("listDialogs", limit, after)).map(toDialogRecord);
  }

  async getDialog(dialogId: string): Promise<DialogDetail | undefined> {
    const rows = await this.read<TimelineRows | undefined>("getDialog", dialogId);
    return rows && toDialogDetail(rows);
  }

  stats(): Promise<ConsumerStats> {
    return this.read("stats");
  }

  async ping(): Promise<void> {
    await this.read("ping");
  }

  /** Commits and answers every call made before it, then closes the file. */
  close(): Promise<void> {
    return this.writer.close();
  }

  private read<T>(op: Op, ...args: unknown[]): Promise<T> {
    return this.writer.call(op, args);
  }
}

/** Serialized here, once: the thread receives strings (cheap to copy) and stores them as they are. */
function toRow(e: DeliveryEntry): AcceptRow | QuarantineRow {
  return e.outcome === "quarantine"
    ? [0, e.code, e.type ?? null, JSON.stringify(e.issues), e.body]
    : [1, e.source, e.eventId, e.type, e.kind, JSON.stringify(e.event), JSON.stringify(e.warnings)];
}
