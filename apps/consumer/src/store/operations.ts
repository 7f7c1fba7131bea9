// Every store operation once, for both databases, over flat rows. A write runs in one transaction (SQLite:
// the writer thread's group commit; PostgreSQL: `Database.transaction`), a read on its own. They compose the
// repositories (`inbox.ts`, `quarantine.ts`, `dialogs.ts`, `stats.ts`) and call nothing else.

import type { Executor } from "@dialogporten-events/db";
import type { ProjectionChange } from "../projection/dialogs.js";
import * as dialogs from "./dialogs.js";
import * as inbox from "./inbox.js";
import * as pullCursors from "./pull-cursors.js";
import * as quarantine from "./quarantine.js";
import type { EntryRow, ReplayRow } from "./rows.js";
import type { ConsumerTables } from "./schema.js";
import * as snapshots from "./snapshots.js";
import * as stats from "./stats.js";
import type { EventFilter, RecordResult, ReplayResult } from "./store.js";

type Ex = Executor<ConsumerTables>;

export const writes = {
  /** A delivery's events, in delivery order (so inbox ids follow it). */
  async record(ex: Ex, at: number, rows: EntryRow[]): Promise<RecordResult[]> {
    const results: RecordResult[] = [];
    let duplicates = 0;
    for (const row of rows) {
      if (row[0] === 0) {
        results.push({ outcome: "quarantined", quarantineId: await quarantine.insert(ex, row, at) });
        continue;
      }
      const { inboxId, duplicate } = await inbox.insertEvent(ex, row, at);
      results.push({ outcome: duplicate ? "duplicate" : "stored", inboxId });
      if (duplicate) duplicates++;
      // Enrichment: the dialog's fetch is wanted in the event's own transaction, so a crash loses neither.
      else if (row[7]) await snapshots.want(ex, row[7], at);
    }
    await stats.bump(ex, "duplicates", duplicates);
    return results;
  },

  /**
   * A pulled page: its events recorded as a delivery's, and the cursor moved past them, in one transaction,
   * so a crash at any moment neither loses the page nor stores it twice. Only from where the caller read the
   * cursor (`expected`): another instance that moved it first wins, and nothing is written.
   */
  async pull(
    ex: Ex,
    at: number,
    cursor: Omit<pullCursors.CursorAdvance, "at" | "pulled">,
    expected: string,
    rows: EntryRow[],
  ): Promise<{ moved: false; afterId: string } | { moved: true; results: RecordResult[] }> {
    const current = (await pullCursors.get(ex, cursor.key))?.after_id ?? "0";
    if (current !== expected) return { moved: false, afterId: current };
    const results = await writes.record(ex, at, rows);
    await pullCursors.advance(ex, { ...cursor, pulled: rows.length, at });
    return { moved: true, results };
  },

  /** A write: the counted attempt is durable before any handler runs (so a poison item gets parked). */
  async claim(ex: Ex, owner: string, at: number, until: number, limit: number) {
    const rows = await inbox.claimDue(ex, owner, at, until, limit);
    return rows.sort((a, b) => a.id - b.id);
  },

  /** Processed and projected together, or neither: the projection is exactly once. */
  async complete(ex: Ex, id: number, owner: string, at: number, change: ProjectionChange | null) {
    if (!(await inbox.markProcessed(ex, id, owner, at))) return false;
    if (change) await dialogs.apply(ex, change, at);
    return true;
  },

  fail: inbox.release,
  retryFailed: inbox.retryFailed,

  /** Counted, so `/api/stats` totals do not shrink (see `ConsumerStats.pruned`). */
  async prune(ex: Ex, before: number, limit: number): Promise<number> {
    const kinds = await inbox.prune(ex, before, limit);
    await stats.bump(ex, "pruned", kinds.length);
    for (const kind of ["unknown", "subscription-validation"]) {
      await stats.bump(ex, `pruned:${kind}`, kinds.filter((k) => k === kind).length);
    }
    return kinds.length;
  },

  /** Quarantined rows parsed again by the caller: moved into the inbox, or refreshed. */
  async replay(ex: Ex, at: number, items: ReplayRow[]): Promise<ReplayResult[]> {
    const results: ReplayResult[] = [];
    let duplicates = 0;
    for (const [quarantineId, row] of items) {
      if (row[0] === 0) {
        const [, code, type, issues] = row;
        results.push(
          (await quarantine.refresh(ex, quarantineId, code, type, issues))
            ? { quarantineId, outcome: "quarantined", code, issues: JSON.parse(issues) }
            : { quarantineId, outcome: "gone" },
        );
        continue;
      }
      // The row was read before this write; a concurrent replay may have taken it meanwhile.
      if (!(await quarantine.take(ex, quarantineId))) {
        results.push({ quarantineId, outcome: "gone" });
        continue;
      }
      const { inboxId, duplicate } = await inbox.insertEvent(ex, row, at);
      results.push({ quarantineId, outcome: duplicate ? "duplicate" : "accepted", inboxId });
      if (duplicate) duplicates++;
      else if (row[7]) await snapshots.want(ex, row[7], at);
    }
    // As for a redelivery: `received` in `/api/stats` stays the same when a row moves out of quarantine.
    await stats.bump(ex, "duplicates", duplicates);
    return results;
  },

  claimFetches: snapshots.claim,
  finishFetch: snapshots.finish,
  deferFetch: snapshots.defer,
  async releaseFetch(ex: Ex, owner: string, dialogId: string): Promise<void> {
    await snapshots.releaseLease(ex, owner, dialogId);
  },
};

