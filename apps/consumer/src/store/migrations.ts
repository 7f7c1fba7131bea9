// The consumer's schema, one list of steps for both databases, run by the shared migrator (Kysely's, in one
// transaction; PostgreSQL under its advisory lock). Steps 1 to 3 are the schema the previous runners built
// (SQLite `PRAGMA user_version`, PostgreSQL `schema_migrations`): on a database they already brought that
// far they do nothing, so existing data dirs and databases move forward. Step 4 moves everything to the
// shared conventions. Append only.

import {
  type Dialect,
  legacyVersion,
  type MigrateOptions,
  type Migration,
  type MigrationDb,
  pick,
  sql,
} from "@dialogporten-events/db";
import { type DialogDoc, emptySummary, summarizeTimeline, timelineRowOf } from "../projection/dialogs.js";
import { storedText } from "./text.js";

async function exec(db: MigrationDb, ...statements: string[]): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

/**
 * A step that rewrites every row may take longer than the pool's bound on a statement (meant for requests):
 * lifted for the rest of the migration's transaction (PostgreSQL; SQLite has no such bound).
 */
async function unbounded(db: MigrationDb, dialect: Dialect): Promise<void> {
  if (dialect === "postgres") await exec(db, "SET LOCAL statement_timeout = 0");
}

/** A step the old runners may have applied already (`legacy` is theirs, not this migrator's, record). */
function since(version: number, up: Migration["up"]): Migration {
  return {
    async up(db, dialect) {
      if ((await legacyVersion(db, dialect)) < version) await up(db, dialect);
    },
  };
}

const step1 = since(1, async (db, dialect) => {
  const id = pick(dialect, {
    sqlite: "INTEGER PRIMARY KEY AUTOINCREMENT",
    postgres: "bigserial PRIMARY KEY",
  });
  const time = pick(dialect, { sqlite: "TEXT", postgres: "timestamptz" });
  const bytes = pick(dialect, { sqlite: "TEXT", postgres: "bytea" });
  await exec(
    db,
    `CREATE TABLE inbox (
       id              ${id},
       source          text NOT NULL,
       event_id        text NOT NULL,
       type            text NOT NULL,
       kind            text NOT NULL CHECK (kind IN ('dialogporten', 'unknown', 'subscription-validation')),
       body            text NOT NULL,
       warnings        text NOT NULL,
       received_at     ${time} NOT NULL,
       status          text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'processed', 'failed')),
       attempts        integer NOT NULL DEFAULT 0,
       next_attempt_at ${time} NOT NULL,
       lease_owner     text,
       lease_until     ${time},
       last_error      text,
       processed_at    ${time},
       -- The broker redelivers with the same source and id: this is the deduplication, across instances too.
       CONSTRAINT inbox_source_event_id UNIQUE (source, event_id)
     )`,
    "CREATE INDEX inbox_type ON inbox (type, id)",
    "CREATE INDEX inbox_kind ON inbox (kind, id)",
    `CREATE TABLE quarantine (
       id          ${id},
       received_at ${time} NOT NULL,
       code        text NOT NULL,
       type        text,
       issues      text NOT NULL,
       body        ${bytes} NOT NULL
     )`,
    `CREATE TABLE dialogs (
       dialog_id  text PRIMARY KEY,
       doc        text NOT NULL,
       version    integer NOT NULL,
       updated_at ${time} NOT NULL
     )`,
    "CREATE TABLE counters (name text PRIMARY KEY, value bigint NOT NULL)",
  );
});

