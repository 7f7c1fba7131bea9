import type { Filters } from "../subscriptions/filters.js";

/**
 * The durable outbox. Async on purpose: SQLite answers synchronously, but the same interface must fit a
 * PostgreSQL implementation where `claimDue` is `SELECT ... FOR UPDATE SKIP LOCKED` and several producer
 * instances share the tables.
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
  /** Claims up to `limit` due deliveries of one subscription until `leaseUntil`. */
  claimDue(subscriptionId: number, limit: number, now: number, leaseUntil: number): Promise<Delivery[]>;
  /** When the next unclaimed delivery falls due, if any. */
  nextDueAt(): Promise<number | undefined>;
  markDelivered(id: number, attempt: Attempt): Promise<void>;
  scheduleRetry(id: number, attempt: Attempt, nextAttemptAt: number): Promise<void>;
  markDead(id: number, attempt: Attempt): Promise<void>;
  /** Frees claims left by a previous run of this process (it was killed mid-delivery). */
  releaseClaims(): Promise<number>;

  listDeliveries(filter: {
    status?: DeliveryStatus;
    subscriptionId?: number;
    limit?: number;
  }): Promise<Delivery[]>;
  /** Puts dead letters back in the queue with a fresh schedule; all of them when `ids` is absent. */
  replayDead(ids: number[] | undefined, now: number): Promise<number>;

  counts(): Promise<OutboxCounts>;
  statsByType(): Promise<TypeStats[]>;
  close(): Promise<void>;
}
