// The shared store: PostgreSQL, for several consumer instances on one database.
//
// - Deduplication is the unique constraint on (source, event_id): two instances inserting the same event at
//   once serialize on it, one stores, the other answers "duplicate".
// - Workers claim with `FOR UPDATE SKIP LOCKED` and a lease (owner + expiry). An instance that dies keeps
//   its leases until they expire; then any instance may claim the items again. Nothing is released on open,
//   unlike SQLite, because other instances may be alive.
// - `complete` re-checks the claim in the transaction that applies the projection: only the current lease
//   owner commits, so a stale worker (its lease expired and was taken over) cannot apply an item twice.
// - An outage becomes `StoreUnavailableError` (the webhook answers 503); a deadlock or serialization failure
//   is retried; the pool reconnects by itself when the database is back. The queries are `operations.ts`.

import { migrate, openPostgres, type PostgresDatabase, toStoreError } from "@dialogporten-events/db";
import { ConsumerStore } from "./consumer-store.js";
import { MIGRATIONS } from "./migrations.js";
import { type Backend, isWrite, type Op, type OpArgs, type OpResult, run } from "./operations.js";
import type { ConsumerTables } from "./schema.js";
import type { Store } from "./store.js";

export interface PostgresStoreOptions {
  /** Connections per instance. Default 10. */
  maxConnections?: number;
  /** How long to wait for a connection before giving up (then 503). Default 5 s. */
  connectionTimeoutMs?: number;
  /** Server-side bound on any statement. Default 15 s. */
  statementTimeoutMs?: number;
  /** Told about errors of idle connections (the server went away); they are otherwise harmless. */
  onIdleError?(error: Error): void;
  /** Enrichment: mark each new Dialogporten event's dialog as wanting a fetch (`ConsumerStoreOptions`). */
  markDialogFetches?: boolean;
}

export function openPostgresStore(connectionString: string, options: PostgresStoreOptions = {}): Store {
  const { markDialogFetches = false, ...pool } = options;
  const db = openPostgres<ConsumerTables>(connectionString, {
    applicationName: "dialogporten-events-consumer",
    ...pool,
  });
  return new ConsumerStore(new PostgresBackend(db), { markDialogFetches });
}

class PostgresBackend implements Backend {
  private migrated: Promise<unknown> | undefined;
  private closed = false;

  constructor(private readonly db: PostgresDatabase<ConsumerTables>) {}

  /** Runs the migrations (once); `createConsumer` calls it before listening. */
  open(): Promise<void> {
    return this.guard(async () => {});
  }

  write<K extends Op>(op: K, args: OpArgs<K>): Promise<OpResult<K>> {
    return this.guard(() => this.db.transaction((tx) => run(tx, op, args)));
  }

  read<K extends Op>(op: K, args: OpArgs<K>): Promise<OpResult<K>> {
    if (isWrite(op)) return this.write(op, args);
    return this.guard(() => run(this.db, op, args));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.db.close();
  }

  /** Memoized; a failed attempt (database down) is tried again on the next call. */
  private async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      this.migrated ??= migrate(this.db, MIGRATIONS).catch((error: unknown) => {
        this.migrated = undefined;
        throw error;
      });
      await this.migrated;
      return await work();
    } catch (error) {
      throw toStoreError(error);
    }
  }
}
