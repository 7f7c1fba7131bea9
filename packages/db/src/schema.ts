// PostgreSQL lets two apps share one database, each in its own schema; SQLite has one schema per file. This
// wraps a database so that every query its `qb` builds names the app's schema, and repositories stay the
// same code on both.

import type { Compilable } from "kysely";
import type { Database, Executor } from "./executor.js";

class SchemaExecutor<DB> implements Executor<DB> {
  readonly dialect;
  readonly qb;
  constructor(
    private readonly inner: Executor<DB>,
    readonly schema: string,
  ) {
    this.dialect = inner.dialect;
    this.qb = inner.qb.withSchema(schema);
  }
  all<R>(query: Compilable<R>): Promise<R[]> {
    return this.inner.all(query);
  }
  first<R>(query: Compilable<R>): Promise<R | undefined> {
    return this.inner.first(query);
  }
  run(query: Compilable<unknown>): Promise<number> {
    return this.inner.run(query);
  }
}

class SchemaDatabase<DB> extends SchemaExecutor<DB> implements Database<DB> {
  constructor(
    private readonly database: Database<DB>,
    schema: string,
  ) {
    super(database, schema);
  }
  get kysely() {
    return this.database.kysely;
  }
  transaction<T>(fn: (tx: Executor<DB>) => Promise<T>): Promise<T> {
    return this.database.transaction((tx) => fn(new SchemaExecutor(tx, this.schema)));
  }
  close(): Promise<void> {
    return this.database.close();
  }
}

/**
 * PostgreSQL: the same database, with every query built by `qb` (in transactions too) naming tables in
 * `schema`. SQLite: the database unchanged. `kysely` (the migrator's) is not affected: a migration step
 * names its schema itself.
 */
export function withSchema<DB>(database: Database<DB>, schema: string): Database<DB> {
  return database.dialect === "postgres" ? new SchemaDatabase(database, schema) : database;
}
