// The SQLite schema, as an append-only list of steps. `PRAGMA user_version` records how many have run, so
// opening an older data dir upgrades it and opening a current one does nothing.

import type Database from "better-sqlite3";

const steps: readonly string[] = [
  `
  CREATE TABLE inbox (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    source          TEXT NOT NULL,
    event_id        TEXT NOT NULL,
    type            TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('dialogporten', 'unknown', 'subscription-validation')),
    body            TEXT NOT NULL,
    warnings        TEXT NOT NULL,
    received_at     TEXT NOT NULL,
    status          TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'processed', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    lease_owner     TEXT,
    lease_until     TEXT,
    last_error      TEXT,
    processed_at    TEXT,
    -- The broker redelivers with the same source and id: this is the deduplication.
    UNIQUE (source, event_id)
  );
  CREATE INDEX inbox_due ON inbox (status, next_attempt_at);
  CREATE INDEX inbox_type ON inbox (type, id);
  CREATE INDEX inbox_kind ON inbox (kind, id);

  CREATE TABLE quarantine (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    received_at TEXT NOT NULL,
    code        TEXT NOT NULL,
    type        TEXT,
    issues      TEXT NOT NULL,
    body        TEXT NOT NULL
  );

  CREATE TABLE dialogs (
    dialog_id  TEXT PRIMARY KEY,
    doc        TEXT NOT NULL,
    version    INTEGER NOT NULL,
    updated_at TEXT NOT NULL
  );

  -- Facts that leave no row behind, such as duplicates.
  CREATE TABLE counters (
    name  TEXT PRIMARY KEY,
    value INTEGER NOT NULL
  );
  `,
];

export function migrate(db: Database.Database): void {
  const done = db.pragma("user_version", { simple: true }) as number;
  for (let i = done; i < steps.length; i++) {
    db.transaction(() => {
      db.exec(steps[i] as string);
      db.pragma(`user_version = ${i + 1}`);
    })();
  }
}
