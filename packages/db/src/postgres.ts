// PostgreSQL through a `pg` Pool and Kysely. Every failure leaves here classified (`errors.ts`): an outage
// as `StoreUnavailableError`, a bug as it was thrown.

import { type Compilable, Kysely, PostgresDialect, type Transaction } from "kysely";
import pg from "pg";
import { classifyError, StoreUnavailableError, withRetries } from "./errors.js";
import type { Database, Executor } from "./executor.js";

export interface PostgresOptions {
  /** Connections per process. Default 10. */
  maxConnections?: number;
  /** How long to wait for a connection before failing as an outage. Default 5000. */
  connectionTimeoutMs?: number;
  /** Server-side bound on any statement. Default 15000. */
  statementTimeoutMs?: number;
  /** Client-side bound on any query, so a black-holed connection cannot hang a caller. Default 20000. */
  queryTimeoutMs?: number;
  /** Shown in `pg_stat_activity`. */
  applicationName?: string;
  /** Told about errors of idle connections (the server went away); they are otherwise harmless. */
  onIdleError?(error: Error): void;
  /** Tries of a transaction that meets a deadlock or serialization failure. Default 3. */
  transactionTries?: number;
}

/** BIGINT ids and millisecond times fit a double: read them as numbers rather than strings. */
const types = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === pg.types.builtins.INT8 && format !== "binary") return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

const ignore = () => undefined;

/** Outages leave as `StoreUnavailableError`; a conflict stays as it is, for `withRetries` to see. */
function asOutage(error: unknown): unknown {
  return classifyError(error) === "outage" ? new StoreUnavailableError(error, { cause: error }) : error;
}

class PgExecutor<DB> implements Executor<DB> {
  readonly dialect = "postgres" as const;
  constructor(
    readonly qb: Kysely<DB>,
    private readonly target: Kysely<DB> | Transaction<DB>,
  ) {}

  async all<R>(query: Compilable<R>): Promise<R[]> {
    try {
      return (await this.target.executeQuery(query.compile())).rows;
    } catch (error) {
      throw asOutage(error);
    }
  }

  async first<R>(query: Compilable<R>): Promise<R | undefined> {
    return (await this.all(query))[0];
  }

  async run(query: Compilable<unknown>): Promise<number> {
    try {
      return Number((await this.target.executeQuery(query.compile())).numAffectedRows ?? 0n);
    } catch (error) {
      throw asOutage(error);
    }
  }
}

export class PostgresDatabase<DB> extends PgExecutor<DB> implements Database<DB> {
  constructor(
    readonly pool: pg.Pool,
    readonly kysely: Kysely<DB>,
    private readonly tries: number,
  ) {
    super(kysely, kysely);
  }

  override all<R>(query: Compilable<R>): Promise<R[]> {
    return withRetries(() => super.all(query), { tries: this.tries });
  }

  override run(query: Compilable<unknown>): Promise<number> {
    return withRetries(() => super.run(query), { tries: this.tries });
  }

  async transaction<T>(fn: (tx: Executor<DB>) => Promise<T>): Promise<T> {
    return withRetries(() => this.kysely.transaction().execute((trx) => fn(new PgExecutor(this.qb, trx))), {
      tries: this.tries,
    });
  }

  async close(): Promise<void> {
    await this.kysely.destroy(); // ends the pool
  }
}

export function openPostgres<DB>(
  connectionString: string,
  options: PostgresOptions = {},
): PostgresDatabase<DB> {
  const pool = new pg.Pool({
    connectionString,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: options.connectionTimeoutMs ?? 5_000,
    idleTimeoutMillis: 30_000,
    statement_timeout: options.statementTimeoutMs ?? 15_000,
    query_timeout: options.queryTimeoutMs ?? 20_000,
    keepAlive: true,
    application_name: options.applicationName ?? "dialogporten-events",
    types,
  });
  // Without a listener, an idle client's error (server restarted) would crash the process.
  pool.on("error", (error) => options.onIdleError?.(error));
  // A checked-out client has no pool listener: a connection that breaks between two statements would be an
  // uncaught 'error' event. The next statement fails instead (as an outage), and the pool drops the client.
  pool.on("connect", (client) => client.on("error", ignore));
  const kysely = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return new PostgresDatabase<DB>(pool, kysely, options.transactionTries ?? 3);
}
