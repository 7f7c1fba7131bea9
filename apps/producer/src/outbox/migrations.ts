// The outbox's schema, one set of steps for both databases, applied by the shared migrator (in one
// transaction; on PostgreSQL under its advisory lock). Append steps; never edit one that has shipped.

import {
  type Dialect,
  legacyVersion,
  type MigrateOptions,
  type Migration,
  type MigrationDb,
  sql,
} from "@dialogporten-events/db";
import { SCHEMA } from "./tables.js";

/** Where the migrator records applied steps (in the `producer` schema on PostgreSQL). */
export const MIGRATION_TABLE = "producer_migration";

const schemaOf = (db: MigrationDb, dialect: Dialect) =>
  dialect === "postgres" ? db.schema.withSchema(SCHEMA) : db.schema;

/** A table with its surrogate key: SQLite's rowid alias, PostgreSQL's identity. */
function createTable(db: MigrationDb, dialect: Dialect, table: string, key: string) {
  const builder = schemaOf(db, dialect).createTable(table);
  return dialect === "sqlite"
    ? builder.addColumn(key, "integer", (c) => c.primaryKey().autoIncrement())
    : builder.addColumn(key, "bigint", (c) => c.primaryKey().generatedAlwaysAsIdentity());
}

function createDeliveries(db: MigrationDb, dialect: Dialect, name: string) {
  return createTable(db, dialect, name, "id")
    .addColumn("event_seq", "bigint", (c) => c.notNull().references("events.seq"))
    .addColumn("subscription_id", "bigint", (c) => c.notNull())
    .addColumn("status", "text", (c) =>
      c.notNull().check(sql`status IN ('pending', 'delivered', 'dead', 'cancelled')`),
    )
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("next_attempt_at", "bigint", (c) => c.notNull())
    .addColumn("lease_owner", "text")
    .addColumn("lease_until", "bigint")
    .addColumn("last_status", "integer")
    .addColumn("last_error", "text")
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .execute();
}

async function indexDeliveries(db: MigrationDb, dialect: Dialect) {
  const schema = schemaOf(db, dialect);
  await schema
    .createIndex("deliveries_due")
    .on("deliveries")
    .columns(["subscription_id", "next_attempt_at"])
    .where(sql.ref("status"), "=", "pending")
    .execute();
  await schema
    .createIndex("deliveries_status")
    .on("deliveries")
    .columns(["status", "subscription_id"])
    .execute();
  await schema.createIndex("deliveries_event").on("deliveries").column("event_seq").execute();
}

async function createOutbox(db: MigrationDb, dialect: Dialect) {
  const schema = schemaOf(db, dialect);
  await createTable(db, dialect, "subscriptions", "id")
    .addColumn("end_point", "text", (c) => c.notNull())
    .addColumn("resource_filter", "text")
    .addColumn("subject_filter", "text")
    .addColumn("type_filter", "text")
    .addColumn("status", "text", (c) => c.notNull().check(sql`status IN ('pending', 'active', 'failed')`))
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("validated_at", "bigint")
    .execute();
  await createTable(db, dialect, "events", "seq")
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("resource", "text")
    .addColumn("subject", "text")
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("accepted_at", "bigint", (c) => c.notNull())
    .execute();
  await schema.createIndex("events_type").on("events").column("type").execute();
  await createDeliveries(db, dialect, "deliveries");
  await indexDeliveries(db, dialect);
}

/**
 * A database the runners before this migrator made (SQLite `user_version` 1 or 2, PostgreSQL
 * `producer.schema_migrations` version 1) already has subscriptions and events as they are now; its
 * deliveries get the lease columns of today (`lease_owner` was `claim`; `lease_until` was `claimed_until`
 * in SQLite, and 0 rather than null when free). Every row is kept.
 */
