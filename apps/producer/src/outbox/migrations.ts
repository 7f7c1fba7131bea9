import type { Database } from "better-sqlite3";

/**
 * Forward-only schema steps; `user_version` records how far a database file has come. Times are Unix
 * milliseconds so due-time comparisons are plain integer ones.
 */
const steps: string[] = [
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

export function migrate(db: Database): void {
  const current = db.pragma("user_version", { simple: true }) as number;
  for (let version = current; version < steps.length; version++) {
    db.transaction(() => {
      db.exec(steps[version] as string);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}
