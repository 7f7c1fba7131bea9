// Inbox retention in PostgreSQL: one bounded batch of deletes, in the caller's transaction. Several instances
// may prune at once; `SKIP LOCKED` lets each take other rows instead of waiting on (or deadlocking with)
// another's batch.

import type { PoolClient } from "pg";

/**
 * Deletes up to `limit` processed items received and processed before `before` (oldest first, through the
 * partial index `inbox_processed`) and counts them, so `/api/stats` totals do not shrink. The window counts
 * from processing, which is never before receipt, so the broker's redeliveries (which follow the receipt)
 * always find the item; receipt is checked as well in case two instances' clocks disagree. Pending and
 * failed items are never touched.
 */
export async function pruneInbox(client: PoolClient, before: Date, limit: number): Promise<number> {
  const { rows } = await client.query<{ kind: string }>(
    `DELETE FROM inbox WHERE id IN (
       SELECT id FROM inbox WHERE status = 'processed' AND processed_at < $1 AND received_at < $1
       ORDER BY processed_at LIMIT $2 FOR UPDATE SKIP LOCKED)
     RETURNING kind`,
    [before, limit],
  );
  if (rows.length === 0) return 0;
  const counts: [string, number][] = [["pruned", rows.length]];
  for (const kind of ["unknown", "subscription-validation"]) {
    const n = rows.filter((r) => r.kind === kind).length;
    if (n > 0) counts.push([`pruned:${kind}`, n]);
  }
  await client.query(
    `INSERT INTO counters (name, value) SELECT * FROM unnest($1::text[], $2::bigint[])
     ON CONFLICT (name) DO UPDATE SET value = counters.value + excluded.value`,
    [counts.map((c) => c[0]), counts.map((c) => c[1])],
  );
  return rows.length;
}
