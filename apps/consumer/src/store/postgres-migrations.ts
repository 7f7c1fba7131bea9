// The PostgreSQL schema, as an append-only list of versioned steps recorded in `schema_migrations`. All steps
// run in one transaction under a transaction-scoped advisory lock, so two instances starting at once are
// safe: the second waits for the lock, then finds every step recorded and does nothing.

import type { Pool } from "pg";

export interface Migration {
  version: number;
  name: string;
  sql: string;
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
];

/** An arbitrary constant naming this schema's lock (advisory locks are per database). */
export const MIGRATION_LOCK_KEY = 7_301_942_555;

/** Applies the steps not yet recorded. Returns the versions it applied (empty when the schema is current). */
export async function migrate(pool: Pool): Promise<number[]> {
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
      if (done.has(step.version)) continue;
      await client.query(step.sql);
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