async function adoptLegacy(db: MigrationDb, dialect: Dialect, version: number) {
  if (dialect === "postgres") {
    await sql`ALTER TABLE producer.deliveries RENAME COLUMN claim TO lease_owner`.execute(db);
    await sql`ALTER TABLE producer.deliveries ALTER COLUMN lease_until DROP NOT NULL,
      ALTER COLUMN lease_until DROP DEFAULT`.execute(db);
    await sql`UPDATE producer.deliveries SET lease_until = NULL WHERE lease_until = 0`.execute(db);
    return;
  }
  // SQLite cannot drop a NOT NULL: the table is rebuilt, ids and all.
  if (version < 2) await sql`ALTER TABLE deliveries ADD COLUMN claim TEXT`.execute(db);
  await createDeliveries(db, dialect, "deliveries_next");
  await sql`INSERT INTO deliveries_next (id, event_seq, subscription_id, status, attempts, next_attempt_at,
      lease_owner, lease_until, last_status, last_error, updated_at)
    SELECT id, event_seq, subscription_id, status, attempts, next_attempt_at,
      claim, NULLIF(claimed_until, 0), last_status, last_error, updated_at
    FROM deliveries`.execute(db);
  await sql`DROP TABLE deliveries`.execute(db);
  await sql`ALTER TABLE deliveries_next RENAME TO deliveries`.execute(db);
  await indexDeliveries(db, dialect);
}

/**
 * The pull API and the real subscription fields: the events' alternative subject (a filter of the pull API)
 * and the indexes it pages and prunes by; per subscription the app-only filters, `includeSubunits` and the
 * consumer that created it (null for subscriptions made before tokens: visible to every consumer).
 */
async function pullAndOwners(db: MigrationDb, dialect: Dialect) {
  const schema = schemaOf(db, dialect);
  await schema.alterTable("events").addColumn("alternative_subject", "text").execute();
  await schema.createIndex("events_resource_seq").on("events").columns(["resource", "seq"]).execute();
  await schema.createIndex("events_id").on("events").column("id").execute();
  await schema.createIndex("events_accepted_at").on("events").column("accepted_at").execute();
  for (const column of ["source_filter", "alternative_subject_filter", "consumer"])
    await schema.alterTable("subscriptions").addColumn(column, "text").execute();
  await schema
    .alterTable("subscriptions")
    .addColumn("include_subunits", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
}

/**
 * The Dialogporten API stand-in's dialogs, their activity and transmission ids (unique across dialogs, as
 * the real API's keys) and the seen log (one entry per end user per dialog change).
 */
async function dialogporten(db: MigrationDb, dialect: Dialect) {
  const schema = schemaOf(db, dialect);
  await schema
    .createTable("dialogs")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("org", "text", (c) => c.notNull())
    .addColumn("service_resource", "text", (c) => c.notNull())
    .addColumn("party", "text", (c) => c.notNull())
    .addColumn("revision", "text", (c) => c.notNull())
    .addColumn("idempotent_key", "text")
    .addColumn("document", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .addColumn("content_updated_at", "bigint", (c) => c.notNull())
    .addColumn("visible_from", "bigint")
    .addColumn("deleted_at", "bigint")
    .execute();
  // Null keys are distinct in both databases: only a key given twice by one service owner collides.
  await schema
    .createIndex("dialogs_idempotent_key")
    .on("dialogs")
    .columns(["org", "idempotent_key"])
    .unique()
    .execute();
  await schema
    .createTable("dialog_children")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("dialog_id", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind IN ('activity', 'transmission')`))
    .execute();
  await schema.createIndex("dialog_children_dialog").on("dialog_children").column("dialog_id").execute();
  await schema
    .createTable("dialog_seen")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("dialog_id", "text", (c) => c.notNull())
    .addColumn("seen_by", "text", (c) => c.notNull())
    .addColumn("seen_at", "bigint", (c) => c.notNull())
    .addColumn("dialog_updated_at", "bigint", (c) => c.notNull())
    .execute();
  await schema
    .createIndex("dialog_seen_once")
    .on("dialog_seen")
    .columns(["dialog_id", "seen_by", "dialog_updated_at"])
    .unique()
    .execute();
}

export const migrations: Record<string, Migration> = {
  "0001_outbox": {
    async up(db, dialect) {
      const legacy = await legacyVersion(db, dialect, SCHEMA);
      if (legacy > 0) await adoptLegacy(db, dialect, legacy);
      else await createOutbox(db, dialect);
    },
  },
  "0002_pull_and_owners": { up: pullAndOwners },
  "0003_dialogporten": { up: dialogporten },
};

export const migrateOptions: MigrateOptions = { migrations, table: MIGRATION_TABLE, schema: SCHEMA };
