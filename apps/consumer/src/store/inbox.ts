// The inbox repository: deliveries in, claims and their outcomes, retention, reads. Plain data in and out;
// one query per rule for both databases (`FOR UPDATE SKIP LOCKED` only where PostgreSQL has other sessions).

import { type Executor, prepared, returningId } from "@dialogporten-events/db";
import { type AcceptRow, INBOX_COLUMNS, type InboxRow } from "./rows.js";
import type { ConsumerTables } from "./schema.js";
import type { EventFilter, InboxKind, InboxStatus } from "./store.js";
import { storedText } from "./text.js";

type Ex = Executor<ConsumerTables>;

// The hot paths (every delivery, every claim and completion) are compiled once per database (`prepared`).

interface NewEvent {
  source: string;
  eventId: string;
  type: string;
  kind: InboxKind;
  body: string;
  warnings: string;
  at: number;
}

const insertRow = prepared<ConsumerTables, NewEvent, unknown>((qb, p, dialect) =>
  returningId(
    qb
      .insertInto("inbox")
      .values({
        source: p("source"),
        event_id: p("eventId"),
        type: p("type"),
        kind: p("kind"),
        body: p("body"),
        warnings: p("warnings"),
        received_at: p("at"),
        next_attempt_at: p("at"),
      })
      .onConflict((c) => c.columns(["source", "event_id"]).doNothing()),
    dialect,
  ),
);

const findRow = prepared<ConsumerTables, { source: string; eventId: string }, { id: number }>((qb, p) =>
  qb.selectFrom("inbox").select("id").where("source", "=", p("source")).where("event_id", "=", p("eventId")),
);

const claimRows = prepared<
  ConsumerTables,
  { owner: string; at: number; until: number; limit: number },
  InboxRow
>((qb, p, dialect) => {
  const due = qb
    .selectFrom("inbox")
    .select("id")
    .where("status", "=", "pending")
    .where("next_attempt_at", "<=", p("at"))
    .where((eb) => eb.or([eb("lease_until", "is", null), eb("lease_until", "<=", p("at"))]))
    .orderBy("next_attempt_at")
    .orderBy("id")
    .limit(p("limit"))
    // Concurrent workers never wait on each other and never get the same item.
    .$if(dialect === "postgres", (q) => q.forUpdate().skipLocked());
  return qb
    .updateTable("inbox")
    .set((eb) => ({ lease_owner: p("owner"), lease_until: p("until"), attempts: eb("attempts", "+", 1) }))
    .where("id", "in", due)
    .returning(INBOX_COLUMNS);
});

const processRow = prepared<ConsumerTables, { id: number; owner: string; at: number }, never>((qb, p) =>
  qb
    .updateTable("inbox")
    .set({
      status: "processed",
      processed_at: p("at"),
      lease_owner: null,
      lease_until: null,
      last_error: null,
    })
    .where("id", "=", p("id"))
    .where("lease_owner", "=", p("owner"))
    .where("status", "=", "pending"),
);

/**
 * Inserts the event, or finds the row it duplicates (committed, or committed by another instance while this
 * one waited on the unique index). A row that retention deleted in between is a serialization failure
 * (40001): the transaction runs again, and the event is stored as new, as a redelivery past retention is.
 */
export async function insertEvent(
  ex: Ex,
  row: AcceptRow,
  at: number,
): Promise<{ inboxId: number; duplicate: boolean }> {
  const [, source, eventId, type, kind, body, warnings] = row;
  const inserted = await ex.insert(insertRow(ex, { source, eventId, type, kind, body, warnings, at }));
  if (inserted !== undefined) return { inboxId: inserted, duplicate: false };
  const found = await ex.first(findRow(ex, { source, eventId }));
  if (!found) throw Object.assign(new Error("inbox row pruned during insert"), { code: "40001" });
  return { inboxId: found.id, duplicate: true };
}

/** Leases up to `limit` due pending items to `owner` until `until` and counts the attempt. */
export function claimDue(
  ex: Ex,
  owner: string,
  at: number,
  until: number,
  limit: number,
): Promise<InboxRow[]> {
  return ex.all(claimRows(ex, { owner, at, until, limit }));
}

/** Marks a leased item processed; false when the lease is no longer `owner`'s (taken over after it expired). */
export async function markProcessed(ex: Ex, id: number, owner: string, at: number): Promise<boolean> {
  return (await ex.run(processRow(ex, { id, owner, at }))) === 1;
}

/** Gives a leased item back: pending again from `next`, or parked as failed. */
export async function release(
  ex: Ex,
  id: number,
  owner: string,
  error: string,
  status: Exclude<InboxStatus, "processed">,
  next: number,
): Promise<boolean> {
  const changed = await ex.run(
    ex.qb
      .updateTable("inbox")
      .set({
        status,
        next_attempt_at: next,
        last_error: storedText(ex.dialect, error),
        lease_owner: null,
        lease_until: null,
      })
      .where("id", "=", id)
      .where("lease_owner", "=", owner)
      .where("status", "=", "pending"),
  );
  return changed === 1;
}

export async function retryFailed(ex: Ex, id: number, at: number): Promise<boolean> {
  const changed = await ex.run(
    ex.qb
      .updateTable("inbox")
      .set({ status: "pending", attempts: 0, next_attempt_at: at })
      .where("id", "=", id)
      .where("status", "=", "failed"),
  );
  return changed === 1;
}

/** SQLite only, at open: this connection owns the file, so any lease is an orphan of a crashed run. */
export function releaseAllLeases(ex: Ex): Promise<number> {
  return ex.run(
    ex.qb
      .updateTable("inbox")
      .set({ lease_owner: null, lease_until: null })
      .where("lease_owner", "is not", null),
  );
}

/**
 * Deletes up to `limit` processed items, oldest first (the partial index `inbox_processed`), and answers
 * their kinds. The window counts from processing, which is never before receipt, so the broker's
 * redeliveries (which follow the receipt) always find the item; receipt is checked too, in case two
 * instances' clocks disagree. Pending and failed items are never touched.
 */
export async function prune(ex: Ex, before: number, limit: number): Promise<string[]> {
  const oldest = ex.qb
    .selectFrom("inbox")
    .select("id")
    .where("status", "=", "processed")
    .where("processed_at", "<", before)
    .where("received_at", "<", before)
    .orderBy("processed_at")
    .limit(limit)
    // Several instances prune different rows instead of waiting on (or deadlocking with) each other.
    .$if(ex.dialect === "postgres", (q) => q.forUpdate().skipLocked());
  const rows = await ex.all(ex.qb.deleteFrom("inbox").where("id", "in", oldest).returning("kind"));
  return rows.map((r) => r.kind);
}

export function list(ex: Ex, filter: EventFilter) {
  return ex.all(
    ex.qb
      .selectFrom("inbox")
      .select(INBOX_COLUMNS)
      .$if(filter.type !== undefined, (q) => q.where("type", "=", filter.type as string))
      .$if(filter.kind !== undefined, (q) =>
        q.where("kind", "=", filter.kind as EventFilter["kind"] & string),
      )
      .$if(filter.status !== undefined, (q) => q.where("status", "=", filter.status as InboxStatus))
      .$if(filter.after !== undefined, (q) => q.where("id", "<", filter.after as number))
      .orderBy("id", "desc")
      .limit(filter.limit),
  );
}

export function get(ex: Ex, id: number) {
  return ex.first(ex.qb.selectFrom("inbox").select(INBOX_COLUMNS).where("id", "=", id));
}
