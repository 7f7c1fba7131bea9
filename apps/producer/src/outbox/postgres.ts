import type pg from "pg";
import { matches } from "../subscriptions/filters.js";
import { claimDue, finish, replayDead } from "./pg-deliveries.js";
import { migratePostgres, SCHEMA } from "./pg-migrations.js";
import { classifyPgError, PgDatabase, type PostgresOutboxOptions } from "./pg-pool.js";
import { counts, listDeliveries, statsByType } from "./pg-reports.js";
import {
  deleteSubscription,
  getSubscription,
  listSubscriptions,
  setSubscriptionStatus,
} from "./pg-subscriptions.js";
import { type SubscriptionRow, toSubscription } from "./rows.js";
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

export { classifyPgError, type PostgresOutboxOptions };

const S = SCHEMA;

/**
 * The outbox in PostgreSQL, shared by any number of producer instances. A delivery is claimed with
 * `FOR UPDATE SKIP LOCKED` (two instances never claim the same row) plus a lease (`lease_until`) and a
 * claim token: a claim from a killed instance lapses when its lease runs out, and a result is only
 * recorded under the token it was claimed with.
 */
export class PostgresOutbox implements OutboxStore {
  private constructor(private readonly db: PgDatabase) {}

  /** Connects, runs the migrations (under an advisory lock) and returns the store. */
  static async connect(databaseUrl: string, options: PostgresOutboxOptions = {}): Promise<PostgresOutbox> {
    const db = PgDatabase.open(databaseUrl, options);
    try {
      await migratePostgres(db.pool);
    } catch (error) {
      await db.end().catch(() => undefined);
      throw classifyPgError(error);
    }
    return new PostgresOutbox(db);
  }

  async createSubscription(input: NewSubscription, validation: (id: number) => object, now: number) {
    return this.db.tx(async (c) => {
      const { rows } = await c.query<SubscriptionRow>(
        `INSERT INTO ${S}.subscriptions (end_point, resource_filter, subject_filter, type_filter, status, created_at)
         VALUES ($1, $2, $3, $4, 'pending', $5) RETURNING *`,
        [input.endPoint, input.resourceFilter, input.subjectFilter, input.typeFilter, now],
      );
      const row = rows[0] as SubscriptionRow;
      const event = validation(row.id) as { id: string; type: string };
      const seq = await this.insertEvent(c, event, JSON.stringify(event), now);
      await this.insertDeliveries(c, seq, [row.id], now);
      return toSubscription(row);
    });
  }

  listSubscriptions() {
    return listSubscriptions(this.db);
  }

  getSubscription(id: number) {
    return getSubscription(this.db, id);
  }

  deleteSubscription(id: number) {
    return deleteSubscription(this.db, id);
  }

  setSubscriptionStatus(id: number, status: SubscriptionStatus, now: number) {
    return setSubscriptionStatus(this.db, id, status, now);
  }

  async acceptEvent(
    event: { id: string; type: string; resource?: string; subject?: string },
    body: string,
    now: number,
  ): Promise<AcceptedEvent> {
    return this.db.tx(async (c) => {
      const seq = await this.insertEvent(c, event, body, now);
      const { rows } = await c.query<SubscriptionRow>(
        `SELECT * FROM ${S}.subscriptions WHERE status = 'active'`,
      );
      const ids = rows
        .map(toSubscription)
        .filter((s) => matches(s, event))
        .map((s) => s.id);
      await this.insertDeliveries(c, seq, ids, now);
      return { seq, deliveries: ids.length };
    });
  }

  private async insertEvent(
    c: pg.PoolClient,
    event: { id: string; type: string; resource?: string; subject?: string },
    body: string,
    now: number,
  ) {
    const { rows } = await c.query<{ seq: number }>(
      `INSERT INTO ${S}.events (id, type, resource, subject, body, accepted_at)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING seq`,
      [event.id, event.type, event.resource ?? null, event.subject ?? null, body, now],
    );
    return (rows[0] as { seq: number }).seq;
  }

  private async insertDeliveries(c: pg.PoolClient, seq: number, subscriptionIds: number[], now: number) {
    if (subscriptionIds.length === 0) return;
    await c.query(
      `INSERT INTO ${S}.deliveries (event_seq, subscription_id, status, next_attempt_at, updated_at)
       SELECT $1, sub, 'pending', $3, $3 FROM unnest($2::bigint[]) AS sub`,
      [seq, subscriptionIds, now],
    );
  }

  async dueSubscriptions(now: number) {
    const { rows } = await this.db.query<{ id: number }>(
      `SELECT DISTINCT subscription_id AS id FROM ${S}.deliveries
       WHERE status = 'pending' AND next_attempt_at <= $1 AND lease_until <= $1`,
      [now],
    );
    return rows.map((r) => r.id);
  }

  claimDue(subscriptionId: number, limit: number, now: number, leaseUntil: number) {
    return claimDue(this.db, subscriptionId, limit, now, leaseUntil);
  }

  async nextDueAt() {
    const { rows } = await this.db.query<{ at: number | null }>(
      `SELECT MIN(GREATEST(next_attempt_at, lease_until)) AS at FROM ${S}.deliveries WHERE status = 'pending'`,
    );
    return rows[0]?.at ?? undefined;
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

  /** Shared outbox: claims belong to instances that may be alive; they lapse with their lease instead. */
  async releaseClaims() {
    return 0;
  }

  async listDeliveries(filter: {
    status?: DeliveryStatus;
    subscriptionId?: number;
    limit?: number;
    after?: number;
  }) {
    return listDeliveries(this.db, filter);
  }

  replayDead(ids: number[] | undefined, now: number) {
    return replayDead(this.db, ids, now);
  }

  async counts(): Promise<OutboxCounts> {
    return counts(this.db);
  }

  async statsByType(): Promise<TypeStats[]> {
    return statsByType(this.db);
  }

  async close() {
    await this.db.end();
  }
}
