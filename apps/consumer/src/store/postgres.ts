// The shared store: PostgreSQL through a `pg` Pool, for several consumer instances on one database.
//
// - Deduplication is the unique constraint on (source, event_id): two instances inserting the same event at
//   once serialize on it, one stores, the other answers "duplicate".
// - Workers claim with `FOR UPDATE SKIP LOCKED` and a lease (owner + expiry). An instance that dies keeps
//   its leases until they expire; then any instance may claim the items again. Nothing is released on open,
//   unlike SQLite, because other instances may be alive.
// - `complete` re-checks the claim in the transaction that applies the projection: only the current lease
//   owner commits, so a stale worker (its lease expired and was taken over) cannot apply an item twice.
// - Any database failure becomes `StoreUnavailableError` (the webhook answers 503); the Pool reconnects by
//   itself when the database is back.

import pg from "pg";
import { type DialogSummary, sortTimeline, type TimelineEntry, timeKey } from "../projection/dialogs.js";
import { countDuplicates, insertIntoInbox } from "./postgres-inbox.js";
import { migrate, withoutNul } from "./postgres-migrations.js";
import { replayQuarantine } from "./postgres-replay.js";
import { pruneInbox } from "./postgres-retention.js";
import {
  type ConsumerStats,
  type DeliveryEntry,
  type DialogDetail,
  type DialogRecord,
  type EventFilter,
  type InboxItem,
  type ProjectionChange,
  type QuarantineBatch,
  type QuarantineItem,
  type RecordResult,
  type ReplayResult,
  type Store,
  StoreUnavailableError,
} from "./store.js";

export interface PostgresStoreOptions {
  /** Connections per instance. Default 10. */
  maxConnections?: number;
  /** How long to wait for a connection before giving up (then 503). Default 5 s. */
  connectionTimeoutMs?: number;
  /** Server-side bound on any statement. Default 15 s. */
  statementTimeoutMs?: number;
  /** Told about errors of idle connections (the server went away); they are otherwise harmless. */
  onIdleError?(error: Error): void;
}

interface InboxRow {
  id: string;
  source: string;
  event_id: string;
  type: string;
  kind: InboxItem["kind"];
  body: string;
  warnings: string;
  received_at: Date;
  status: InboxItem["status"];
  attempts: number;
  next_attempt_at: Date;
  processed_at: Date | null;
  last_error: string | null;
}

interface DialogRow {
  dialog_id: string;
  resource: string;
  subject: string;
  summary: string;
  version: number;
  updated_at: Date;
}

const DIALOG_COLUMNS = "dialog_id, resource, subject, summary, version, updated_at";

const INBOX_COLUMNS =
  "id, source, event_id, type, kind, body, warnings, received_at, status, attempts, next_attempt_at, processed_at, last_error";

/** A counter's value; items deleted by retention still count in the totals (`ConsumerStats.pruned`). */
const counter = (name: string) => `(SELECT coalesce(max(value), 0) FROM counters WHERE name = '${name}')`;

/** Errors worth one more try inside the store: deadlock, serialization failure. */
const TRANSIENT = new Set(["40P01", "40001"]);

export function openPostgresStore(connectionString: string, options: PostgresStoreOptions = {}): Store {
  const pool = new pg.Pool({
    connectionString,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: options.connectionTimeoutMs ?? 5_000,
    idleTimeoutMillis: 30_000,
    statement_timeout: options.statementTimeoutMs ?? 15_000,
    application_name: "dialogporten-events-consumer",
  });
  // Without a listener, an idle client's error (server restarted) would crash the process.
  pool.on("error", (error) => options.onIdleError?.(error));
  return new PostgresStore(pool);
}

class PostgresStore implements Store {
  private migrated: Promise<void> | undefined;
  private closed = false;

  constructor(private readonly pool: pg.Pool) {}

  /** Runs the migrations (once); `createConsumer` calls it before listening. */
  async open(): Promise<void> {
    return this.guard(async () => {});
  }

  /** Memoized; a failed attempt (database down) is tried again on the next call. */
  private ensureMigrated(): Promise<void> {
    this.migrated ??= migrate(this.pool).then(
      () => {},
      (error: unknown) => {
        this.migrated = undefined;
        throw error;
      },
    );
    return this.migrated;
  }

