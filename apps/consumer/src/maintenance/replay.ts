// Quarantine replay: every quarantined body (or the given ones) parsed again with today's contract, in
// batches of one store transaction each. A body that passes now moves into the inbox and is processed like
// a delivery; an event already there counts as duplicate and leaves quarantine too; the rest stay, with the
// issues the current contract finds. A crash mid-replay loses nothing: each batch is all or nothing, and a
// second replay picks up what is still in quarantine.

import { parseEvent } from "dialogporten-events";
import { toEntry } from "../intake/entries.js";
import { DEFAULT_MAX_JSON_DEPTH, tooDeep } from "../intake/input-bounds.js";
import type { Metrics } from "../metrics.js";
import type { DeliveryEntry, Store } from "../store/store.js";

export interface ReplayCounts {
  accepted: number;
  duplicate: number;
  /** Still refused by the current contract; left in quarantine with refreshed issues. */
  quarantined: number;
  /** Given ids that name no quarantined delivery (or that a concurrent replay took). */
  missing: number;
  /** The new inbox ids, in quarantine id order. */
  inboxIds: number[];
}

export const REPLAY_BATCH = 100;

/**
 * The contract the webhook applies, applied to a stored body (JSON, or the raw text when it was not JSON):
 * the depth bound first, as for a structured delivery.
 */
export function reparse(body: string, maxJsonDepth = DEFAULT_MAX_JSON_DEPTH): DeliveryEntry {
  const bytes = Buffer.from(body, "utf8");
  return toEntry(tooDeep(bytes, maxJsonDepth, 0) ?? parseEvent(bytes), bytes);
}

export async function replayQuarantine(
  store: Store,
  metrics: Metrics,
  ids: readonly number[] | undefined,
  batchSize = REPLAY_BATCH,
  maxJsonDepth = DEFAULT_MAX_JSON_DEPTH,
): Promise<ReplayCounts> {
  const counts: ReplayCounts = { accepted: 0, duplicate: 0, quarantined: 0, missing: 0, inboxIds: [] };
  const wanted = ids ? [...new Set(ids)].sort((a, b) => a - b) : undefined;
  const handled = new Set<number>();
  // By id: a row that stays in quarantine is behind the cursor, so no batch sees it twice.
  for (let afterId = 0; ; ) {
    // Read, parse here (the contract is the caller's business, not the store's), then one write that moves
    // or refreshes each row if it is still there. Bodies never change, so parsing between the two is safe.
    const rows = await store.quarantineBatch({ afterId, ids: wanted, limit: batchSize });
    if (rows.length === 0) break;
    const results = await store.replay(
      rows.map((row) => ({ quarantineId: row.id, entry: reparse(row.body, maxJsonDepth) })),
      new Date(),
    );
    for (const result of results) {
      afterId = Math.max(afterId, result.quarantineId);
      if (result.outcome === "gone") continue;
      handled.add(result.quarantineId);
      counts[result.outcome]++;
      metrics.count(metrics.replayed, result.outcome);
      if (result.outcome === "accepted") counts.inboxIds.push(result.inboxId);
    }
  }
  if (wanted) counts.missing = wanted.filter((id) => !handled.has(id)).length;
  return counts;
}
