// What the outbox holds, as plain data: what the repositories take and return, and what the broker, the
// worker and the routes work with. Times are epoch milliseconds; the routes turn them into ISO strings.

export { StoreUnavailableError } from "@dialogporten-events/db";

/** What a subscription filters on (matching: `subscriptions/filters.ts`). */
export interface Filters {
  resourceFilter: string | null;
  subjectFilter: string | null;
  typeFilter: string | null;
  /** App resources only. */
  sourceFilter: string | null;
  /** App resources only. */
  alternativeSubjectFilter: string | null;
  includeSubunits: boolean;
}

export type SubscriptionStatus = "pending" | "active" | "failed";

export interface Subscription extends Filters {
  id: number;
  endPoint: string;
  /** `/org/<org>` of the token that created it; null for subscriptions made before tokens. */
  consumer: string | null;
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
   * The token of the claim this delivery was handed out under (`claimDue`; the `lease_owner` column), null
   * when it is not claimed.
   * Recording an attempt names it, so a worker whose lease ran out and whose delivery was claimed again
   * cannot overwrite the newer claim's result.
   */
  claim: string | null;
}

/** What recording an attempt needs: the delivery and the claim it was attempted under. */
export type Claimed = Pick<Delivery, "id" | "claim">;

export interface NewSubscription extends Filters {
  endPoint: string;
  consumer: string | null;
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

/** What `/api/stats` and the metrics read: the outbox's depths, with the POSTs this process has open. */
export interface OutboxSnapshot {
  counts: OutboxCounts;
  subscriptions: Record<SubscriptionStatus, number>;
}
