import type { Filters } from "../subscriptions/filters.js";

/**
 * The durable outbox. Async on purpose: SQLite answers synchronously, PostgreSQL (`postgres.ts`) does not;
 * there `claimDue` is `SELECT ... FOR UPDATE SKIP LOCKED` with a lease and several producer instances share
 * the tables.
 */
export type SubscriptionStatus = "pending" | "active" | "failed";

export interface Subscription extends Filters {
  id: number;
  endPoint: string;
  status: SubscriptionStatus;
  created: string;
  validatedAt: string | null;
}

export type DeliveryStatus = "pending" | "delivered" | "dead" | "cancelled";

export interface Delivery {
  id: number;
  eventSeq: number;
  eventId: string;
  type: string;
  subscriptionId: number;
  endPoint: string;
  /** The exact JSON the receiver gets. */
  body: string;
  status: DeliveryStatus;
  /** Attempts made so far. */
  attempts: number;
  nextAttemptAt: number;
  lastStatus: number | null;
  lastError: string | null;
  updatedAt: number;
  /**
   * The token of the claim this delivery was handed out under (`claimDue`), null when it is not claimed.
   * Recording an attempt names it, so a worker whose lease ran out and whose delivery was claimed again
   * cannot overwrite the newer claim's result.
   */
  claim: string | null;
}

/** What recording an attempt needs: the delivery and the claim it was attempted under. */
export type Claimed = Pick<Delivery, "id" | "claim">;

/**
 * The outbox's storage cannot be reached (PostgreSQL down, connection cut, pool exhausted). Nothing of the
 * operation that threw was committed; the HTTP layer answers 503 and the publisher should retry.
 */
export class StoreUnavailableError extends Error {
  override readonly name = "StoreUnavailableError";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

export interface NewSubscription extends Filters {
  endPoint: string;
}

export interface AcceptedEvent {
  seq: number;
  /** How many deliveries (matching active subscriptions) were queued with it. */
  deliveries: number;
}

export interface Attempt {
  attempts: number;
  status: number | null;
  error: string | null;
  at: number;
}

export interface TypeStats {
  type: string;
  /** Publishes accepted, a re-published id counted each time. */
  published: number;
  delivered: number;
  /** Deliveries that needed more than one attempt. */
  retried: number;
  /** Failed attempts that were followed by another one. */
  retries: number;
  dead: number;
  pending: number;
}

export interface OutboxCounts {
  events: number;
  pending: number;
  retrying: number;
  delivered: number;
  dead: number;
  inFlight: number;
}

export interface OutboxStore {
  /**
   * Stores the subscription and queues its validation event in one transaction; `validation` gets the new
   * id because the event's source names it.
   */
  createSubscription(
    input: NewSubscription,
    validation: (id: number) => object,
    now: number,
  ): Promise<Subscription>;
  listSubscriptions(): Promise<Subscription[]>;
  getSubscription(id: number): Promise<Subscription | undefined>;
  /** Deletes it and cancels what is still queued for it. */
  deleteSubscription(id: number): Promise<boolean>;
  setSubscriptionStatus(id: number, status: SubscriptionStatus, now: number): Promise<void>;

  /** Commits the event and one delivery per matching active subscription before returning. */
  acceptEvent(
    event: { id: string; type: string; resource?: string; subject?: string },
    body: string,
    now: number,
  ): Promise<AcceptedEvent>;

  /** Subscriptions that have deliveries due and not claimed. */
  dueSubscriptions(now: number): Promise<number[]>;
  /**
   * Claims up to `limit` due deliveries of one subscription until `leaseUntil`, each under a fresh claim
   * token. A delivery whose lease has run out (its claimer died or hung) is due again.
   */
  claimDue(subscriptionId: number, limit: number, now: number, leaseUntil: number): Promise<Delivery[]>;
  /** When the next unclaimed delivery falls due, if any. */
  nextDueAt(): Promise<number | undefined>;
  /**
   * The three ways to record an attempt. Each only applies while `delivery.claim` is still the delivery's
   * current claim and it is pending; false means the result was dropped (the claim was lost).
   */
  markDelivered(delivery: Claimed, attempt: Attempt): Promise<boolean>;
  scheduleRetry(delivery: Claimed, attempt: Attempt, nextAttemptAt: number): Promise<boolean>;
  markDead(delivery: Claimed, attempt: Attempt): Promise<boolean>;
  /**
   * Frees claims left by a previous run when this process owns the outbox alone (SQLite: it was killed
   * mid-delivery). A shared outbox (PostgreSQL) frees nothing here: other instances' claims are live, and
   * a dead instance's claims are freed by their leases running out.
   */
  releaseClaims(): Promise<number>;

  listDeliveries(filter: {
    status?: DeliveryStatus;
    subscriptionId?: number;
    limit?: number;
    /** Keyset paging: only deliveries with a greater id (the list is by id). */
    after?: number;
  }): Promise<Delivery[]>;
  /** Puts dead letters back in the queue with a fresh schedule; all of them when `ids` is absent. */
  replayDead(ids: number[] | undefined, now: number): Promise<number>;

  counts(): Promise<OutboxCounts>;
  statsByType(): Promise<TypeStats[]>;
  close(): Promise<void>;
}
