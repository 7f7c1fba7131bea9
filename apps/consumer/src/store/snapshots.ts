// The dialog snapshots repository (enrichment): per dialog, whether a fetch from Dialogporten is wanted, its
// backoff and lease, and the latest snapshot. Plain data in and out.
//
// Wanted is a counter, not a flag: each new Dialogporten event bumps `wanted` in the transaction that stores
// it; a claim remembers the value it saw, and a finished fetch sets `fetched` to that value. Events that
// arrive while a fetch is queued or in flight therefore cost nothing more than the bump, and exactly one
// more fetch follows when any arrived after the claim (`wanted > fetched` again).
//
// The overwrite rule, for fetches that race (several instances, a lease taken over): a snapshot replaces the
// stored one when its dialog's `updatedAt` is later, or, when either has none or they are equal, when its
// request was sent no earlier than the stored one's. Dialogporten's `revision` is a random UUID and cannot
// be ordered; `updatedAt` can, and the send time orders answers that carry none (410, 404) or the same one
// (an end user's `seen` changes the seen-log but not `updatedAt`).

import { type Executor, pick, sql } from "@dialogporten-events/db";
import type { FetchMark } from "./rows.js";
import type { ConsumerTables, DialogSnapshotTable } from "./schema.js";
import type { SnapshotStatus } from "./store.js";
import { storedText } from "./text.js";

type Ex = Executor<ConsumerTables>;

/** The later of two time keys, NULL-tolerant (SQLite's `max()` and comparisons answer NULL for a NULL). */
function later(ex: Ex, column: "deleted_key" | "restored_key") {
  // Time keys are ASCII and sort as text; PostgreSQL compares bytewise only under the C collation.
  const collate = pick(ex.dialect, { sqlite: "", postgres: ' COLLATE "C"' });
  const current = sql.ref(`dialog_snapshot.${column}`);
  const incoming = sql.ref(`excluded.${column}`);
  return sql<string | null>`CASE WHEN ${incoming} IS NOT NULL AND (${current} IS NULL OR ${incoming}${sql.raw(
    collate,
  )} > ${current}${sql.raw(collate)}) THEN ${incoming} ELSE ${current} END`;
}

/** A new event of the dialog was stored: a fetch is wanted (due now unless one is already waiting). */
export async function want(
  ex: Ex,
  [dialogId, deletedKey, restoredKey]: FetchMark,
  at: number,
): Promise<void> {
  const waiting = sql<boolean>`dialog_snapshot.wanted > dialog_snapshot.fetched`;
  await ex.run(
    ex.qb
      .insertInto("dialog_snapshot")
      .values({
        dialog_id: dialogId,
        wanted: 1,
        due_at: at,
        deleted_key: deletedKey,
        restored_key: restoredKey,
      })
      .onConflict((oc) =>
        oc.column("dialog_id").doUpdateSet((eb) => ({
          wanted: eb("dialog_snapshot.wanted", "+", 1),
          // A fetch already waiting keeps its backoff: more events do not make a 404 or an outage go away.
          due_at: sql<number>`CASE WHEN ${waiting} THEN dialog_snapshot.due_at ELSE ${at} END`,
          attempts: sql<number>`CASE WHEN ${waiting} THEN dialog_snapshot.attempts ELSE 0 END`,
          deleted_key: later(ex, "deleted_key"),
          restored_key: later(ex, "restored_key"),
        })),
      ),
  );
}

export interface ClaimRow {
  dialog_id: string;
  wanted: number;
  attempts: number;
  deleted_key: string | null;
  restored_key: string | null;
}

/** Leases up to `limit` dialogs whose fetch is due to `owner` until `until`. */
export function claim(ex: Ex, owner: string, at: number, until: number, limit: number): Promise<ClaimRow[]> {
  const due = ex.qb
    .selectFrom("dialog_snapshot")
    .select("dialog_id")
    .where(sql<boolean>`wanted > fetched`)
    .where("due_at", "<=", at)
    .where((eb) => eb.or([eb("lease_until", "is", null), eb("lease_until", "<=", at)]))
    .orderBy("due_at")
    .limit(limit)
    .$if(ex.dialect === "postgres", (q) => q.forUpdate().skipLocked());
  return ex.all(
    ex.qb
      .updateTable("dialog_snapshot")
      .set({ lease_owner: owner, lease_until: until })
      .where("dialog_id", "in", due)
      .returning(["dialog_id", "wanted", "attempts", "deleted_key", "restored_key"]),
  );
}

