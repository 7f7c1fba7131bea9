import { randomUUID } from "node:crypto";
import pg from "pg";
import { matches } from "../subscriptions/filters.js";
import { migratePostgres, SCHEMA } from "./pg-migrations.js";
import { type DeliveryRow, type SubscriptionRow, toDelivery, toSubscription } from "./rows.js";
import {
  type AcceptedEvent,
  type Attempt,
  type Claimed,
  type DeliveryStatus,
  type NewSubscription,
  type OutboxCounts,
  type OutboxStore,
  StoreUnavailableError,
  type SubscriptionStatus,
  type TypeStats,
} from "./store.js";

const S = SCHEMA;
/** A delivery with its event and endpoint; `d` names the deliveries row. */
const deliveryColumns = (d: string) =>
  `${d}.id, ${d}.event_seq, ${d}.subscription_id, ${d}.status, ${d}.attempts, ${d}.next_attempt_at,
   ${d}.last_status, ${d}.last_error, ${d}.updated_at, ${d}.claim, e.id AS event_id, e.type, e.body, s.end_point`;
const DELIVERY_FROM = `${S}.deliveries d JOIN ${S}.events e ON e.seq = d.event_seq
  LEFT JOIN ${S}.subscriptions s ON s.id = d.subscription_id`;

/** BIGINT ids and millisecond times fit a double; read them as numbers rather than strings. */
const types = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === pg.types.builtins.INT8 && format !== "binary") return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

const ignore = () => undefined;

/** SQLSTATE classes that mean "the database is not there right now" rather than "this query is wrong". */
const UNAVAILABLE_CLASSES = ["08", "53", "57"];

/** Connection-level failures become StoreUnavailableError (the API answers 503); query bugs stay as they are. */
export function classifyPgError(error: unknown): unknown {
  if (error instanceof StoreUnavailableError) return error;
  if (error instanceof pg.DatabaseError) {
    const code = error.code ?? "";
    if (!UNAVAILABLE_CLASSES.includes(code.slice(0, 2))) return error;
  }
  const message = error instanceof Error ? error.message : String(error);
  return new StoreUnavailableError(`PostgreSQL is unavailable: ${message}`, { cause: error });
}

export interface PostgresOutboxOptions {
  /** Pool size per instance. */
  maxConnections?: number;
  /** How long getting a connection may take before the operation fails as unavailable. */
  connectTimeoutMs?: number;
  /** Client-side cap on one query, so a black-holed connection cannot hang a publish forever. */
  queryTimeoutMs?: number;
}

/**
 * The outbox in PostgreSQL, shared by any number of producer instances. A delivery is claimed with
 * `FOR UPDATE SKIP LOCKED` (two instances never claim the same row) plus a lease (`lease_until`) and a
 * claim token: a claim from a killed instance lapses when its lease runs out, and a result is only
 * recorded under the token it was claimed with.
 */
export class PostgresOutbox implements OutboxStore {
  private constructor(private readonly pool: pg.Pool) {}

  /** Connects, runs the migrations (under an advisory lock) and returns the store. */
  static async connect(databaseUrl: string, options: PostgresOutboxOptions = {}): Promise<PostgresOutbox> {
    const pool = new pg.Pool({
      connectionString: databaseUrl,
      max: options.maxConnections ?? 10,
      connectionTimeoutMillis: options.connectTimeoutMs ?? 3000,
      query_timeout: options.queryTimeoutMs ?? 15_000,
      idleTimeoutMillis: 10_000,
      keepAlive: true,
      application_name: "dialogporten-producer",
      types,
    });
    // An idle connection that breaks (server restart, cut network) is reported here; without a listener
    // it would crash the process. The next query gets a fresh connection or fails as unavailable.
    pool.on("error", () => undefined);
    try {
      await migratePostgres(pool);
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw classifyPgError(error);
    }
    return new PostgresOutbox(pool);
  }

  private async query<R extends pg.QueryResultRow>(sql: string, params: unknown[] = []) {
    try {
      return await this.pool.query<R>(sql, params);
    } catch (error) {
      throw classifyPgError(error);
    }
  }

