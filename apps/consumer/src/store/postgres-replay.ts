// Quarantine replay in PostgreSQL: one batch in the caller's transaction. The rows are locked while they are
// parsed again and moved, so a crash (or a lost connection) mid-batch rolls all of it back: nothing is lost
// from quarantine and nothing is in the inbox twice.

import type { PoolClient } from "pg";
import { withoutNul } from "./postgres-migrations.js";
import type { DeliveryEntry, QuarantineBatch, ReplayResult } from "./store.js";

export async function replayQuarantine(
  client: PoolClient,
  batch: QuarantineBatch,
  reparse: (body: string) => DeliveryEntry,
  now: Date,
): Promise<ReplayResult[]> {
  const ids = batch.ids ? batch.ids.filter(Number.isSafeInteger) : null;
  // SKIP LOCKED: rows another instance is replaying right now are its business; this one takes the others.
  const { rows } = await client.query<{ id: string; body: Buffer }>(
    `SELECT id, body FROM quarantine WHERE id > $1 AND ($2::bigint[] IS NULL OR id = ANY($2::bigint[]))
     ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED`,
    [batch.afterId, ids, batch.limit],
  );
  const results: ReplayResult[] = [];
  let duplicates = 0;
  for (const row of rows) {
    const quarantineId = Number(row.id);
    const entry = reparse(row.body.toString("utf8"));
    if (entry.outcome === "quarantine") {
      // Still refused: keep the body as it came, refresh what the current contract says about it.
      await client.query("UPDATE quarantine SET code = $1, type = $2, issues = $3 WHERE id = $4", [
        entry.code,
        entry.type === undefined ? null : withoutNul(entry.type),
        JSON.stringify(entry.issues),
        quarantineId,
      ]);
      results.push({ quarantineId, outcome: "quarantined", code: entry.code, issues: entry.issues });
      continue;
    }
    await client.query("DELETE FROM quarantine WHERE id = $1", [quarantineId]);
    const inserted = await client.query<{ id: string }>(
      `INSERT INTO inbox (source, event_id, type, kind, body, warnings, received_at, next_attempt_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $7) ON CONFLICT (source, event_id) DO NOTHING RETURNING id`,
      [
        entry.source,
        entry.eventId,
        entry.type,
        entry.kind,
        JSON.stringify(entry.event),
        JSON.stringify(entry.warnings),
        now,
      ],
    );
    if (inserted.rows[0]) {
      results.push({ quarantineId, outcome: "accepted", inboxId: Number(inserted.rows[0].id) });
      continue;
    }
    const found = await client.query<{ id: string }>(
      "SELECT id FROM inbox WHERE source = $1 AND event_id = $2",
      [entry.source, entry.eventId],
    );
    results.push({ quarantineId, outcome: "duplicate", inboxId: Number(found.rows[0]?.id) });
    duplicates++;
  }
  // As for a redelivery: `received` in `/api/stats` stays the same when a row moves out of quarantine.
  if (duplicates > 0) {
    await client.query(
      `INSERT INTO counters (name, value) VALUES ('duplicates', $1)
       ON CONFLICT (name) DO UPDATE SET value = counters.value + excluded.value`,
      [duplicates],
    );
  }
  return results;
}
