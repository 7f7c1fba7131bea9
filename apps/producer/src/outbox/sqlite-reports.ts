// Read-only views of the SQLite outbox: the delivery list and the counts behind the API and the demo.

import type BetterSqlite3 from "better-sqlite3";
import { type DeliveryRow, toDelivery } from "./rows.js";
import type { DeliveryStatus, OutboxCounts, TypeStats } from "./store.js";

/** A delivery with its event and endpoint. */
export const DELIVERY_SELECT = `
  SELECT d.*, e.id AS event_id, e.type, e.body, s.end_point
  FROM deliveries d JOIN events e ON e.seq = d.event_seq LEFT JOIN subscriptions s ON s.id = d.subscription_id`;

export function listDeliveries(
  db: BetterSqlite3.Database,
  filter: { status?: DeliveryStatus; subscriptionId?: number; limit?: number; after?: number },
) {
  const where: string[] = [];
  const args: (string | number)[] = [];
  if (filter.status) where.push("d.status = ?") && args.push(filter.status);
  if (filter.subscriptionId !== undefined)
    where.push("d.subscription_id = ?") && args.push(filter.subscriptionId);
  if (filter.after !== undefined) where.push("d.id > ?") && args.push(filter.after);
  const sql = `${DELIVERY_SELECT} ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY d.id LIMIT ?`;
  return (db.prepare(sql).all(...args, filter.limit ?? 1000) as DeliveryRow[]).map(toDelivery);
}

export function counts(db: BetterSqlite3.Database): OutboxCounts {
  const now = Date.now();
  const row = db
    .prepare(
      `SELECT
         (SELECT COUNT(*) FROM events) AS events,
         COALESCE(SUM(status = 'pending' AND attempts = 0), 0) AS pending,
         COALESCE(SUM(status = 'pending' AND attempts > 0), 0) AS retrying,
         COALESCE(SUM(status = 'delivered'), 0) AS delivered,
         COALESCE(SUM(status = 'dead'), 0) AS dead,
         COALESCE(SUM(status = 'pending' AND claimed_until > ?), 0) AS inFlight
       FROM deliveries`,
    )
    .get(now) as OutboxCounts;
  return row;
}

export function statsByType(db: BetterSqlite3.Database): TypeStats[] {
  return db
    .prepare(
      `SELECT e.type,
         COUNT(DISTINCT e.seq) AS published,
         COALESCE(SUM(d.status = 'delivered'), 0) AS delivered,
         COALESCE(SUM(d.attempts > 1 OR (d.status = 'pending' AND d.attempts > 0)), 0) AS retried,
         COALESCE(SUM(CASE WHEN d.attempts > 1 THEN d.attempts - 1 ELSE 0 END), 0)
           + COALESCE(SUM(d.status = 'pending' AND d.attempts > 0), 0) AS retries,
         COALESCE(SUM(d.status = 'dead'), 0) AS dead,
         COALESCE(SUM(d.status = 'pending'), 0) AS pending
       FROM events e LEFT JOIN deliveries d ON d.event_seq = e.seq
       GROUP BY e.type ORDER BY e.type`,
    )
    .all() as TypeStats[];
}
