// Quarantine replay in PostgreSQL: one batch in the caller's transaction. The rows are locked while they are
// parsed again and moved, so a crash (or a lost connection) mid-batch rolls all of it back: nothing is lost
// from quarantine and nothing is in the inbox twice.

import type { PoolClient } from "pg";
import { countDuplicates, insertIntoInbox } from "./postgres-inbox.js";
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
    const { inboxId, duplicate } = await insertIntoInbox(client, entry, now);
    results.push({ quarantineId, outcome: duplicate ? "duplicate" : "accepted", inboxId });
    if (duplicate) duplicates++;
  }
  // As for a redelivery: `received` in `/api/stats` stays the same when a row moves out of quarantine.
  await countDuplicates(client, duplicates);
  return results;
}
