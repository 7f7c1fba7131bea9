// Deliveries: one per event and subscription. Claimed under a lease and a token before the POST, finished
// under the same token after it, so a worker whose lease ran out cannot overwrite a newer claim's result.

import { randomUUID } from "node:crypto";
import { sql } from "@dialogporten-events/db";
import type { Attempt, Claimed, Delivery, DeliveryStatus, OutboxCounts } from "./store.js";
import { type OutboxExecutor, oneIf } from "./tables.js";

export interface DeliveryFilter {
  status?: DeliveryStatus;
  subscriptionId?: number;
  /** Only ids above this one (paging by id). */
  after?: number;
  limit?: number;
}

/** A delivery with its event and endpoint (the subscription may be gone: then the endpoint is null). */
export function selectDeliveries(db: OutboxExecutor) {
  return db.qb
    .selectFrom("deliveries as d")
    .innerJoin("events as e", "e.seq", "d.event_seq")
    .leftJoin("subscriptions as s", "s.id", "d.subscription_id")
    .select([
      "d.id",
      "d.event_seq as eventSeq",
      "e.id as eventId",
      "e.type",
      "d.subscription_id as subscriptionId",
      "s.end_point as endPoint",
      "e.body",
      "d.status",
      "d.attempts",
      "d.next_attempt_at as nextAttemptAt",
      "d.last_status as lastStatus",
      "d.last_error as lastError",
      "d.updated_at as updatedAt",
      "d.lease_owner as claim",
    ]);
}

/** Listing pages by id; a limit that is not a whole number falls back to this. */
const DEFAULT_LIMIT = 1000;

export async function listDeliveries(db: OutboxExecutor, filter: DeliveryFilter): Promise<Delivery[]> {
  const { status, subscriptionId, after, limit } = filter;
  if (subscriptionId !== undefined && !Number.isSafeInteger(subscriptionId)) return [];
  const rows = await db.all(
    selectDeliveries(db)
      .$if(status !== undefined, (q) => q.where("d.status", "=", status as DeliveryStatus))
      .$if(subscriptionId !== undefined, (q) => q.where("d.subscription_id", "=", subscriptionId as number))
      .$if(after !== undefined, (q) => q.where("d.id", ">", after as number))
      .orderBy("d.id")
      .limit(Number.isSafeInteger(limit) ? (limit as number) : DEFAULT_LIMIT),
  );
  return rows as Delivery[];
}

export class DeliveryRepository {
  constructor(private readonly db: OutboxExecutor) {}

  /** One pending delivery of event `seq` per subscription, due now. */
  async queue(seq: number, subscriptionIds: number[], now: number): Promise<void> {
    if (subscriptionIds.length === 0) return;
    await this.db.run(
      this.db.qb.insertInto("deliveries").values(
        subscriptionIds.map((subscription_id) => ({
          event_seq: seq,
          subscription_id,
          status: "pending" as const,
          next_attempt_at: now,
          updated_at: now,
        })),
      ),
    );
  }

  /** Pending, due and not claimed (never claimed, or its lease has run out). */
  private due(now: number) {
    return this.db.qb
      .selectFrom("deliveries")
      .where("status", "=", "pending")
      .where("next_attempt_at", "<=", now)
      .where((eb) => eb.or([eb("lease_until", "is", null), eb("lease_until", "<=", now)]));
  }

  /** Subscriptions that have deliveries due and not claimed. */
  async dueSubscriptions(now: number): Promise<number[]> {
    const rows = await this.db.all(this.due(now).select("subscription_id as id").distinct());
    return rows.map((r) => r.id);
  }

  /**
   * Claims up to `limit` due deliveries of one subscription until `leaseUntil`, under a fresh token. On
   * PostgreSQL the rows are locked with SKIP LOCKED, so instances claiming at once never take the same row;
   * a row another instance claimed meanwhile is re-checked against its lease and left out.
   */
  async claimDue(
    subscriptionId: number,
    limit: number,
    now: number,
    leaseUntil: number,
  ): Promise<Delivery[]> {
    if (limit <= 0) return [];
    const token = randomUUID();
    const claimed = await this.db.run(
      this.db.qb
        .with("claim", () =>
          this.due(now)
            .select("id")
            .where("subscription_id", "=", subscriptionId)
            .orderBy("next_attempt_at")
            .orderBy("id")
            .limit(limit)
            .$if(this.db.dialect === "postgres", (q) => q.forUpdate().skipLocked()),
        )
        .updateTable("deliveries")
        .set({ lease_owner: token, lease_until: leaseUntil })
        .where("id", "in", (eb) => eb.selectFrom("claim").select("id")),
    );
    if (claimed === 0) return [];
    const rows = await this.db.all(
      selectDeliveries(this.db).where("d.lease_owner", "=", token).orderBy("d.id"),
    );
    return rows as Delivery[];
  }