  async recordDeliveries(entries: readonly DeliveryEntry[], now: Date): Promise<RecordResult[]> {
    return this.transaction(async (client) => {
      const results: RecordResult[] = new Array(entries.length);
      let duplicates = 0;
      // In delivery order, so inbox ids follow it as in SQLite. Two overlapping batches in opposite orders can
      // deadlock on the unique index; PostgreSQL aborts one and `transaction` runs it again.
      for (const [index, entry] of entries.entries()) {
        if (entry.outcome === "quarantine") {
          const { rows } = await client.query<{ id: string }>(
            "INSERT INTO quarantine (received_at, code, type, issues, body) VALUES ($1, $2, $3, $4, $5) RETURNING id",
            [
              now,
              entry.code,
              entry.type === undefined ? null : withoutNul(entry.type),
              JSON.stringify(entry.issues),
              Buffer.from(entry.body, "utf8"),
            ],
          );
          results[index] = { outcome: "quarantined", quarantineId: Number(rows[0]?.id) };
          continue;
        }
        const { inboxId, duplicate } = await insertIntoInbox(client, entry, now);
        results[index] = { outcome: duplicate ? "duplicate" : "stored", inboxId };
        if (duplicate) duplicates++;
      }
      await countDuplicates(client, duplicates);
      return results;
    });
  }

  async claimDue(owner: string, now: Date, leaseMs: number, limit: number): Promise<InboxItem[]> {
    const until = new Date(now.getTime() + leaseMs);
    return this.guard(async () => {
      const { rows } = await this.pool.query<InboxRow>(
        `UPDATE inbox SET lease_owner = $1, lease_until = $2, attempts = attempts + 1
         WHERE id IN (SELECT id FROM inbox
                      WHERE status = 'pending' AND next_attempt_at <= $3
                        AND (lease_until IS NULL OR lease_until <= $3)
                      ORDER BY next_attempt_at, id LIMIT $4
                      FOR UPDATE SKIP LOCKED)
         RETURNING ${INBOX_COLUMNS}`,
        [owner, until, now, limit],
      );
      return rows.map(toInboxItem).sort((a, b) => a.id - b.id);
    });
  }

  async complete(id: number, owner: string, now: Date, change?: ProjectionChange): Promise<boolean> {
    return this.transaction(async (client) => {
      // Locks the item's row and checks the claim is still ours: after a takeover this matches nothing.
      const marked = await client.query(
        `UPDATE inbox SET status = 'processed', processed_at = $1, lease_owner = NULL, lease_until = NULL,
                          last_error = NULL
         WHERE id = $2 AND lease_owner = $3 AND status = 'pending'`,
        [now, id, owner],
      );
      if (marked.rowCount !== 1) return false;
      if (change) await applyChange(client, change, now);
      return true;
    });
  }

  async fail(id: number, owner: string, error: string, retryAt: Date | null): Promise<boolean> {
    const status = retryAt ? "pending" : "failed";
    return this.guard(async () => {
      const result = await this.pool.query(
        `UPDATE inbox SET status = $1, next_attempt_at = $2, last_error = $3, lease_owner = NULL, lease_until = NULL
         WHERE id = $4 AND lease_owner = $5 AND status = 'pending'`,
        [status, retryAt ?? new Date(), withoutNul(error), id, owner],
      );
      return result.rowCount === 1;
    });
  }

  async retryFailed(id: number, now: Date): Promise<boolean> {
    if (!Number.isSafeInteger(id)) return false;
    return this.guard(async () => {
      const result = await this.pool.query(
        `UPDATE inbox SET status = 'pending', attempts = 0, next_attempt_at = $1
         WHERE id = $2 AND status = 'failed'`,
        [now, id],
      );
      return result.rowCount === 1;
    });
  }

  async pruneInbox(before: Date, limit: number): Promise<number> {
    return this.transaction((client) => pruneInbox(client, before, limit));
  }

  async replayQuarantine(
    batch: QuarantineBatch,
    reparse: (body: string) => DeliveryEntry,
    now: Date,
  ): Promise<ReplayResult[]> {
    return this.transaction((client) => replayQuarantine(client, batch, reparse, now));
  }

  async listEvents(filter: EventFilter): Promise<InboxItem[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    for (const [column, value] of [
      ["type", filter.type],
      ["kind", filter.kind],
      ["status", filter.status],
    ] as const) {
      if (value === undefined) continue;
      if (value.includes("\u0000")) return []; // no stored value has one
      params.push(value);
      where.push(`${column} = $${params.length}`);
    }
    if (filter.after !== undefined) {
      params.push(filter.after);
      where.push(`id < $${params.length}`);
    }
    params.push(filter.limit);
    const sql = `SELECT ${INBOX_COLUMNS} FROM inbox ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
                 ORDER BY id DESC LIMIT $${params.length}`;
    return this.guard(async () => (await this.pool.query<InboxRow>(sql, params)).rows.map(toInboxItem));
  }