  /** Runs `fn` in one transaction: either all of it is committed or none of it. */
  private async tx<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      throw classifyPgError(error);
    }
    // A checked-out client has no pool listener: a connection that breaks between two statements (no query
    // running to receive the error) would be an uncaught 'error' event and end the process. The next
    // statement fails instead, and the transaction with it.
    client.on("error", ignore);
    try {
      await client.query("BEGIN");
      const result = await fn(client);
      await client.query("COMMIT");
      client.off("error", ignore);
      client.release();
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      client.off("error", ignore);
      // A connection that failed mid-transaction is not trusted again.
      client.release(true);
      throw classifyPgError(error);
    }
  }

  async createSubscription(input: NewSubscription, validation: (id: number) => object, now: number) {
    return this.tx(async (c) => {
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

  async listSubscriptions() {
    const { rows } = await this.query<SubscriptionRow>(`SELECT * FROM ${S}.subscriptions ORDER BY id`);
    return rows.map(toSubscription);
  }

  async getSubscription(id: number) {
    if (!Number.isSafeInteger(id)) return undefined;
    const { rows } = await this.query<SubscriptionRow>(`SELECT * FROM ${S}.subscriptions WHERE id = $1`, [
      id,
    ]);
    return rows[0] && toSubscription(rows[0]);
  }

  async deleteSubscription(id: number) {
    if (!Number.isSafeInteger(id)) return false;
    return this.tx(async (c) => {
      const { rowCount } = await c.query(`DELETE FROM ${S}.subscriptions WHERE id = $1`, [id]);
      await c.query(
        `UPDATE ${S}.deliveries SET status = 'cancelled', claim = NULL, lease_until = 0, updated_at = $1
         WHERE subscription_id = $2 AND status = 'pending'`,
        [Date.now(), id],
      );
      return (rowCount ?? 0) > 0;
    });
  }

  async setSubscriptionStatus(id: number, status: SubscriptionStatus, now: number) {
    await this.query(
      `UPDATE ${S}.subscriptions SET status = $1,
         validated_at = CASE WHEN $1 = 'active' THEN $2 ELSE validated_at END WHERE id = $3`,
      [status, now, id],
    );
  }

  async acceptEvent(
    event: { id: string; type: string; resource?: string; subject?: string },
    body: string,
    now: number,
  ): Promise<AcceptedEvent> {
    return this.tx(async (c) => {
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
    const { rows } = await this.query<{ id: number }>(
      `SELECT DISTINCT subscription_id AS id FROM ${S}.deliveries
       WHERE status = 'pending' AND next_attempt_at <= $1 AND lease_until <= $1`,
      [now],
    );
    return rows.map((r) => r.id);
  }

  async claimDue(subscriptionId: number, limit: number, now: number, leaseUntil: number) {
    if (limit <= 0) return [];
    // One statement: lock due rows no one else holds (SKIP LOCKED), stamp lease and token, return them
    // with their event. A row another instance claimed and committed meanwhile is re-checked against
    // `lease_until <= now` and left out.
    const { rows } = await this.query<DeliveryRow>(
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

  async nextDueAt() {
    const { rows } = await this.query<{ at: number | null }>(
      `SELECT MIN(GREATEST(next_attempt_at, lease_until)) AS at FROM ${S}.deliveries WHERE status = 'pending'`,
    );
    return rows[0]?.at ?? undefined;
  }

  private async finish(delivery: Claimed, status: DeliveryStatus, attempt: Attempt, nextAttemptAt: number) {
    if (delivery.claim === null) return false;
    const { rowCount } = await this.query(
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

  async markDelivered(delivery: Claimed, attempt: Attempt) {
    return this.finish(delivery, "delivered", attempt, attempt.at);
  }

  async scheduleRetry(delivery: Claimed, attempt: Attempt, nextAttemptAt: number) {
    return this.finish(delivery, "pending", attempt, nextAttemptAt);
  }

  async markDead(delivery: Claimed, attempt: Attempt) {
    return this.finish(delivery, "dead", attempt, attempt.at);
  }

  /** Shared outbox: claims belong to instances that may be alive; they lapse with their lease instead. */
  async releaseClaims() {
    return 0;
  }

  async listDeliveries(filter: { status?: DeliveryStatus; subscriptionId?: number; limit?: number }) {
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
    args.push(Number.isSafeInteger(filter.limit) ? filter.limit : 1000);
    const sql = `SELECT ${deliveryColumns("d")} FROM ${DELIVERY_FROM}
      ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY d.id LIMIT $${args.length}`;
    const { rows } = await this.query<DeliveryRow>(sql, args);
    return rows.map(toDelivery);
  }

  async replayDead(ids: number[] | undefined, now: number) {
    const base = `UPDATE ${S}.deliveries SET status = 'pending', attempts = 0, next_attempt_at = $1,
      lease_until = 0, claim = NULL, updated_at = $1 WHERE status = 'dead'`;
    if (!ids) return (await this.query(base, [now])).rowCount ?? 0;
    const valid = ids.filter((id) => Number.isSafeInteger(id));
    if (valid.length === 0) return 0;
    return (await this.query(`${base} AND id = ANY($2::bigint[])`, [now, valid])).rowCount ?? 0;
  }

  async counts(): Promise<OutboxCounts> {
    const { rows } = await this.query<OutboxCounts>(
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

  async statsByType(): Promise<TypeStats[]> {
    const { rows } = await this.query<TypeStats>(
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

  async close() {
    await this.pool.end();
  }
}