/** 2: the timeline as rows (one per event) and a summary per dialog, so applying an event is O(1). */
const step2 = since(2, async (db, dialect) => {
  await unbounded(db, dialect);
  const flag = pick(dialect, { sqlite: "integer", postgres: "boolean" });
  await exec(
    db,
    `CREATE TABLE dialog_events (
       dialog_id text NOT NULL,
       source    text NOT NULL,
       event_id  text NOT NULL,
       time_key  text NOT NULL,
       rank      smallint NOT NULL,
       type      text NOT NULL,
       folds     ${flag} NOT NULL,
       entry     text NOT NULL,
       PRIMARY KEY (dialog_id, source, event_id)
     )`,
    "CREATE INDEX dialog_events_time ON dialog_events (dialog_id, time_key, rank)",
    "ALTER TABLE dialogs ADD COLUMN resource text NOT NULL DEFAULT ''",
    "ALTER TABLE dialogs ADD COLUMN subject text NOT NULL DEFAULT ''",
    `ALTER TABLE dialogs ADD COLUMN summary text NOT NULL DEFAULT '${JSON.stringify(emptySummary())}'`,
  );
  for (let after = ""; ; ) {
    const docs: { dialog_id: string; doc: string }[] = await db
      .selectFrom("dialogs")
      .select(["dialog_id", "doc"])
      .where("dialog_id", ">", after)
      .orderBy("dialog_id")
      .limit(200)
      .execute();
    if (docs.length === 0) break;
    for (const { dialog_id, doc } of docs) {
      const { resource, subject, timeline } = JSON.parse(doc) as DialogDoc;
      for (let i = 0; i < timeline.length; i += 500) {
        const rows = timeline.slice(i, i + 500).map((entry) => {
          const r = timelineRowOf(entry);
          return {
            dialog_id,
            source: r.source,
            event_id: r.eventId,
            time_key: storedText(dialect, r.timeKey),
            rank: r.rank,
            type: r.type,
            folds: pick<boolean | number>(dialect, { sqlite: r.folds ? 1 : 0, postgres: r.folds }),
            entry: JSON.stringify(entry),
          };
        });
        await db
          .insertInto("dialog_events")
          .values(rows)
          .onConflict((c) => c.doNothing())
          .execute();
      }
      await db
        .updateTable("dialogs")
        .set({ resource, subject, summary: JSON.stringify(summarizeTimeline(timeline)) })
        .where("dialog_id", "=", dialog_id)
        .execute();
      after = dialog_id;
    }
  }
  await exec(db, "ALTER TABLE dialogs DROP COLUMN doc");
});

/** 3: retention deletes processed items oldest first (the index is made again in step 4). */
const step3 = since(3, async (db) => {
  await exec(db, "CREATE INDEX inbox_processed ON inbox (processed_at) WHERE status = 'processed'");
});

interface Conversion {
  table: string;
  column: string;
  type: "bigint" | "integer" | "blob";
  notNull: boolean;
  /** The new value from the old column `c`; none: this dialect already has the convention's type. */
  from: Partial<Record<Dialect, string>>;
}

const EPOCH_MS = {
  sqlite: "CAST(round(unixepoch(c, 'subsec') * 1000) AS INTEGER)",
  postgres: "round(extract(epoch FROM c) * 1000)::bigint",
};

const CONVERSIONS: Conversion[] = [
  ...(["received_at", "next_attempt_at", "lease_until", "processed_at"] as const).map(
    (column): Conversion => ({
      table: "inbox",
      column,
      type: "bigint",
      notNull: column === "received_at" || column === "next_attempt_at",
      from: EPOCH_MS,
    }),
  ),
  { table: "quarantine", column: "received_at", type: "bigint", notNull: true, from: EPOCH_MS },
  { table: "dialogs", column: "updated_at", type: "bigint", notNull: true, from: EPOCH_MS },
  {
    table: "dialog_events",
    column: "folds",
    type: "integer",
    notNull: true,
    from: { postgres: "CASE WHEN c THEN 1 ELSE 0 END" },
  },
  { table: "quarantine", column: "body", type: "blob", notNull: true, from: { sqlite: "CAST(c AS BLOB)" } },
];

/**
 * 4: the shared conventions: times as epoch milliseconds, flags 0/1, refused bodies as bytes, the same
 * indexes in both. Each column is replaced the same way in both (add, fill, drop, rename), because SQLite
 * cannot change a column's type in place; the indexes on the old columns go first and come back after.
 */