  async getEvent(id: number): Promise<InboxItem | undefined> {
    if (!Number.isSafeInteger(id)) return undefined;
    return this.guard(async () => {
      const { rows } = await this.pool.query<InboxRow>(`SELECT ${INBOX_COLUMNS} FROM inbox WHERE id = $1`, [
        id,
      ]);
      return rows[0] && toInboxItem(rows[0]);
    });
  }

  async listQuarantine(limit: number, after?: number): Promise<QuarantineItem[]> {
    interface Row {
      id: string;
      received_at: Date;
      code: QuarantineItem["code"];
      type: string | null;
      issues: string;
      body: Buffer;
    }
    return this.guard(async () => {
      const { rows } =
        after === undefined
          ? await this.pool.query<Row>("SELECT * FROM quarantine ORDER BY id DESC LIMIT $1", [limit])
          : await this.pool.query<Row>("SELECT * FROM quarantine WHERE id < $2 ORDER BY id DESC LIMIT $1", [
              limit,
              after,
            ]);
      return rows.map((r) => ({
        id: Number(r.id),
        receivedAt: r.received_at.toISOString(),
        code: r.code,
        type: r.type,
        issues: JSON.parse(r.issues),
        body: r.body.toString("utf8"),
      }));
    });
  }

  async listDialogs(limit: number, after?: string): Promise<DialogRecord[]> {
    if (after?.includes("\u0000")) return []; // no stored id has one
    return this.guard(async () => {
      const { rows } =
        after === undefined
          ? await this.pool.query<DialogRow>(
              `SELECT ${DIALOG_COLUMNS} FROM dialogs ORDER BY dialog_id LIMIT $1`,
              [limit],
            )
          : await this.pool.query<DialogRow>(
              `SELECT ${DIALOG_COLUMNS} FROM dialogs WHERE dialog_id > $2 ORDER BY dialog_id LIMIT $1`,
              [limit, after],
            );
      return rows.map(toDialogRecord);
    });
  }

  async getDialog(dialogId: string): Promise<DialogDetail | undefined> {
    if (dialogId.includes("\u0000")) return undefined;
    return this.guard(async () => {
      // One statement, one snapshot: the summary and the rows agree.
      // One statement, one snapshot: the summary and the rows agree. Ordered by the index; `sortTimeline`
      // settles the rest (source and id, as `compareEntries`) in JS.
      const { rows } = await this.pool.query<DialogRow & { entry: string | null; time_key: string | null }>(
        `SELECT d.dialog_id, d.resource, d.subject, d.summary, d.version, d.updated_at, e.entry, e.time_key
         FROM dialogs d LEFT JOIN dialog_events e ON e.dialog_id = d.dialog_id
         WHERE d.dialog_id = $1 ORDER BY e.time_key, e.rank`,
        [dialogId],
      );
      const row = rows[0];
      if (!row) return undefined;
      const stored = rows.filter((r) => r.entry !== null);
      const entries = stored.map((r) => JSON.parse(r.entry as string) as TimelineEntry);
      // A stored key had U+0000 replaced (text cannot hold it): such a time's key is computed again.
      const keys = entries.map((e, i) =>
        e.time.includes("\u0000") ? timeKey(e.time) : (stored[i]?.time_key as string),
      );
      return { ...toDialogRecord(row), timeline: sortTimeline(entries, keys) };
    });
  }

  async stats(): Promise<ConsumerStats> {
    return this.guard(async () => {
      const { rows } = await this.pool.query<Omit<ConsumerStats, "received">>(
        `SELECT
           ((SELECT count(*) FROM inbox) + ${counter("pruned")})::int AS accepted,
           ${counter("duplicates")}::int AS duplicates,
           (SELECT count(*) FROM quarantine)::int AS quarantined,
           ((SELECT count(*) FROM inbox WHERE kind = 'unknown') + ${counter("pruned:unknown")})::int AS unknown,
           ((SELECT count(*) FROM inbox WHERE kind = 'subscription-validation')
             + ${counter("pruned:subscription-validation")})::int AS "subscriptionValidations",
           ((SELECT count(*) FROM inbox WHERE status = 'processed') + ${counter("pruned")})::int AS processed,
           (SELECT count(*) FROM inbox WHERE status = 'failed')::int AS failed,
           (SELECT count(*) FROM inbox WHERE status = 'pending')::int AS pending,
           (SELECT count(*) FROM dialogs)::int AS dialogs,
           ${counter("pruned")}::int AS pruned`,
      );
      const row = rows[0] as Omit<ConsumerStats, "received">;
      return { received: row.accepted + row.duplicates + row.quarantined, ...row };
    });
  }

