// PostgreSQL lets two apps share one database, each in its own schema; SQLite has one schema per file. This
// wraps a database so that every query its `qb` builds names the app's schema, and repositories stay the
// same code on both.

import type { Compilable, Kysely } from "kysely";
import type { Database, Executor } from "./executor.js";

class SchemaExecutor<DB> implements Executor<DB> {
  readonly dialect;
  constructor(
    private readonly inner: Executor<DB>,
    readonly schema: string,
    // A transaction's executor shares its database's builder: `prepared` compiles once per builder.
    readonly qb: Kysely<DB> = inner.qb.withSchema(schema),
  ) {
    this.dialect = inner.dialect;
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
  insert(query: Compilable<unknown>): Promise<number | undefined> {
    return this.inner.insert(query);
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
    return this.database.transaction((tx) => fn(new SchemaExecutor(tx, this.schema, this.qb)));
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