const step4: Migration = {
  async up(db, dialect) {
    await unbounded(db, dialect);
    await exec(
      db,
      ...["inbox_due", "inbox_processed", "dialogs_updated", "dialog_events_folds"].map(
        (index) => `DROP INDEX IF EXISTS ${index}`,
      ),
    );
    for (const { table, column, type, notNull, from } of CONVERSIONS) {
      const expression = from[dialect];
      if (!expression) continue;
      const sqlType = type === "blob" ? pick(dialect, { sqlite: "blob", postgres: "bytea" }) : type;
      // SQLite adds a NOT NULL column only with a default; every insert gives the value anyway.
      const fallback = type === "blob" ? pick(dialect, { sqlite: "x''", postgres: "''::bytea" }) : "0";
      const temporary = `${column}_new`;
      await exec(
        db,
        `ALTER TABLE ${table} ADD COLUMN ${temporary} ${sqlType}${notNull ? ` NOT NULL DEFAULT ${fallback}` : ""}`,
        `UPDATE ${table} SET ${temporary} = ${expression.replaceAll(/\bc\b/g, column)}`,
        `ALTER TABLE ${table} DROP COLUMN ${column}`,
        `ALTER TABLE ${table} RENAME COLUMN ${temporary} TO ${column}`,
      );
    }
    await exec(
      db,
      // What workers claim (pending and due, in due order), and the counts and lists by status: one index,
      // so an insert maintains one B-tree fewer (SQLite's ingest is bound by them).
      "DROP INDEX IF EXISTS inbox_status",
      "CREATE INDEX inbox_due ON inbox (status, next_attempt_at, id)",
      // Retention deletes processed items oldest first; partial, so pending and failed items cost nothing.
      "CREATE INDEX inbox_processed ON inbox (processed_at) WHERE status = 'processed'",
      "CREATE INDEX dialogs_updated ON dialogs (updated_at DESC, dialog_id)",
      // A refold reads only these rows.
      "CREATE INDEX dialog_events_folds ON dialog_events (dialog_id) WHERE folds = 1",
    );
  },
};

/** 5: pull mode's cursors (`store/pull-cursors.ts`). */
const step5: Migration = {
  async up(db) {
    await exec(
      db,
      `CREATE TABLE pull_cursor (
         cursor_key text PRIMARY KEY,
         resource   text NOT NULL,
         subject    text,
         types      text NOT NULL,
         after_id   text NOT NULL,
         pulled     bigint NOT NULL,
         updated_at bigint NOT NULL
       )`,
    );
  },
};

/**
 * 6: enrichment (`store/snapshots.ts`): per dialog, whether a fetch is wanted (a counter the event's own
 * transaction bumps, and the counter as it stood when the last fetch began), its backoff and lease, and the
 * latest snapshot fetched from Dialogporten.
 */
const step6: Migration = {
  async up(db) {
    await exec(
      db,
      `CREATE TABLE dialog_snapshot (
         dialog_id    text PRIMARY KEY,
         wanted       bigint NOT NULL,
         fetched      bigint NOT NULL DEFAULT 0,
         due_at       bigint NOT NULL,
         attempts     integer NOT NULL DEFAULT 0,
         lease_owner  text,
         lease_until  bigint,
         deleted_key  text,
         restored_key text,
         status       text CHECK (status IN ('present', 'deleted', 'not-yet-visible')),
         revision     text,
         dialog       text,
         updated_at   bigint,
         started_at   bigint,
         fetched_at   bigint,
         last_error   text
       )`,
      // What the enricher claims: only dialogs with a fetch outstanding, in due order.
      "CREATE INDEX dialog_snapshot_due ON dialog_snapshot (due_at) WHERE wanted > fetched",
    );
  },
};

/**
 * 7: no query reads dialogs by `updated_at`, yet every processed event moved its dialog in that index (two
 * more pages written per event on the ingest path's one SQLite writer).
 */
const step7: Migration = {
  async up(db) {
    await exec(db, "DROP INDEX IF EXISTS dialogs_updated");
  },
};

export const MIGRATIONS: MigrateOptions = {
  migrations: {
    "0001_inbox_quarantine_dialogs": step1,
    "0002_dialog_timeline_rows": step2,
    "0003_inbox_retention_index": step3,
    "0004_shared_conventions": step4,
    "0005_pull_cursor": step5,
    "0006_dialog_snapshot": step6,
    "0007_drop_unread_dialogs_index": step7,
  },
  table: "consumer_migration",
};