  async ping(): Promise<void> {
    await this.guard(() => this.pool.query("SELECT 1"));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }

  /** One transaction on one connection; retried once more on a deadlock or serialization failure. */
  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    return this.guard(async () => {
      for (let attempt = 1; ; attempt++) {
        const client = await this.pool.connect();
        let broken = false;
        // A checked-out client has no listener of the pool's: without this one, a connection dropped between
        // two statements would be an uncaught 'error' event and end the process.
        const onError = () => {
          broken = true;
        };
        client.on("error", onError);
        try {
          await client.query("BEGIN");
          const result = await work(client);
          await client.query("COMMIT");
          return result;
        } catch (error) {
          await client.query("ROLLBACK").catch(() => {
            broken = true;
          });
          const code = (error as { code?: string }).code;
          if (attempt < 3 && code !== undefined && TRANSIENT.has(code)) continue;
          throw error;
        } finally {
          // A connection that failed is not given back to the pool.
          client.off("error", onError);
          client.release(broken);
        }
      }
    });
  }

  private async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      await this.ensureMigrated();
      return await work();
    } catch (error) {
      throw error instanceof StoreUnavailableError ? error : new StoreUnavailableError(error);
    }
  }
}

/**
 * Applies the projection change (see `ProjectionChange`): the event's row, then the dialog's summary under
 * the dialog's row lock, so concurrent events of one dialog fold in one after the other (each reads the
 * summary, and for a refold the rows, that the previous one committed). A dialog seen for the first time by
 * two transactions at once: one inserts, the other's insert does nothing, and it reads the row again, locked.
 */
async function applyChange(client: pg.PoolClient, change: ProjectionChange, now: Date): Promise<void> {
  const { dialogId, row } = change;
  const inserted = await client.query(
    `INSERT INTO dialog_events (dialog_id, source, event_id, time_key, rank, type, folds, entry)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING`,
    [
      dialogId,
      row.source,
      row.eventId,
      withoutNul(row.timeKey),
      row.rank,
      row.type,
      row.folds,
      JSON.stringify(row.entry),
    ],
  );
  if (inserted.rowCount !== 1) return; // already on the timeline: nothing changes, the version included
  const summarize = async (current: DialogSummary | undefined) => {
    const { summary, refold } = change.summarize(current);
    if (!refold) return JSON.stringify(summary);
    const folds = await client.query<{ entry: string }>(
      "SELECT entry FROM dialog_events WHERE dialog_id = $1 AND folds",
      [dialogId],
    );
    const entries = folds.rows.map((r) => JSON.parse(r.entry) as TimelineEntry);
    return JSON.stringify(change.refold(summary, entries));
  };
  for (;;) {
    const { rows } = await client.query<{ summary: string }>(
      "SELECT summary FROM dialogs WHERE dialog_id = $1 FOR UPDATE",
      [dialogId],
    );
    if (rows[0]) {
      await client.query(
        "UPDATE dialogs SET summary = $2, version = version + 1, updated_at = $3 WHERE dialog_id = $1",
        [dialogId, await summarize(JSON.parse(rows[0].summary) as DialogSummary), now],
      );
      return;
    }
    const created = await client.query(
      `INSERT INTO dialogs (dialog_id, resource, subject, summary, version, updated_at)
       VALUES ($1, $2, $3, $4, 1, $5) ON CONFLICT (dialog_id) DO NOTHING`,
      [dialogId, withoutNul(change.resource), withoutNul(change.subject), await summarize(undefined), now],
    );
    if (created.rowCount === 1) return;
  }
}

function toDialogRecord(row: DialogRow): DialogRecord {
  return {
    dialogId: row.dialog_id,
    resource: row.resource,
    subject: row.subject,
    summary: JSON.parse(row.summary) as DialogSummary,
    version: row.version,
    updatedAt: row.updated_at.toISOString(),
  };
}

function toInboxItem(row: InboxRow): InboxItem {
  return {
    id: Number(row.id),
    source: row.source,
    eventId: row.event_id,
    type: row.type,
    kind: row.kind,
    status: row.status,
    attempts: row.attempts,
    receivedAt: row.received_at.toISOString(),
    nextAttemptAt: row.next_attempt_at.toISOString(),
    processedAt: row.processed_at?.toISOString() ?? null,
    lastError: row.last_error,
    event: JSON.parse(row.body) as Record<string, unknown>,
    warnings: JSON.parse(row.warnings),
  };
}
