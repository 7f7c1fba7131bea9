// Subscriptions in the PostgreSQL outbox. Creating one also queues its validation event, so that lives
// with the event inserts in postgres.ts.

import { SCHEMA } from "./pg-migrations.js";
import type { PgDatabase } from "./pg-pool.js";
import { type SubscriptionRow, toSubscription } from "./rows.js";
import type { SubscriptionStatus } from "./store.js";

const S = SCHEMA;

export async function listSubscriptions(db: PgDatabase) {
  const { rows } = await db.query<SubscriptionRow>(`SELECT * FROM ${S}.subscriptions ORDER BY id`);
  return rows.map(toSubscription);
}

export async function getSubscription(db: PgDatabase, id: number) {
  if (!Number.isSafeInteger(id)) return undefined;
  const { rows } = await db.query<SubscriptionRow>(`SELECT * FROM ${S}.subscriptions WHERE id = $1`, [id]);
  return rows[0] && toSubscription(rows[0]);
}

export async function deleteSubscription(db: PgDatabase, id: number) {
  if (!Number.isSafeInteger(id)) return false;
  return db.tx(async (c) => {
    const { rowCount } = await c.query(`DELETE FROM ${S}.subscriptions WHERE id = $1`, [id]);
    await c.query(
      `UPDATE ${S}.deliveries SET status = 'cancelled', claim = NULL, lease_until = 0, updated_at = $1
       WHERE subscription_id = $2 AND status = 'pending'`,
      [Date.now(), id],
    );
    return (rowCount ?? 0) > 0;
  });
}

export async function setSubscriptionStatus(
  db: PgDatabase,
  id: number,
  status: SubscriptionStatus,
  now: number,
) {
  await db.query(
    `UPDATE ${S}.subscriptions SET status = $1,
       validated_at = CASE WHEN $1 = 'active' THEN $2 ELSE validated_at END WHERE id = $3`,
    [status, now, id],
  );
}
