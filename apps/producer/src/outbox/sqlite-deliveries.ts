// The delivery lifecycle in the SQLite outbox: claiming due rows under a lease and a token, and recording
// each attempt's outcome under that token.

import { randomUUID } from "node:crypto";
import type BetterSqlite3 from "better-sqlite3";
import { type DeliveryRow, toDelivery } from "./rows.js";
import { DELIVERY_SELECT } from "./sqlite-reports.js";
import type { Attempt, Claimed, DeliveryStatus } from "./store.js";

export function claimDue(
  db: BetterSqlite3.Database,
  subscriptionId: number,
  limit: number,
  now: number,
  leaseUntil: number,
) {
  return db.transaction(() => {
    const ids = (
      db
        .prepare(
          `SELECT id FROM deliveries
           WHERE subscription_id = ? AND status = 'pending' AND next_attempt_at <= ? AND claimed_until <= ?
           ORDER BY next_attempt_at, id LIMIT ?`,
        )
        .all(subscriptionId, now, now, limit) as { id: number }[]
    ).map((r) => r.id);
    if (ids.length === 0) return [];
    const marks = ids.map(() => "?").join(",");
    db.prepare(`UPDATE deliveries SET claimed_until = ?, claim = ? WHERE id IN (${marks})`).run(
      leaseUntil,
      randomUUID(),
      ...ids,
    );
    const rows = db
      .prepare(`${DELIVERY_SELECT} WHERE d.id IN (${marks}) ORDER BY d.id`)
      .all(...ids) as DeliveryRow[];
    return rows.map(toDelivery);
  })();
}

/** Records an attempt's outcome, but only under the claim token the delivery was claimed with. */
export function finish(
  db: BetterSqlite3.Database,
  delivery: Claimed,
  status: DeliveryStatus,
  attempt: Attempt,
  nextAttemptAt: number,
) {
  if (delivery.claim === null) return false;
  const { changes } = db
    .prepare(
      `UPDATE deliveries SET status = ?, attempts = ?, last_status = ?, last_error = ?, next_attempt_at = ?,
         claimed_until = 0, claim = NULL, updated_at = ?
       WHERE id = ? AND status = 'pending' AND claim = ?`,
    )
    .run(
      status,
      attempt.attempts,
      attempt.status,
      attempt.error,
      nextAttemptAt,
      attempt.at,
      delivery.id,
      delivery.claim,
    );
  return changes > 0;
}
