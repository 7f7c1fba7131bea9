// Read-only views of the PostgreSQL outbox: the delivery list and the counts behind the API and the demo.

import { SCHEMA } from "./pg-migrations.js";
import type { PgDatabase } from "./pg-pool.js";
import { type DeliveryRow, toDelivery } from "./rows.js";
import type { DeliveryStatus, OutboxCounts, TypeStats } from "./store.js";

const S = SCHEMA;

/** A delivery with its event and endpoint; `d` names the deliveries row. */
export const deliveryColumns = (d: string) =>
  `${d}.id, ${d}.event_seq, ${d}.subscription_id, ${d}.status, ${d}.attempts, ${d}.next_attempt_at,
   ${d}.last_status, ${d}.last_error, ${d}.updated_at, ${d}.claim, e.id AS event_id, e.type, e.body, s.end_point`;
const DELIVERY_FROM = `${S}.deliveries d JOIN ${S}.events e ON e.seq = d.event_seq
  LEFT JOIN ${S}.subscriptions s ON s.id = d.subscription_id`;

export async function listDeliveries(
  db: PgDatabase,
  filter: { status?: DeliveryStatus; subscriptionId?: number; limit?: number; after?: number },
) {
  const where: string[] = [];
  const args: unknown[] = [];
  if (filter.status) {
    args.push(filter.status);
    where.push(`d.status = $${args.length}`);
  }
  if (filter.subscriptionId !== undefined) {
    if (!Number.isSafeInteger(filter.subscriptionId)) return [];
    args.push(filter.subscriptionId);
    where.push(`d.subscription_id = $${args.length}`);
  }
  if (filter.after !== undefined) {
    args.push(filter.after);
    where.push(`d.id > $${args.length}`);
  }
  args.push(Number.isSafeInteger(filter.limit) ? filter.limit : 1000);
  const sql = `SELECT ${deliveryColumns("d")} FROM ${DELIVERY_FROM}
    ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY d.id LIMIT $${args.length}`;
  const { rows } = await db.query<DeliveryRow>(sql, args);
  return rows.map(toDelivery);
}

export async function counts(db: PgDatabase): Promise<OutboxCounts> {
  const { rows } = await db.query<OutboxCounts>(
    `SELECT
       (SELECT COUNT(*) FROM ${S}.events) AS events,
       COUNT(*) FILTER (WHERE status = 'pending' AND attempts = 0) AS pending,
       COUNT(*) FILTER (WHERE status = 'pending' AND attempts > 0) AS retrying,
       COUNT(*) FILTER (WHERE status = 'delivered') AS delivered,
       COUNT(*) FILTER (WHERE status = 'dead') AS dead,
       COUNT(*) FILTER (WHERE status = 'pending' AND lease_until > $1) AS "inFlight"
     FROM ${S}.deliveries`,
    [Date.now()],
  );
  return rows[0] as OutboxCounts;
}

export async function statsByType(db: PgDatabase): Promise<TypeStats[]> {
  const { rows } = await db.query<TypeStats>(
    `SELECT e.type,
       COUNT(DISTINCT e.seq) AS published,
       COUNT(d.id) FILTER (WHERE d.status = 'delivered') AS delivered,
       COUNT(d.id) FILTER (WHERE d.attempts > 1 OR (d.status = 'pending' AND d.attempts > 0)) AS retried,
       (COALESCE(SUM(GREATEST(d.attempts - 1, 0)), 0)
         + COUNT(d.id) FILTER (WHERE d.status = 'pending' AND d.attempts > 0))::bigint AS retries,
       COUNT(d.id) FILTER (WHERE d.status = 'dead') AS dead,
       COUNT(d.id) FILTER (WHERE d.status = 'pending') AS pending
     FROM ${S}.events e LEFT JOIN ${S}.deliveries d ON d.event_seq = e.seq
     GROUP BY e.type ORDER BY e.type`,
  );
  return rows;
}
