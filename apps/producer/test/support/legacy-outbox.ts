// The outbox's schema as the runners before the shared migrator left it (copied from the producer at
// dabe111: `src/outbox/migrations.ts` and `src/outbox/pg-migrations.ts`), to prove such databases move
// forward without losing a row.

/** SQLite: step n leaves `PRAGMA user_version = n`. */
export const LEGACY_SQLITE_STEPS: string[] = [
  `
  CREATE TABLE subscriptions (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    end_point       TEXT NOT NULL,
    resource_filter TEXT,
    subject_filter  TEXT,
    type_filter     TEXT,
    status          TEXT NOT NULL CHECK (status IN ('pending', 'active', 'failed')),
    created_at      INTEGER NOT NULL,
    validated_at    INTEGER
  );
  -- One row per accepted publish. The event id is not unique: the real producer re-publishes with the same
  -- id when it retries, and the broker delivers both.
  CREATE TABLE events (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    id          TEXT NOT NULL,
    type        TEXT NOT NULL,
    resource    TEXT,
    subject     TEXT,
    body        TEXT NOT NULL,
    accepted_at INTEGER NOT NULL
  );
  CREATE INDEX events_type ON events (type);
  CREATE TABLE deliveries (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    event_seq       INTEGER NOT NULL REFERENCES events (seq),
    subscription_id INTEGER NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'dead', 'cancelled')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    claimed_until   INTEGER NOT NULL DEFAULT 0,
    last_status     INTEGER,
    last_error      TEXT,
    updated_at      INTEGER NOT NULL
  );
  CREATE INDEX deliveries_due ON deliveries (status, subscription_id, next_attempt_at);
  CREATE INDEX deliveries_event ON deliveries (event_seq);
  `,
  // The token of the current claim: a result is recorded only under the claim it was attempted under.
  "ALTER TABLE deliveries ADD COLUMN claim TEXT;",
];

/** PostgreSQL, version 1, recorded in `producer.schema_migrations`. */
export const LEGACY_POSTGRES_SQL = `
  CREATE SCHEMA producer;
  CREATE TABLE producer.schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
  );
  INSERT INTO producer.schema_migrations (version, name) VALUES (1, 'outbox');

    CREATE TABLE producer.subscriptions (
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
    CREATE TABLE producer.events (
      seq         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      id          TEXT NOT NULL,
      type        TEXT NOT NULL,
      resource    TEXT,
      subject     TEXT,
      body        TEXT NOT NULL,
      accepted_at BIGINT NOT NULL
    );
    CREATE INDEX events_type ON producer.events (type);
    CREATE TABLE producer.deliveries (
      id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      event_seq       BIGINT NOT NULL REFERENCES producer.events (seq),
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
    CREATE INDEX deliveries_due ON producer.deliveries (subscription_id, next_attempt_at)
      WHERE status = 'pending';
    CREATE INDEX deliveries_status ON producer.deliveries (status, subscription_id);
    CREATE INDEX deliveries_event ON producer.deliveries (event_seq);
    `;
