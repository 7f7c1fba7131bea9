import type { Pool } from "pg";

/** Every table lives in this schema, so the producer can share a database with the consumer. */
export const SCHEMA = "producer";

/**
 * Key of the transaction-level advisory lock that serialises migrations: two instances starting at once
 * both take it, the second waits, then finds every step already recorded and applies nothing.
 */
export const MIGRATION_LOCK_KEY = 7_301_559_020_417;

/**
 * Forward-only, versioned steps; `producer.schema_migrations` records which are applied. Times are Unix
 * milliseconds (BIGINT) as in the SQLite outbox, so due-time comparisons are plain integer ones.
 */
export const pgSteps: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: "outbox",
    sql: `
    CREATE TABLE ${SCHEMA}.subscriptions (
      id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      end_point       TEXT NOT NULL,
      resource_filter TEXT,
      subject_filter  TEXT,
      type_filter     TEXT,
      status          TEXT NOT NULL CHECK (status IN ('pending', 'active', 'failed')),
      created_at      BIGINT NOT NULL,
      validated_at    BIGINT
    );
    -- One row per accepted publish; the event id is not unique (re-publishing an id delivers it again).
    CREATE TABLE ${SCHEMA}.events (
      seq         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      id          TEXT NOT NULL,
      type        TEXT NOT NULL,
      resource    TEXT,
      subject     TEXT,
      body        TEXT NOT NULL,
      accepted_at BIGINT NOT NULL
    );
    CREATE INDEX events_type ON ${SCHEMA}.events (type);
    CREATE TABLE ${SCHEMA}.deliveries (
      id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      event_seq       BIGINT NOT NULL REFERENCES ${SCHEMA}.events (seq),
      subscription_id BIGINT NOT NULL,
      status          TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'dead', 'cancelled')),
      attempts        INTEGER NOT NULL DEFAULT 0,
      next_attempt_at BIGINT NOT NULL,
      -- A claim: until lease_until, only the holder of the token 'claim' may attempt and record it.
      lease_until     BIGINT NOT NULL DEFAULT 0,
      claim           TEXT,
      last_status     INTEGER,
      last_error      TEXT,
      updated_at      BIGINT NOT NULL
    );
    CREATE INDEX deliveries_due ON ${SCHEMA}.deliveries (subscription_id, next_attempt_at)
      WHERE status = 'pending';
    CREATE INDEX deliveries_status ON ${SCHEMA}.deliveries (status, subscription_id);
    CREATE INDEX deliveries_event ON ${SCHEMA}.deliveries (event_seq);
    `,
  },
];

/**
 * Applies the missing steps in one transaction under `pg_advisory_xact_lock`, so it is idempotent (a
 * second run applies nothing) and safe when several instances start at the same moment. Returns the
 * versions it applied.
 */
export async function migratePostgres(pool: Pool): Promise<number[]> {
  const client = await pool.connect();
  const applied: number[] = [];
  // Checked out, the client has no pool listener: a connection lost between statements must not become an
  // uncaught 'error' event.
  const ignore = () => undefined;
  client.on("error", ignore);
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK_KEY]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${SCHEMA}`);
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${SCHEMA}.schema_migrations (
         version    INTEGER PRIMARY KEY,
         name       TEXT NOT NULL,
         applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
       )`,
    );
    const { rows } = await client.query<{ version: number }>(
      `SELECT version FROM ${SCHEMA}.schema_migrations`,
    );
    const done = new Set(rows.map((r) => Number(r.version)));
    for (const step of pgSteps) {
      if (done.has(step.version)) continue;
      await client.query(step.sql);
      await client.query(`INSERT INTO ${SCHEMA}.schema_migrations (version, name) VALUES ($1, $2)`, [
        step.version,
        step.name,
      ]);
      applied.push(step.version);
    }
    await client.query("COMMIT");
    client.off("error", ignore);
    client.release();
    return applied;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    client.off("error", ignore);
    client.release(true);
    throw error;
  }
}
