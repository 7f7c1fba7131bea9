// Inbox retention and quarantine replay, run in the writer thread. The writes join the shared transaction of
// a batch (`write-batch.ts`) like any other write, so a batch of either is all or nothing and is answered
// only after its commit.

import type Database from "better-sqlite3";
import type { Issue } from "dialogporten-events";
import type { QuarantineCode, ReplayResult } from "./store.js";
import type { ReplayItem } from "./writer-protocol.js";

export interface Maintenance {
  prune(before: string, limit: number): number;
  replay(at: string, items: ReplayItem[]): ReplayResult[];
  quarantineBatch(afterId: number, ids: number[] | null, limit: number): [number, string][];
}

export function prepareMaintenance(db: Database.Database): Maintenance {
  const q = {
    // Oldest first through the partial index `inbox_processed`. The window counts from processing, which
    // is never before receipt, so redeliveries (which follow the receipt) always find the item; receipt is
    // checked as well only in case the clocks that wrote the two times disagree (PostgreSQL, two instances).
    prune: db.prepare(
      `DELETE FROM inbox WHERE id IN (
         SELECT id FROM inbox WHERE status = 'processed' AND processed_at < ? AND received_at < ?
         ORDER BY processed_at LIMIT ?)
       RETURNING kind`,
    ),
    bump: db.prepare(
      "INSERT INTO counters (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = value + excluded.value",
    ),
    all: db.prepare("SELECT id, body FROM quarantine WHERE id > ? ORDER BY id LIMIT ?").raw(),
    some: db
      .prepare(
        `SELECT id, body FROM quarantine WHERE id > ? AND id IN (SELECT value FROM json_each(?))
         ORDER BY id LIMIT ?`,
      )
      .raw(),
    take: db.prepare("DELETE FROM quarantine WHERE id = ?"),
    refresh: db.prepare("UPDATE quarantine SET code = ?, type = ?, issues = ? WHERE id = ?"),
    insertInbox: db.prepare(
      `INSERT INTO inbox (source, event_id, type, kind, body, warnings, received_at, next_attempt_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source, event_id) DO NOTHING`,
    ),
    findInbox: db.prepare("SELECT id FROM inbox WHERE source = ? AND event_id = ?").pluck(),
  };

  return {
    prune(before, limit): number {
      const kinds = q.prune.all(before, before, limit) as { kind: string }[];
      if (kinds.length === 0) return 0;
      // Counted, so `/api/stats` totals do not shrink (see `ConsumerStats.pruned`).
      q.bump.run("pruned", kinds.length);
      for (const kind of ["unknown", "subscription-validation"]) {
        const n = kinds.filter((k) => k.kind === kind).length;
        if (n > 0) q.bump.run(`pruned:${kind}`, n);
      }
      return kinds.length;
    },

    replay(at, items): ReplayResult[] {
      let duplicates = 0;
      const results = items.map(([quarantineId, row]): ReplayResult => {
        if (row[0] === 0) {
          // Still refused: keep the body as it came, refresh what the current contract says about it.
          const [, code, type, issues] = row;
          if (q.refresh.run(code, type, issues, quarantineId).changes === 0) {
            return { quarantineId, outcome: "gone" };
          }
          return {
            quarantineId,
            outcome: "quarantined",
            code: code as QuarantineCode,
            issues: JSON.parse(issues) as Issue[],
          };
        }
        // The row is read before this write; a concurrent replay may have taken it meanwhile.
        if (q.take.run(quarantineId).changes === 0) return { quarantineId, outcome: "gone" };
        const [, source, eventId, type, kind, body, warnings] = row;
        const info = q.insertInbox.run(source, eventId, type, kind, body, warnings, at, at);
        if (info.changes === 1) {
          return { quarantineId, outcome: "accepted", inboxId: Number(info.lastInsertRowid) };
        }
        duplicates++;
        return { quarantineId, outcome: "duplicate", inboxId: q.findInbox.get(source, eventId) as number };
      });
      // As for a redelivery: `received` in `/api/stats` stays the same when a row moves out of quarantine.
      if (duplicates > 0) q.bump.run("duplicates", duplicates);
      return results;
    },

    quarantineBatch(afterId, ids, limit) {
      const rows = ids ? q.some.all(afterId, JSON.stringify(ids), limit) : q.all.all(afterId, limit);
      return rows as [number, string][];
    },
  };
}
