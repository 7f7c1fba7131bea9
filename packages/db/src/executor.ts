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
  /**
   * Runs an insert of one row and answers its `id`, or undefined when it inserted nothing (a conflict that
   * does nothing). Build the query with `returningId`: PostgreSQL returns the id; SQLite reads it from the
   * connection instead, because `RETURNING` costs it about a third of a small insert.
   */
  insert(query: Compilable<unknown>): Promise<number | undefined>;
}

/** `returning("id")` where the database needs it for `Executor.insert` (PostgreSQL), nothing on SQLite. */
export function returningId<Q extends { returning(column: "id"): unknown }>(query: Q, dialect: Dialect): Q {
  return (dialect === "postgres" ? query.returning("id") : query) as Q;
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