  /** When the next unclaimed delivery falls due, if any. */
  async nextDueAt(): Promise<number | undefined> {
    const row = await this.db.first(
      this.db.qb
        .selectFrom("deliveries")
        .select(
          sql<
            number | null
          >`MIN(CASE WHEN lease_until > next_attempt_at THEN lease_until ELSE next_attempt_at END)`.as("at"),
        )
        .where("status", "=", "pending"),
    );
    return row?.at ?? undefined;
  }

  /**
   * The three ways to record an attempt. Each applies only while `delivery.claim` is still the delivery's
   * claim and it is pending; false means the result was dropped (the claim was lost).
   */
  markDelivered(delivery: Claimed, attempt: Attempt): Promise<boolean> {
    return this.finish(delivery, "delivered", attempt, attempt.at);
  }

  scheduleRetry(delivery: Claimed, attempt: Attempt, nextAttemptAt: number): Promise<boolean> {
    return this.finish(delivery, "pending", attempt, nextAttemptAt);
  }

  markDead(delivery: Claimed, attempt: Attempt): Promise<boolean> {
    return this.finish(delivery, "dead", attempt, attempt.at);
  }

  private async finish(delivery: Claimed, status: DeliveryStatus, attempt: Attempt, nextAttemptAt: number) {
    if (delivery.claim === null) return false;
    const changed = await this.db.run(
      this.db.qb
        .updateTable("deliveries")
        .set({
          status,
          attempts: attempt.attempts,
          last_status: attempt.status,
          last_error: attempt.error,
          next_attempt_at: nextAttemptAt,
          lease_owner: null,
          lease_until: null,
          updated_at: attempt.at,
        })
        .where("id", "=", delivery.id)
        .where("status", "=", "pending")
        .where("lease_owner", "=", delivery.claim),
    );
    return changed > 0;
  }

  /** Frees every claim: for the sole owner of the outbox, whose previous run died mid-delivery. */
  releaseClaims(): Promise<number> {
    return this.db.run(
      this.db.qb
        .updateTable("deliveries")
        .set({ lease_owner: null, lease_until: null })
        .where("status", "=", "pending")
        .where("lease_until", "is not", null),
    );
  }

  /** Cancels what is still queued for a subscription, claimed or not. */
  cancelFor(subscriptionId: number, now: number): Promise<number> {
    return this.db.run(
      this.db.qb
        .updateTable("deliveries")
        .set({ status: "cancelled", lease_owner: null, lease_until: null, updated_at: now })
        .where("subscription_id", "=", subscriptionId)
        .where("status", "=", "pending"),
    );
  }

  list(filter: DeliveryFilter): Promise<Delivery[]> {
    return listDeliveries(this.db, filter);
  }

  /** The outbox's depth by state; in flight: claimed with a lease that has not run out at `now`. */
  async counts(now: number): Promise<OutboxCounts> {
    const sum = (condition: ReturnType<typeof sql>) => sql<number>`COALESCE(SUM(${oneIf(condition)}), 0)`;
    const row = await this.db.first(
      this.db.qb
        .selectFrom("deliveries")
        .select((eb) => [
          eb.selectFrom("events").select(eb.fn.countAll<number>().as("n")).as("events"),
          sum(sql`status = 'pending' AND attempts = 0`).as("pending"),
          sum(sql`status = 'pending' AND attempts > 0`).as("retrying"),
          sum(sql`status = 'delivered'`).as("delivered"),
          sum(sql`status = 'dead'`).as("dead"),
          sum(sql`status = 'pending' AND lease_until > ${now}`).as("inFlight"),
        ]),
    );
    const r = row as Record<keyof OutboxCounts, number | null>;
    return {
      events: Number(r.events),
      pending: Number(r.pending),
      retrying: Number(r.retrying),
      delivered: Number(r.delivered),
      dead: Number(r.dead),
      inFlight: Number(r.inFlight),
    };
  }
}
