// The reads, run in the writer thread between two batches, so they see only committed data. They answer rows
// as stored (JSON as text): the HTTP thread parses them (`sqlite.ts`), so what crosses the thread boundary is
// flat, however deeply nested a stored event is.

import type Database from "better-sqlite3";
import type { DialogRow, InboxRow, QuarantineRow, TimelineRows } from "./sqlite-rows.js";
import type { ConsumerStats } from "./store.js";
import type { ReadOps } from "./writer-protocol.js";

/** A counter of items deleted by retention, which still count in the totals (`ConsumerStats.pruned`). */
const pruned = (name: string) => `(SELECT coalesce(max(value), 0) FROM counters WHERE name = '${name}')`;

export type Reads = { [K in keyof ReadOps]: (...args: ReadOps[K]) => unknown };

/** The quarantine replay's read is in `sqlite-maintenance.ts`. */
export function prepareReads(db: Database.Database): Omit<Reads, "quarantineBatch"> {
  const q = {
    getDialog: db.prepare("SELECT * FROM dialogs WHERE dialog_id = ?"),
    // Ordered by the index; `sortTimeline` settles the rest (source and id, as `compareEntries`) in JS.
    timeline: db
      .prepare("SELECT entry, time_key FROM dialog_events WHERE dialog_id = ? ORDER BY time_key, rank")
      .raw(),
    getEvent: db.prepare("SELECT * FROM inbox WHERE id = ?"),
    listQuarantine: db.prepare("SELECT * FROM quarantine ORDER BY id DESC LIMIT ?"),
    listQuarantineAfter: db.prepare("SELECT * FROM quarantine WHERE id < ? ORDER BY id DESC LIMIT ?"),
    listDialogs: db.prepare("SELECT * FROM dialogs ORDER BY dialog_id LIMIT ?"),
    listDialogsAfter: db.prepare("SELECT * FROM dialogs WHERE dialog_id > ? ORDER BY dialog_id LIMIT ?"),
    ping: db.prepare("SELECT 1"),
    stats: db.prepare(
      `SELECT
         (SELECT count(*) FROM inbox) + ${pruned("pruned")} AS accepted,
         (SELECT coalesce(max(value), 0) FROM counters WHERE name = 'duplicates') AS duplicates,
         (SELECT count(*) FROM quarantine) AS quarantined,
         (SELECT count(*) FROM inbox WHERE kind = 'unknown') + ${pruned("pruned:unknown")} AS unknown,
         (SELECT count(*) FROM inbox WHERE kind = 'subscription-validation')
           + ${pruned("pruned:subscription-validation")} AS subscriptionValidations,
         (SELECT count(*) FROM inbox WHERE status = 'processed') + ${pruned("pruned")} AS processed,
         (SELECT count(*) FROM inbox WHERE status = 'failed') AS failed,
         (SELECT count(*) FROM inbox WHERE status = 'pending') AS pending,
         (SELECT count(*) FROM dialogs) AS dialogs,
         ${pruned("pruned")} AS pruned`,
    ),
  };

  return {
    listEvents(filter): InboxRow[] {
      const where: string[] = [];
      const params: unknown[] = [];
      for (const [column, value] of [
        ["type", filter.type],
        ["kind", filter.kind],
        ["status", filter.status],
      ] as const) {
        if (value === undefined) continue;
        where.push(`${column} = ?`);
        params.push(value);
      }
      if (filter.after !== undefined) {
        where.push("id < ?");
        params.push(filter.after);
      }
      const sql = `SELECT * FROM inbox ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY id DESC LIMIT ?`;
      return db.prepare(sql).all(...params, filter.limit) as InboxRow[];
    },
    getEvent: (id) => q.getEvent.get(id) as InboxRow | undefined,
    listQuarantine: (limit, after) =>
      (after === undefined
        ? q.listQuarantine.all(limit)
        : q.listQuarantineAfter.all(after, limit)) as QuarantineRow[],
    listDialogs: (limit, after) =>
      (after === undefined ? q.listDialogs.all(limit) : q.listDialogsAfter.all(after, limit)) as DialogRow[],
    getDialog(dialogId): TimelineRows | undefined {
      // Two reads in one synchronous call: no write can commit between them.
      const row = q.getDialog.get(dialogId) as DialogRow | undefined;
      if (!row) return undefined;
      return { row, entries: q.timeline.all(dialogId) as [entry: string, timeKey: string][] };
    },
    stats(): ConsumerStats {
      const row = q.stats.get() as Omit<ConsumerStats, "received">;
      return { received: row.accepted + row.duplicates + row.quarantined, ...row };
    },
    ping: () => q.ping.get(),
  };
}
