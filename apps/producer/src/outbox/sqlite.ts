import { randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { matches } from "../subscriptions/filters.js";
import { migrate } from "./migrations.js";
import { type DeliveryRow, type SubscriptionRow, toDelivery, toSubscription } from "./rows.js";
import type {
  AcceptedEvent,
  Attempt,
  Claimed,
  DeliveryStatus,
  NewSubscription,
  OutboxCounts,
  OutboxStore,
  SubscriptionStatus,
  TypeStats,
} from "./store.js";

const DELIVERY_SELECT = `
  SELECT d.*, e.id AS event_id, e.type, e.body, s.end_point
  FROM deliveries d JOIN events e ON e.seq = d.event_seq LEFT JOIN subscriptions s ON s.id = d.subscription_id`;

/**
 * The outbox in one SQLite file. WAL with synchronous=FULL: a publish is answered only after its
 * transaction is on disk, so a SIGKILL (or power loss) right after the answer loses nothing.
 */
export class SqliteOutbox implements OutboxStore {
  private readonly db: BetterSqlite3.Database;

  constructor(readonly file: string) {
    this.db = new BetterSqlite3(file);
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("synchronous = FULL");
    this.db.pragma("foreign_keys = ON");
    this.db.pragma("busy_timeout = 5000");
    migrate(this.db);
  }

  static inDirectory(dataDir: string): SqliteOutbox {
    mkdirSync(dataDir, { recursive: true });
    return new SqliteOutbox(join(dataDir, "producer.sqlite"));
  }

  async createSubscription(input: NewSubscription, validation: (id: number) => object, now: number) {
    return this.db.transaction(() => {
      const { lastInsertRowid } = this.db
        .prepare(
          `INSERT INTO subscriptions (end_point, resource_filter, subject_filter, type_filter, status, created_at)
           VALUES (?, ?, ?, ?, 'pending', ?)`,
        )
        .run(input.endPoint, input.resourceFilter, input.subjectFilter, input.typeFilter, now);
      const id = Number(lastInsertRowid);
      const event = validation(id) as { id: string; type: string };
      const seq = this.insertEvent(event, JSON.stringify(event), now);
      this.insertDelivery(seq, id, now);
      return toSubscription(
        this.db.prepare("SELECT * FROM subscriptions WHERE id = ?").get(id) as SubscriptionRow,
      );
    })();
  }

  async listSubscriptions() {
    const rows = this.db.prepare("SELECT * FROM subscriptions ORDER BY id").all() as SubscriptionRow[];
    return rows.map(toSubscription);
  }

  async getSubscription(id: number) {
    const row = this.db.prepare("SELECT * FROM subscriptions WHERE id = ?").get(id) as
      | SubscriptionRow
      | undefined;
    return row && toSubscription(row);
  }

  async deleteSubscription(id: number) {
    return this.db.transaction(() => {
      const { changes } = this.db.prepare("DELETE FROM subscriptions WHERE id = ?").run(id);
      this.db
        .prepare(
          "UPDATE deliveries SET status = 'cancelled', updated_at = ? WHERE subscription_id = ? AND status = 'pending'",
        )
        .run(Date.now(), id);
      return changes > 0;
    })();
  }

  async setSubscriptionStatus(id: number, status: SubscriptionStatus, now: number) {
    this.db
      .prepare(
        "UPDATE subscriptions SET status = ?, validated_at = CASE WHEN ? = 'active' THEN ? ELSE validated_at END WHERE id = ?",
      )
      .run(status, status, now, id);
  }

  async acceptEvent(
    event: { id: string; type: string; resource?: string; subject?: string },
    body: string,
    now: number,
  ): Promise<AcceptedEvent> {
    return this.db.transaction(() => {
      const seq = this.insertEvent(event, body, now);
      const active = (
        this.db.prepare("SELECT * FROM subscriptions WHERE status = 'active'").all() as SubscriptionRow[]
      )
        .map(toSubscription)
        .filter((s) => matches(s, event));
      for (const s of active) this.insertDelivery(seq, s.id, now);
      return { seq, deliveries: active.length };
    })();
  }

  private insertEvent(
    event: { id: string; type: string; resource?: string; subject?: string },
    body: string,
    now: number,
  ) {
    const { lastInsertRowid } = this.db
      .prepare(
        "INSERT INTO events (id, type, resource, subject, body, accepted_at) VALUES (?, ?, ?, ?, ?, ?)",
      )
      .run(event.id, event.type, event.resource ?? null, event.subject ?? null, body, now);
    return Number(lastInsertRowid);
  }

  private insertDelivery(seq: number, subscriptionId: number, now: number) {
    this.db
      .prepare(
        `INSERT INTO deliveries (event_seq, subscription_id, status, next_attempt_at, updated_at)
         VALUES (?, ?, 'pending', ?, ?)`,
      )
      .run(seq, subscriptionId, now, now);
  }

  async dueSubscriptions(now: number) {
    const rows = this.db
      .prepare(
        `SELECT DISTINCT subscription_id AS id FROM deliveries
         WHERE status = 'pending' AND next_attempt_at <= ? AND claimed_until <= ?`,
      )
      .all(now, now) as { id: number }[];
    return rows.map((r) => r.id);
  }

  async claimDue(subscriptionId: number, limit: number, now: number, leaseUntil: number) {
    return this.db.transaction(() => {
      const ids = (
        this.db
          .prepare(
            `SELECT id FROM deliveries
             WHERE subscription_id = ? AND status = 'pending' AND next_attempt_at <= ? AND claimed_until <= ?
             ORDER BY next_attempt_at, id LIMIT ?`,
          )
          .all(subscriptionId, now, now, limit) as { id: number }[]
      ).map((r) => r.id);
      if (ids.length === 0) return [];
      const marks = ids.map(() => "?").join(",");
      this.db
        .prepare(`UPDATE deliveries SET claimed_until = ?, claim = ? WHERE id IN (${marks})`)
        .run(leaseUntil, randomUUID(), ...ids);
      const rows = this.db
        .prepare(`${DELIVERY_SELECT} WHERE d.id IN (${marks}) ORDER BY d.id`)
        .all(...ids) as DeliveryRow[];
      return rows.map(toDelivery);
    })();
  }

  async nextDueAt() {
    const row = this.db
      .prepare(
        "SELECT MIN(MAX(next_attempt_at, claimed_until)) AS at FROM deliveries WHERE status = 'pending'",
      )
      .get() as { at: number | null };
    return row.at ?? undefined;
  }

  private finish(delivery: Claimed, status: DeliveryStatus, attempt: Attempt, nextAttemptAt: number) {
    if (delivery.claim === null) return false;
    const { changes } = this.db
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

  async markDelivered(delivery: Claimed, attempt: Attempt) {
    return this.finish(delivery, "delivered", attempt, attempt.at);
  }

  async scheduleRetry(delivery: Claimed, attempt: Attempt, nextAttemptAt: number) {
    return this.finish(delivery, "pending", attempt, nextAttemptAt);
  }

  async markDead(delivery: Claimed, attempt: Attempt) {
    return this.finish(delivery, "dead", attempt, attempt.at);
  }

  async releaseClaims() {
    return this.db
      .prepare(
        "UPDATE deliveries SET claimed_until = 0, claim = NULL WHERE status = 'pending' AND claimed_until > 0",
      )
      .run().changes;
  }

  async listDeliveries(filter: { status?: DeliveryStatus; subscriptionId?: number; limit?: number }) {
    const where: string[] = [];
    const args: (string | number)[] = [];
    if (filter.status) where.push("d.status = ?") && args.push(filter.status);
    if (filter.subscriptionId !== undefined)
      where.push("d.subscription_id = ?") && args.push(filter.subscriptionId);
    const sql = `${DELIVERY_SELECT} ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY d.id LIMIT ?`;
    return (this.db.prepare(sql).all(...args, filter.limit ?? 1000) as DeliveryRow[]).map(toDelivery);
  }

  async replayDead(ids: number[] | undefined, now: number) {
    const base = `UPDATE deliveries SET status = 'pending', attempts = 0, next_attempt_at = ?, claimed_until = 0,
      claim = NULL, updated_at = ? WHERE status = 'dead'`;
    if (!ids) return this.db.prepare(base).run(now, now).changes;
    if (ids.length === 0) return 0;
    return this.db.prepare(`${base} AND id IN (${ids.map(() => "?").join(",")})`).run(now, now, ...ids)
      .changes;
  }

  async counts(): Promise<OutboxCounts> {
    const now = Date.now();
    const row = this.db
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

  async statsByType(): Promise<TypeStats[]> {
    return this.db
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

  async close() {
    this.db.close();
  }
}
