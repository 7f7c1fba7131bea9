// What a repository is written against: a query builder for the tables and three ways to run what it
// builds. The same repository code runs on SQLite (synchronously, under the hood) and on PostgreSQL.

import type { Compilable, Kysely } from "kysely";

export type Dialect = "sqlite" | "postgres";

export interface Executor<DB> {
  readonly dialect: Dialect;
  /** Builds queries (compiled for this dialect); run them with `all`, `first` or `run`, never `execute`. */
  readonly qb: Kysely<DB>;
  /** Every row of a query (a select, or a write with `returning`). */
  all<R>(query: Compilable<R>): Promise<R[]>;
  /** The first row, or undefined. */
  first<R>(query: Compilable<R>): Promise<R | undefined>;
  /** Runs a write without `returning`; answers how many rows it changed. */
  run(query: Compilable<unknown>): Promise<number>;
}

export interface Database<DB> extends Executor<DB> {
  /**
   * Runs `fn` in one transaction: all of it is committed or none of it. Inside a transaction of the same
   * database (SQLite), it is a savepoint. PostgreSQL: retried on deadlock or serialization failure.
   */
  transaction<T>(fn: (tx: Executor<DB>) => Promise<T>): Promise<T>;
  /** A Kysely that executes, for the migrator and for tests. */
  readonly kysely: Kysely<DB>;
  close(): Promise<void>;
}

/** The one place a query differs by dialect: `pick(ex.dialect, { sqlite: …, postgres: … })`. */
export function pick<T>(dialect: Dialect, choices: Record<Dialect, T>): T {
  return choices[dialect];
}