export interface SnapshotWrite {
  status: SnapshotStatus;
  revision: string | null;
  /** JSON text; null: keep the stored dialog (`keepDialog`) or clear it. */
  dialog: string | null;
  keepDialog: boolean;
  updatedAt: number | null;
  startedAt: number;
}

type Stored = Pick<DialogSnapshotTable, "status" | "updated_at" | "started_at">;

/** The overwrite rule (see the top of this file). */
export function replaces(stored: Stored, next: Pick<SnapshotWrite, "updatedAt" | "startedAt">): boolean {
  if (stored.status === null || stored.started_at === null) return true;
  if (stored.updated_at !== null && next.updatedAt !== null && stored.updated_at !== next.updatedAt) {
    return next.updatedAt > stored.updated_at;
  }
  return next.startedAt >= stored.started_at;
}

/**
 * A finished fetch: the events up to `wanted` are covered; the snapshot is written when the rule lets it.
 * Answers whether it was.
 */
export async function finish(
  ex: Ex,
  owner: string,
  dialogId: string,
  wanted: number,
  snapshot: SnapshotWrite,
  at: number,
): Promise<boolean> {
  const stored = await ex.first(
    ex.qb
      .selectFrom("dialog_snapshot")
      .select(["status", "updated_at", "started_at", "fetched"])
      .where("dialog_id", "=", dialogId)
      // Two instances finishing the same dialog at once decide one after the other.
      .$if(ex.dialect === "postgres", (q) => q.forUpdate()),
  );
  if (!stored) return false;
  const write = replaces(stored, snapshot);
  await ex.run(
    ex.qb
      .updateTable("dialog_snapshot")
      .set({
        fetched: Math.max(stored.fetched, wanted),
        attempts: 0,
        due_at: at,
        last_error: null,
        ...(write
          ? {
              status: snapshot.status,
              revision: snapshot.revision,
              ...(snapshot.keepDialog ? {} : { dialog: snapshot.dialog }),
              updated_at: snapshot.updatedAt,
              started_at: snapshot.startedAt,
              fetched_at: at,
            }
          : {}),
      })
      .where("dialog_id", "=", dialogId),
  );
  await releaseLease(ex, owner, dialogId);
  return write;
}

/** A failed fetch: due again at `retryAt`, or given up when null (the events up to `wanted` count as covered). */
export async function defer(
  ex: Ex,
  owner: string,
  dialogId: string,
  wanted: number,
  error: string,
  retryAt: number | null,
  at: number,
): Promise<void> {
  await ex.run(
    ex.qb
      .updateTable("dialog_snapshot")
      .set((eb) =>
        retryAt === null
          ? {
              fetched: sql<number>`CASE WHEN fetched > ${wanted} THEN fetched ELSE ${wanted} END`,
              attempts: 0,
              due_at: at,
              last_error: storedText(ex.dialect, error),
            }
          : {
              attempts: eb("attempts", "+", 1),
              due_at: retryAt,
              last_error: storedText(ex.dialect, error),
            },
      )
      .where("dialog_id", "=", dialogId)
      .where("lease_owner", "=", owner),
  );
  await releaseLease(ex, owner, dialogId);
}

/** Gives a claimed dialog back untouched (the enricher stopped mid-fetch): due at once for anyone. */
export function releaseLease(ex: Ex, owner: string, dialogId: string): Promise<number> {
  return ex.run(
    ex.qb
      .updateTable("dialog_snapshot")
      .set({ lease_owner: null, lease_until: null })
      .where("dialog_id", "=", dialogId)
      .where("lease_owner", "=", owner),
  );
}

/** SQLite only, at open: this connection owns the file, so any lease is an orphan of a crashed run. */
export function releaseAllLeases(ex: Ex): Promise<number> {
  return ex.run(
    ex.qb
      .updateTable("dialog_snapshot")
      .set({ lease_owner: null, lease_until: null })
      .where("lease_owner", "is not", null),
  );
}

export async function pending(ex: Ex): Promise<number> {
  const row = await ex.first(
    ex.qb
      .selectFrom("dialog_snapshot")
      .select((eb) => eb.fn.countAll<number | string>().as("n"))
      .where(sql<boolean>`wanted > fetched`),
  );
  return Number(row?.n ?? 0);
}

export function get(ex: Ex, dialogId: string) {
  return ex.first(
    ex.qb
      .selectFrom("dialog_snapshot")
      .select([
        "dialog_id",
        "status",
        "revision",
        "dialog",
        "updated_at",
        "fetched_at",
        "last_error",
        (eb) => eb.cast<number>(sql`CASE WHEN wanted > fetched THEN 1 ELSE 0 END`, "integer").as("pending"),
      ])
      .where("dialog_id", "=", dialogId),
  );
}
