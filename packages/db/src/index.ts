export type { Generated, Insertable, Kysely, Selectable, Updateable } from "kysely";
export { sql } from "kysely";
export {
  classifyError,
  type ErrorClass,
  type RetryOptions,
  StoreUnavailableError,
  toStoreError,
  withRetries,
} from "./errors.js";
export { type Database, type Dialect, type Executor, pick, returningId } from "./executor.js";
export {
  legacyVersion,
  type MigrateOptions,
  type Migration,
  type MigrationDb,
  MigrationError,
  migrate,
} from "./migrate.js";
export { openPostgres, PostgresDatabase, type PostgresOptions } from "./postgres.js";
export { type Param, prepared } from "./prepared.js";
export { withSchema } from "./schema.js";
export { openSqlite, SqliteDatabase, type SqliteOptions, sqliteQueryBuilder } from "./sqlite.js";
