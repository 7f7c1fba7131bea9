// One migrator for both apps and both databases: Kysely's `Migrator`. Every pending step runs in one
// transaction; on PostgreSQL under an advisory lock, so instances starting at once are safe (the second
// waits, then finds every step recorded and does nothing); on SQLite the transaction itself is the lock.

import { type Kysely, type Migration as KyselyMigration, Migrator, sql } from "kysely";
import type { Database, Dialect } from "./executor.js";

/**
 * What a step builds with: untyped, because a step is written against the schema of its time, not today's
 * table types (Kysely's own convention for migrations).
 */
// biome-ignore lint/suspicious/noExplicitAny: see above
export type MigrationDb = Kysely<any>;

/** One step. It gets the dialect for the few statements that differ (types, `ALTER TABLE` forms). */
export interface Migration {
  up(db: MigrationDb, dialect: Dialect): Promise<void>;
}

export interface MigrateOptions {
  /** Steps by name; they run in name order, so number them (`0001_inbox`). Append only. */
  migrations: Record<string, Migration>;
  /** Where the record of applied steps lives: `<table>` and `<table>_lock`; one per app. */
  table: string;
  /** PostgreSQL schema for the record table (created if missing); the default search path otherwise. */
  schema?: string;
}

export class MigrationError extends Error {
  override name = "MigrationError";
}

/** Applies the steps not applied yet; answers their names (empty when the schema is current). */
export async function migrate<DB>(database: Database<DB>, options: MigrateOptions): Promise<string[]> {
  const dialect = database.dialect;
  const steps: Record<string, KyselyMigration> = {};
  for (const [name, step] of Object.entries(options.migrations)) {
    steps[name] = { up: (db) => step.up(db, dialect) };
  }
  const migrator = new Migrator({
    db: database.kysely as MigrationDb,
    provider: { getMigrations: async () => steps },
    migrationTableName: options.table,
    migrationLockTableName: `${options.table}_lock`,
    ...(options.schema !== undefined && dialect === "postgres"
      ? { migrationTableSchema: options.schema }
      : {}),
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) throw error;
  const failed = results.find((r) => r.status === "Error");
  if (failed) throw new MigrationError(`migration ${failed.migrationName} failed`);
  return results.filter((r) => r.status === "Success").map((r) => r.migrationName);
}

/**
 * How far the runner this migrator replaced had come on this database: SQLite's `PRAGMA user_version`, or
 * the highest `version` in PostgreSQL's `<schema>.schema_migrations` (0 when there is none). A step that an
 * old runner already applied checks this and skips its DDL, so an existing database moves forward.
 */
export async function legacyVersion(
  db: Kysely<unknown>,
  dialect: Dialect,
  schema = "public",
): Promise<number> {
  if (dialect === "sqlite") {
    const { rows } = await sql<{ user_version: number }>`PRAGMA user_version`.execute(db);
    return rows[0]?.user_version ?? 0;
  }
  const table = `${schema}.schema_migrations`;
  const { rows } = await sql<{ exists: string | null }>`SELECT to_regclass(${table})::text AS exists`.execute(
    db,
  );
  if (!rows[0]?.exists) return 0;
  const { rows: versions } = await sql<{ v: number | null }>`
    SELECT max(version)::int AS v FROM ${sql.table(table)}`.execute(db);
  return versions[0]?.v ?? 0;
}
