// The PostgreSQL schema runner of the version before the shared data layer (`@dialogporten-events/db`), kept
// as a test fixture: it builds the databases that an upgrade starts from. Not used by the consumer.
//
// The PostgreSQL schema, as an append-only list of versioned steps recorded in `schema_migrations`. All steps
// run in one transaction under a transaction-scoped advisory lock, so two instances starting at once are
// safe: the second waits for the lock, then finds every step recorded and does nothing.

import type { Pool, PoolClient } from "pg";
import {
  type DialogDoc,
  emptySummary,
  summarizeTimeline,
  timelineRowOf,
} from "../../src/projection/dialogs.js";

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** Moves data after `sql`, in the same transaction. */
  run?(client: PoolClient): Promise<void>;
  /** Runs after `run`, in the same transaction. */
  after?: string;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: "inbox, quarantine, dialogs, counters",
    sql: `
    CREATE TABLE inbox (
      id              bigserial PRIMARY KEY,
      source          text NOT NULL,
      event_id        text NOT NULL,
      type            text NOT NULL,
      kind            text NOT NULL CHECK (kind IN ('dialogporten', 'unknown', 'subscription-validation')),
      -- JSON as text, not jsonb: kept exactly as serialized (jsonb would refuse \\u0000 and reorder keys).
      body            text NOT NULL,
      warnings        text NOT NULL,
      received_at     timestamptz NOT NULL,
      status          text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'processed', 'failed')),
      attempts        integer NOT NULL DEFAULT 0,
      next_attempt_at timestamptz NOT NULL,
      lease_owner     text,
      lease_until     timestamptz,
      last_error      text,
      processed_at    timestamptz,
      -- The broker redelivers with the same source and id: this is the deduplication, across instances too.
      CONSTRAINT inbox_source_event_id UNIQUE (source, event_id)
    );
    -- What workers claim: pending and due. Partial, so processed items cost nothing here.
    CREATE INDEX inbox_due ON inbox (next_attempt_at, id) WHERE status = 'pending';
    CREATE INDEX inbox_status ON inbox (status, id);
    CREATE INDEX inbox_type ON inbox (type, id);
    CREATE INDEX inbox_kind ON inbox (kind, id);

    CREATE TABLE quarantine (
      id          bigserial PRIMARY KEY,
      received_at timestamptz NOT NULL,
      code        text NOT NULL,
      type        text,
      issues      text NOT NULL,
      -- bytea: a refused body may hold U+0000, which a text column cannot.
      body        bytea NOT NULL
    );

    CREATE TABLE dialogs (
      dialog_id  text PRIMARY KEY,
      doc        text NOT NULL,
      version    integer NOT NULL,
      updated_at timestamptz NOT NULL
    );
    CREATE INDEX dialogs_updated ON dialogs (updated_at DESC, dialog_id);

    -- Facts that leave no row behind, such as duplicates.
    CREATE TABLE counters (
      name  text PRIMARY KEY,
      value bigint NOT NULL
    );
    `,
  },
  {
    version: 2,
    name: "dialog timeline as rows, summary per dialog",
    sql: `
    CREATE TABLE dialog_events (
      dialog_id text NOT NULL,
      source    text NOT NULL,
      event_id  text NOT NULL,
      time_key  text NOT NULL,
      rank      smallint NOT NULL,
      type      text NOT NULL,
      folds     boolean NOT NULL,
      entry     text NOT NULL,
      PRIMARY KEY (dialog_id, source, event_id)
    );
    CREATE INDEX dialog_events_time ON dialog_events (dialog_id, time_key, rank);
    CREATE INDEX dialog_events_folds ON dialog_events (dialog_id) WHERE folds;
    ALTER TABLE dialogs
      ADD COLUMN resource text NOT NULL DEFAULT '',
      ADD COLUMN subject text NOT NULL DEFAULT '',
      ADD COLUMN summary text NOT NULL DEFAULT '${JSON.stringify(emptySummary())}';
    `,
    async run(client) {
      for (let after = ""; ; ) {
        const { rows } = await client.query<{ dialog_id: string; doc: string }>(
          "SELECT dialog_id, doc FROM dialogs WHERE dialog_id > $1 ORDER BY dialog_id LIMIT 200",
          [after],
        );
        if (rows.length === 0) return;
        for (const { dialog_id, doc } of rows) {
          const { resource, subject, timeline } = JSON.parse(doc) as DialogDoc;
          const r = timeline.map(timelineRowOf);
          await client.query(
            `INSERT INTO dialog_events (dialog_id, source, event_id, time_key, rank, type, folds, entry)
             SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::smallint[], $6::text[],
                                      $7::boolean[], $8::text[])
             ON CONFLICT DO NOTHING`,
            [
              dialog_id,
              r.map((x) => x.source),
              r.map((x) => x.eventId),
              r.map((x) => withoutNul(x.timeKey)),
              r.map((x) => x.rank),
              r.map((x) => x.type),
              r.map((x) => x.folds),
              r.map((x) => JSON.stringify(x.entry)),
            ],
          );
          await client.query(
            "UPDATE dialogs SET resource = $2, subject = $3, summary = $4 WHERE dialog_id = $1",
            [dialog_id, resource, subject, JSON.stringify(summarizeTimeline(timeline))],
          );
          after = dialog_id;
        }
      }
    },
    after: "ALTER TABLE dialogs DROP COLUMN doc;",
  },
  {
    version: 3,
    name: "index for inbox retention",
    // Retention deletes processed items oldest first; partial, so pending and failed items cost nothing here.
    sql: "CREATE INDEX inbox_processed ON inbox (processed_at) WHERE status = 'processed';",
  },
];

/** PostgreSQL text cannot hold U+0000: a time key only orders rows, so a replacement character is harmless. */
export function withoutNul(value: string): string {
  return value.replaceAll("\u0000", "\uFFFD");
}

/** An arbitrary constant naming this schema's lock (advisory locks are per database). */
export const MIGRATION_LOCK_KEY = 7_301_942_555;

/** Applies the steps not yet recorded (up to version `upTo`, for tests that build an older schema). Returns the versions it applied (empty when the schema is current). */
export async function migrate(pool: Pool, upTo = Number.POSITIVE_INFINITY): Promise<number[]> {
  const client = await pool.connect();
  let broken = false;
  const onError = () => {
    broken = true; // dropped while checked out; the running query fails on its own
  };
  client.on("error", onError);
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK_KEY]);
    await client.query(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         version    integer PRIMARY KEY,
         name       text NOT NULL,
         applied_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    const { rows } = await client.query<{ version: number }>("SELECT version FROM schema_migrations");
    const done = new Set(rows.map((r) => r.version));
    const applied: number[] = [];
    for (const step of migrations) {
      if (done.has(step.version) || step.version > upTo) continue;
      await client.query(step.sql);
      await step.run?.(client);
      if (step.after) await client.query(step.after);
      await client.query("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", [
        step.version,
        step.name,
      ]);
      applied.push(step.version);
    }
    await client.query("COMMIT");
    return applied;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {
      broken = true;
    });
    throw error;
  } finally {
    client.off("error", onError);
    client.release(broken);
  }
}
