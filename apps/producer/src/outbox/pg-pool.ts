// The outbox's connection to PostgreSQL: the pool, how its errors are classified, and the query and
// transaction helpers every statement goes through.

import pg from "pg";
import { StoreUnavailableError } from "./store.js";

/** BIGINT ids and millisecond times fit a double; read them as numbers rather than strings. */
const types = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === pg.types.builtins.INT8 && format !== "binary") return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

const ignore = () => undefined;

/** SQLSTATE classes that mean "the database is not there right now" rather than "this query is wrong". */
const UNAVAILABLE_CLASSES = ["08", "53", "57"];

/** Connection-level failures become StoreUnavailableError (the API answers 503); query bugs stay as they are. */
export function classifyPgError(error: unknown): unknown {
  if (error instanceof StoreUnavailableError) return error;
  if (error instanceof pg.DatabaseError) {
    const code = error.code ?? "";
    if (!UNAVAILABLE_CLASSES.includes(code.slice(0, 2))) return error;
  }
  const message = error instanceof Error ? error.message : String(error);
  return new StoreUnavailableError(`PostgreSQL is unavailable: ${message}`, { cause: error });
}

export interface PostgresOutboxOptions {
  /** Pool size per instance. */
  maxConnections?: number;
  /** How long getting a connection may take before the operation fails as unavailable. */
  connectTimeoutMs?: number;
  /** Client-side cap on one query, so a black-holed connection cannot hang a publish forever. */
  queryTimeoutMs?: number;
}

/** A pool whose failures surface as StoreUnavailableError (503) when the database is not there. */
export class PgDatabase {
  private constructor(readonly pool: pg.Pool) {}

  static open(databaseUrl: string, options: PostgresOutboxOptions = {}): PgDatabase {
    const pool = new pg.Pool({
      connectionString: databaseUrl,
      max: options.maxConnections ?? 10,
      connectionTimeoutMillis: options.connectTimeoutMs ?? 3000,
      query_timeout: options.queryTimeoutMs ?? 15_000,
      idleTimeoutMillis: 10_000,
      keepAlive: true,
      application_name: "dialogporten-producer",
      types,
    });
    // An idle connection that breaks (server restart, cut network) is reported here; without a listener
    // it would crash the process. The next query gets a fresh connection or fails as unavailable.
    pool.on("error", () => undefined);
    return new PgDatabase(pool);
  }

  async query<R extends pg.QueryResultRow>(sql: string, params: unknown[] = []) {
    try {
      return await this.pool.query<R>(sql, params);
    } catch (error) {
      throw classifyPgError(error);
    }
  }

  /** Runs `fn` in one transaction: either all of it is committed or none of it. */
  async tx<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      throw classifyPgError(error);
    }
    // A checked-out client has no pool listener: a connection that breaks between two statements (no query
    // running to receive the error) would be an uncaught 'error' event and end the process. The next
    // statement fails instead, and the transaction with it.
    client.on("error", ignore);
    try {
      await client.query("BEGIN");
      const result = await fn(client);
      await client.query("COMMIT");
      client.off("error", ignore);
      client.release();
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      client.off("error", ignore);
      // A connection that failed mid-transaction is not trusted again.
      client.release(true);
      throw classifyPgError(error);
    }
  }

  end(): Promise<void> {
    return this.pool.end();
  }
}
