// The delivery lifecycle in the PostgreSQL outbox: claiming due rows under a lease and a token, recording
// each attempt's outcome under that token, and replaying dead letters.

import { randomUUID } from "node:crypto";
import { SCHEMA } from "./pg-migrations.js";
import type { PgDatabase } from "./pg-pool.js";
import { deliveryColumns } from "./pg-reports.js";
import { type DeliveryRow, toDelivery } from "./rows.js";
import type { Attempt, Claimed, DeliveryStatus } from "./store.js";

const S = SCHEMA;

export async function claimDue(
  db: PgDatabase,
  subscriptionId: number,
  limit: number,
  now: number,
  leaseUntil: number,
) {
  if (limit <= 0) return [];
  // One statement: lock due rows no one else holds (SKIP LOCKED), stamp lease and token, return them
  // with their event. A row another instance claimed and committed meanwhile is re-checked against
  // `lease_until <= now` and left out.
  const { rows } = await db.query<DeliveryRow>(
    `WITH due AS (
       SELECT id FROM ${S}.deliveries
       WHERE subscription_id = $1 AND status = 'pending' AND next_attempt_at <= $2 AND lease_until <= $2
       ORDER BY next_attempt_at, id
       LIMIT $3
       FOR UPDATE SKIP LOCKED
     ), claimed AS (
       UPDATE ${S}.deliveries d SET lease_until = $4, claim = $5
       FROM due WHERE d.id = due.id
       RETURNING d.*
     )
     SELECT ${deliveryColumns("claimed")}
     FROM claimed JOIN ${S}.events e ON e.seq = claimed.event_seq
       LEFT JOIN ${S}.subscriptions s ON s.id = claimed.subscription_id
     ORDER BY claimed.id`,
    [subscriptionId, now, limit, leaseUntil, randomUUID()],
  );
  return rows.map(toDelivery);
}

/** Records an attempt's outcome, but only under the claim token the delivery was claimed with. */
export async function finish(
  db: PgDatabase,
  delivery: Claimed,
  status: DeliveryStatus,
  attempt: Attempt,
  nextAttemptAt: number,
) {
  if (delivery.claim === null) return false;
  const { rowCount } = await db.query(
    `UPDATE ${S}.deliveries SET status = $1, attempts = $2, last_status = $3, last_error = $4,
       next_attempt_at = $5, lease_until = 0, claim = NULL, updated_at = $6
     WHERE id = $7 AND status = 'pending' AND claim = $8`,
    [
      status,
      attempt.attempts,
      attempt.status,
      attempt.error,
      nextAttemptAt,
      attempt.at,
      delivery.id,
      delivery.claim,
    ],
  );
  return (rowCount ?? 0) > 0;
}

export async function replayDead(db: PgDatabase, ids: number[] | undefined, now: number) {
  const base = `UPDATE ${S}.deliveries SET status = 'pending', attempts = 0, next_attempt_at = $1,
    lease_until = 0, claim = NULL, updated_at = $1 WHERE status = 'dead'`;
  if (!ids) return (await db.query(base, [now])).rowCount ?? 0;
  const valid = ids.filter((id) => Number.isSafeInteger(id));
  if (valid.length === 0) return 0;
  return (await db.query(`${base} AND id = ANY($2::bigint[])`, [now, valid])).rowCount ?? 0;
}
