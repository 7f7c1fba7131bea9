// The SQLite schema runner of the version before the shared data layer (`@dialogporten-events/db`), kept
// as a test fixture: it builds the data dirs that an upgrade starts from. Not used by the consumer.
//
// The SQLite schema, as an append-only list of steps. `PRAGMA user_version` records how many have run, so
// opening an older data dir upgrades it and opening a current one does nothing.

import type Database from "better-sqlite3";
import {
  type DialogDoc,
  emptySummary,
  summarizeTimeline,
  timelineRowOf,
} from "../../src/projection/dialogs.js";

/** SQL, or a function for a step that moves data (it runs in the step's transaction). */
type Step = string | ((db: Database.Database) => void);

const steps: readonly Step[] = [
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
  // 2: the timeline as rows (one per event) and a summary per dialog, so applying an event is O(1).
  (db) => {
    db.exec(`
      CREATE TABLE dialog_events (
        dialog_id TEXT NOT NULL,
        source    TEXT NOT NULL,
        event_id  TEXT NOT NULL,
        time_key  TEXT NOT NULL,
        rank      INTEGER NOT NULL,
        type      TEXT NOT NULL,
        folds     INTEGER NOT NULL,
        entry     TEXT NOT NULL,
        PRIMARY KEY (dialog_id, source, event_id)
      );
      CREATE INDEX dialog_events_time ON dialog_events (dialog_id, time_key, rank);
      CREATE INDEX dialog_events_folds ON dialog_events (dialog_id) WHERE folds = 1;
      ALTER TABLE dialogs ADD COLUMN resource TEXT NOT NULL DEFAULT '';
      ALTER TABLE dialogs ADD COLUMN subject TEXT NOT NULL DEFAULT '';
      ALTER TABLE dialogs ADD COLUMN summary TEXT NOT NULL DEFAULT '${JSON.stringify(emptySummary())}';
    `);
    const insert = db.prepare(
      `INSERT INTO dialog_events (dialog_id, source, event_id, time_key, rank, type, folds, entry)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
    );
    const update = db.prepare(
      "UPDATE dialogs SET resource = ?, subject = ?, summary = ? WHERE dialog_id = ?",
    );
    const page = db.prepare(
      "SELECT dialog_id, doc FROM dialogs WHERE dialog_id > ? ORDER BY dialog_id LIMIT 200",
    );
    for (let after = ""; ; ) {
      const rows = page.all(after) as { dialog_id: string; doc: string }[];
      if (rows.length === 0) break;
      for (const { dialog_id, doc } of rows) {
        const { resource, subject, timeline } = JSON.parse(doc) as DialogDoc;
        for (const entry of timeline) {
          const r = timelineRowOf(entry);
          insert.run(
            dialog_id,
            r.source,
            r.eventId,
            r.timeKey,
            r.rank,
            r.type,
            r.folds ? 1 : 0,
            JSON.stringify(entry),
          );
        }
        update.run(resource, subject, JSON.stringify(summarizeTimeline(timeline)), dialog_id);
        after = dialog_id;
      }
    }
    db.exec("ALTER TABLE dialogs DROP COLUMN doc");
  },
  // 3: retention deletes processed items oldest first; partial, so pending and failed items cost nothing here.
  "CREATE INDEX inbox_processed ON inbox (processed_at) WHERE status = 'processed';",
];

/** Runs the steps not run yet, up to `upTo` (all by default; tests stop early to build an older schema). */
export function migrate(db: Database.Database, upTo = steps.length): void {
  const done = db.pragma("user_version", { simple: true }) as number;
  for (let i = done; i < upTo; i++) {
    db.transaction(() => {
      const step = steps[i] as Step;
      if (typeof step === "string") db.exec(step);
      else step(db);
      db.pragma(`user_version = ${i + 1}`);
    })();
  }
}
