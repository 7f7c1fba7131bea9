// The writes, run in the writer thread inside the shared transaction of a batch (`write-batch.ts`).

import type Database from "better-sqlite3";
import { addToSummary, refoldSummary } from "../projection/dialogs.js";
import { type InboxRow, parseEntry } from "./sqlite-rows.js";
import type { RecordResult } from "./store.js";
import type { ChangeData, WriteOps } from "./writer-protocol.js";

export type Writes = { [K in keyof WriteOps]: (...args: WriteOps[K]) => unknown };

/** Retention and replay are in `sqlite-maintenance.ts`. */
export function prepareWrites(db: Database.Database): Omit<Writes, "prune" | "replay"> {
  const q = {
    insertInbox: db.prepare(
      `INSERT INTO inbox (source, event_id, type, kind, body, warnings, received_at, next_attempt_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source, event_id) DO NOTHING`,
    ),
    findInbox: db.prepare("SELECT id FROM inbox WHERE source = ? AND event_id = ?").pluck(),
    insertQuarantine: db.prepare(
      "INSERT INTO quarantine (received_at, code, type, issues, body) VALUES (?, ?, ?, ?, ?)",
    ),
    bump: db.prepare(
      "INSERT INTO counters (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = value + excluded.value",
    ),
    claim: db.prepare(
      `UPDATE inbox SET lease_owner = ?, lease_until = ?, attempts = attempts + 1
       WHERE id IN (SELECT id FROM inbox
                    WHERE status = 'pending' AND next_attempt_at <= ? AND (lease_until IS NULL OR lease_until <= ?)
                    ORDER BY next_attempt_at, id LIMIT ?)
       RETURNING *`,
    ),
    complete: db.prepare(
      `UPDATE inbox SET status = 'processed', processed_at = ?, lease_owner = NULL, lease_until = NULL, last_error = NULL
       WHERE id = ? AND lease_owner = ? AND status = 'pending'`,
    ),
    fail: db.prepare(
      `UPDATE inbox SET status = ?, next_attempt_at = ?, last_error = ?, lease_owner = NULL, lease_until = NULL
       WHERE id = ? AND lease_owner = ? AND status = 'pending'`,
    ),
    retryFailed: db.prepare(
      "UPDATE inbox SET status = 'pending', attempts = 0, next_attempt_at = ? WHERE id = ? AND status = 'failed'",
    ),
    insertDialogEvent: db.prepare(
      `INSERT INTO dialog_events (dialog_id, source, event_id, time_key, rank, type, folds, entry)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
    ),
    getSummary: db.prepare("SELECT summary FROM dialogs WHERE dialog_id = ?").pluck(),
    foldEntries: db.prepare("SELECT entry FROM dialog_events WHERE dialog_id = ? AND folds = 1").pluck(),
    putDialog: db.prepare(
      `INSERT INTO dialogs (dialog_id, resource, subject, summary, version, updated_at) VALUES (?, ?, ?, ?, 1, ?)
       ON CONFLICT (dialog_id) DO UPDATE SET summary = excluded.summary, version = version + 1,
                                             updated_at = excluded.updated_at`,
    ),
  };

  /**
   * One row insert and one summary update (see `ProjectionChange`). The change's `summarize` and `refold`
   * cannot cross the thread boundary, so the writer applies the projection's own fold, which is exactly
   * what `projectionChange` puts there: `addToSummary(current, row.entry)` and `refoldSummary`.
   */
  function applyChange(change: ChangeData, at: string): void {
    const { dialogId, row } = change;
    const { source, eventId, timeKey, rank, type, folds } = row;
    const entry = JSON.stringify(row.entry);
    if (
      q.insertDialogEvent.run(dialogId, source, eventId, timeKey, rank, type, folds ? 1 : 0, entry)
        .changes === 0
    ) {
      return; // already on the timeline: nothing changes, the version included
    }
    const stored = q.getSummary.get(dialogId) as string | undefined;
    let { summary, refold } = addToSummary(stored === undefined ? undefined : JSON.parse(stored), row.entry);
    if (refold) summary = refoldSummary(summary, (q.foldEntries.all(dialogId) as string[]).map(parseEntry));
    q.putDialog.run(dialogId, change.resource, change.subject, JSON.stringify(summary), at);
  }

  return {
    record(at, rows): RecordResult[] {
      let duplicates = 0;
      const results = rows.map((r): RecordResult => {
        if (r[0] === 0) {
          const info = q.insertQuarantine.run(at, r[1], r[2], r[3], r[4]);
          return { outcome: "quarantined", quarantineId: Number(info.lastInsertRowid) };
        }
        const [, source, eventId, type, kind, body, warnings] = r;
        const info = q.insertInbox.run(source, eventId, type, kind, body, warnings, at, at);
        if (info.changes === 1) return { outcome: "stored", inboxId: Number(info.lastInsertRowid) };
        duplicates++;
        return { outcome: "duplicate", inboxId: q.findInbox.get(source, eventId) as number };
      });
      if (duplicates > 0) q.bump.run("duplicates", duplicates);
      return results;
    },
    /** Rows, not items: the HTTP thread parses the event JSON (see `sqlite-reads.ts`). */
    claim(owner, at, until, limit): InboxRow[] {
      const rows = q.claim.all(owner, until, at, at, limit) as InboxRow[];
      return rows.sort((a, b) => a.id - b.id);
    },
    complete(id, owner, at, change): boolean {
      if (q.complete.run(at, id, owner).changes === 0) return false;
      if (change) applyChange(change, at);
      return true;
    },
    fail: (id, owner, error, status, next) => q.fail.run(status, next, error, id, owner).changes === 1,
    retryFailed: (id, at) => q.retryFailed.run(at, id).changes === 1,
  };
}
