// SQLite through better-sqlite3, which is synchronous: queries are built and compiled with Kysely and run
// with better-sqlite3 directly, so a caller that never awaits anything else (the consumer's writer thread)
// runs a whole transaction in one turn of the event loop.

import { AsyncLocalStorage } from "node:async_hooks";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import {
  type Compilable,
  DummyDriver,
  Kysely,
  SqliteAdapter,
  SqliteDialect,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from "kysely";
import { classifyError, StoreUnavailableError } from "./errors.js";
import type { Database, Executor } from "./executor.js";

export interface SqliteOptions {
  /** `PRAGMA locking_mode = EXCLUSIVE`: this connection owns the file; no other can open it. */
  exclusive?: boolean;
  /** The file may not grow beyond this (`PRAGMA max_page_count`); writes then fail with SQLITE_FULL. */
  maxBytes?: number | undefined;
  /** How long a statement waits for another connection's lock. Default 5000. */
  busyTimeoutMs?: number;
  /** `PRAGMA foreign_keys`. Default off (SQLite's default). */
  foreignKeys?: boolean;
}

/** SQLite's adapter, except that DDL runs in a transaction (SQLite can; Kysely's default says no). */
class TransactionalSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class TransactionalSqliteDialect extends SqliteDialect {
  override createAdapter() {
    return new TransactionalSqliteAdapter();
  }
}

/** A Kysely that only compiles SQLite queries (no connection): what repositories build queries with. */
export function sqliteQueryBuilder<DB>(): Kysely<DB> {
  return new Kysely<DB>({
    dialect: {
      createAdapter: () => new SqliteAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (db) => new SqliteIntrospector(db),
      createQueryCompiler: () => new SqliteQueryCompiler(),
    },
  });
}

/** better-sqlite3 binds numbers, strings, bigints, buffers and null; Kysely may hand it booleans. */
function bindable(value: unknown): unknown {
  if (typeof value === "boolean") return value ? 1 : 0;
  return value === undefined ? null : value;
}

/** Opens (and creates) a SQLite file in WAL mode with `synchronous = FULL`: a commit is on disk when it returns. */
export function openSqlite<DB>(file: string, options: SqliteOptions = {}): SqliteDatabase<DB> {
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  const connection = new BetterSqlite3(file);
  try {
    // Before WAL, so that an exclusive connection uses no shared memory.
    if (options.exclusive) connection.pragma("locking_mode = EXCLUSIVE");
    connection.pragma("journal_mode = WAL");
    connection.pragma("synchronous = FULL");
    connection.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
    if (options.foreignKeys) connection.pragma("foreign_keys = ON");
    if (options.maxBytes !== undefined) {
      const pageSize = connection.pragma("page_size", { simple: true }) as number;
      connection.pragma(`max_page_count = ${Math.max(1, Math.floor(options.maxBytes / pageSize))}`);
    }
  } catch (error) {
    connection.close();
    throw error;
  }
  return new SqliteDatabase<DB>(connection);
}

export class SqliteDatabase<DB> implements Database<DB> {
  readonly dialect = "sqlite" as const;
  readonly qb = sqliteQueryBuilder<DB>();
  private readonly statements = new Map<string, BetterSqlite3.Statement>();
  private depth = 0;
  /** Set while a transaction's callback runs: tells a nested call (a savepoint) from another caller's. */
  private readonly inTransaction = new AsyncLocalStorage<true>();
  /**
   * Why SQLite ended the open transaction on its own (it rolls back on SQLITE_FULL, an I/O error, …) while a
   * savepoint's caller caught the error: nothing more may run in it (each statement would commit on its own),
   * and the transaction fails with this error instead of committing.
   */
  private aborted: unknown;
  /** Top-level transactions one after another: the connection has one transaction at a time. */
  private queue: Promise<unknown> = Promise.resolve();
  private kyselyInstance: Kysely<DB> | undefined;

  constructor(readonly connection: BetterSqlite3.Database) {}

  /** A Kysely on the same connection, for the migrator (async, like any Kysely). */
  get kysely(): Kysely<DB> {
    this.kyselyInstance ??= new Kysely<DB>({
      dialect: new TransactionalSqliteDialect({ database: this.connection }),
    });
    return this.kyselyInstance;
  }

  private statement(query: Compilable<unknown>): { stmt: BetterSqlite3.Statement; params: unknown[] } {
    this.assertOpen();
    this.assertNotAborted();
    const { sql, parameters } = query.compile();
    let stmt = this.statements.get(sql);
    if (!stmt) {
      stmt = this.connection.prepare(sql);
      this.statements.set(sql, stmt);
    }
    return { stmt, params: parameters.map(bindable) };
  }

  /** Synchronous forms, for callers that must not yield (inside better-sqlite3's own transactions). */
  allSync<R>(query: Compilable<R>): R[] {
    const { stmt, params } = this.statement(query);
    return stmt.all(...params) as R[];
  }

  firstSync<R>(query: Compilable<R>): R | undefined {
    const { stmt, params } = this.statement(query);
    return stmt.get(...params) as R | undefined;
  }

  runSync(query: Compilable<unknown>): number {
    const { stmt, params } = this.statement(query);
    return stmt.run(...params).changes;
  }

  insertSync(query: Compilable<unknown>): number | undefined {
    const { stmt, params } = this.statement(query);
    if (stmt.reader) return (stmt.get(...params) as { id: number } | undefined)?.id;
    const { changes, lastInsertRowid } = stmt.run(...params);
    return changes === 0 ? undefined : Number(lastInsertRowid);
  }

  async all<R>(query: Compilable<R>): Promise<R[]> {
    return this.allSync(query);
  }

  async first<R>(query: Compilable<R>): Promise<R | undefined> {
    return this.firstSync(query);
  }

  async run(query: Compilable<unknown>): Promise<number> {
    return this.runSync(query);
  }

  async insert(query: Compilable<unknown>): Promise<number | undefined> {
    return this.insertSync(query);
  }

  /**
   * One transaction (BEGIN IMMEDIATE), or a savepoint when called from inside one's callback; another
   * caller's transaction begins after the one under way has ended. `fn` should await nothing but
   * this database: its statements run synchronously, so the transaction then takes one turn of the loop.
   */
  async transaction<T>(fn: (tx: Executor<DB>) => Promise<T>): Promise<T> {
    // Another caller's transaction waits its turn: as a savepoint inside the one under way, its work would be
    // undone by that one's rollback after its caller was told it was committed.
    if (this.depth > 0 && this.inTransaction.getStore()) return this.savepoint(fn);
    const run = this.queue.then(() => this.topLevel(fn));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async topLevel<T>(fn: (tx: Executor<DB>) => Promise<T>): Promise<T> {
    this.assertOpen();
    for (let attempt = 1; ; attempt++) {
      try {
        this.connection.exec("BEGIN IMMEDIATE");
      } catch (error) {
        // Another connection holds the write lock beyond busy_timeout: try again a few times.
        if (classifyError(error) === "conflict" && attempt < 3) continue;
        throw error;
      }
      this.depth = 1;
      this.aborted = undefined;
      try {
        const result = await this.inTransaction.run(true, () => fn(this));
        this.throwIfAborted();
        this.connection.exec("COMMIT");
        return result;
      } catch (error) {
        if (this.connection.inTransaction) this.connection.exec("ROLLBACK");
        throw error;
      } finally {
        this.depth = 0;
        this.aborted = undefined;
      }
    }
  }

  private async savepoint<T>(fn: (tx: Executor<DB>) => Promise<T>): Promise<T> {
    this.assertNotAborted();
    const name = `sp${this.depth}`;
    this.connection.exec(`SAVEPOINT ${name}`);
    this.depth++;
    try {
      const result = await fn(this);
      this.connection.exec(`RELEASE ${name}`);
      return result;
    } catch (error) {
      if (this.connection.inTransaction) {
        this.connection.exec(`ROLLBACK TO ${name}`);
        this.connection.exec(`RELEASE ${name}`);
      } else {
        this.aborted ??= error; // the whole transaction is gone (SQLITE_FULL): see `aborted`
      }
      throw error;
    } finally {
      this.depth--;
    }
  }

  /**
   * Inside a transaction that SQLite has ended on its own, nothing may run (see `aborted`). Only the
   * transaction's own callback is stopped: another caller's statement is not part of it and runs on its own.
   */
  private assertNotAborted(): void {
    if (this.depth === 0 || !this.inTransaction.getStore()) return;
    this.throwIfAborted();
  }

  private throwIfAborted(): void {
    if (this.connection.inTransaction) return;
    throw this.aborted ?? new Error("SQLite ended the transaction after a failed statement");
  }

  /** A closed database is not there: an outage to its callers. */
  private assertOpen(): void {
    if (!this.connection.open) throw new StoreUnavailableError("the database is closed");
  }

  async close(): Promise<void> {
    this.statements.clear();
    if (this.connection.open) this.connection.close();
  }
}
