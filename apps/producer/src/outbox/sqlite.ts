import { mkdirSync } from "node:fs";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { matches } from "../subscriptions/filters.js";
import { migrate } from "./migrations.js";
import { type SubscriptionRow, toSubscription } from "./rows.js";
import { claimDue, finish } from "./sqlite-deliveries.js";
import { counts, listDeliveries, statsByType } from "./sqlite-reports.js";
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
    return claimDue(this.db, subscriptionId, limit, now, leaseUntil);
  }

  async nextDueAt() {
    const row = this.db
      .prepare(
        "SELECT MIN(MAX(next_attempt_at, claimed_until)) AS at FROM deliveries WHERE status = 'pending'",
      )
      .get() as { at: number | null };
    return row.at ?? undefined;
  }

  async markDelivered(delivery: Claimed, attempt: Attempt) {
    return finish(this.db, delivery, "delivered", attempt, attempt.at);
  }

  async scheduleRetry(delivery: Claimed, attempt: Attempt, nextAttemptAt: number) {
    return finish(this.db, delivery, "pending", attempt, nextAttemptAt);
  }

  async markDead(delivery: Claimed, attempt: Attempt) {
    return finish(this.db, delivery, "dead", attempt, attempt.at);
  }

  async releaseClaims() {
    return this.db
      .prepare(
        "UPDATE deliveries SET claimed_until = 0, claim = NULL WHERE status = 'pending' AND claimed_until > 0",
      )
      .run().changes;
  }

  async listDeliveries(filter: {
    status?: DeliveryStatus;
    subscriptionId?: number;
    limit?: number;
    after?: number;
  }) {
    return listDeliveries(this.db, filter);
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
    return counts(this.db);
  }

  async statsByType(): Promise<TypeStats[]> {
    return statsByType(this.db);
  }

  async close() {
    this.db.close();
  }
}