export const reads = {
  listEvents: (ex: Ex, filter: EventFilter) => inbox.list(ex, filter),
  getEvent: (ex: Ex, id: number) => inbox.get(ex, id),
  listQuarantine: (ex: Ex, limit: number, after?: number) => quarantine.list(ex, limit, after),
  quarantineBatch: (ex: Ex, afterId: number, ids: number[] | null, limit: number) =>
    quarantine.batch(ex, afterId, ids, limit),
  listDialogs: (ex: Ex, limit: number, after?: string) => dialogs.list(ex, limit, after),
  getDialog: (ex: Ex, dialogId: string) => dialogs.get(ex, dialogId),
  stats: (ex: Ex) => stats.read(ex),
  pullCursor: (ex: Ex, key: string) => pullCursors.get(ex, key),
  pendingFetches: (ex: Ex) => snapshots.pending(ex),
  snapshot: (ex: Ex, dialogId: string) => snapshots.get(ex, dialogId),
  async ping(ex: Ex): Promise<null> {
    await ex.first(ex.qb.selectNoFrom((eb) => eb.lit(1).as("one")));
    return null;
  },
};

type Ops = typeof writes & typeof reads;
export type WriteOp = keyof typeof writes;
export type ReadOp = keyof typeof reads;
export type Op = keyof Ops;
/** An operation's arguments after the executor: what crosses to the writer thread. */
export type OpArgs<K extends Op> = Ops[K] extends (ex: Ex, ...args: infer A) => unknown ? A : never;
export type OpResult<K extends Op> = Awaited<ReturnType<Ops[K]>>;

/** Where operations run: the SQLite writer thread, or a PostgreSQL pool. */
export interface Backend {
  /** Ready to serve (SQLite: the file is open; PostgreSQL: migrated). */
  open(): Promise<void>;
  /** `weight`: events the write carries, for the SQLite writer's bound on pending writes. */
  write<K extends WriteOp>(op: K, args: OpArgs<K>, weight: number): Promise<OpResult<K>>;
  read<K extends ReadOp>(op: K, args: OpArgs<K>): Promise<OpResult<K>>;
  close(): Promise<void>;
}

/** Runs an operation on an executor (the writer thread, and `postgres.ts`). */
export function run<K extends Op>(ex: Ex, op: K, args: OpArgs<K>): Promise<OpResult<K>> {
  const fn = (Object.hasOwn(writes, op) ? writes[op as WriteOp] : reads[op as ReadOp]) as (
    ex: Ex,
    ...a: unknown[]
  ) => Promise<OpResult<K>>;
  return fn(ex, ...(args as unknown[]));
}

export function isWrite(op: string): op is WriteOp {
  return Object.hasOwn(writes, op);
}
