// Row shapes and their mapping to the store's types, shared by the SQLite and PostgreSQL outboxes: both
// use the same column names and store times as epoch milliseconds.

import type { Delivery, DeliveryStatus, Subscription, SubscriptionStatus } from "./store.js";

export interface SubscriptionRow {
  id: number;
  end_point: string;
  resource_filter: string | null;
  subject_filter: string | null;
  type_filter: string | null;
  status: SubscriptionStatus;
  created_at: number;
  validated_at: number | null;
}

export interface DeliveryRow {
  id: number;
  event_seq: number;
  event_id: string;
  type: string;
  subscription_id: number;
  end_point: string;
  body: string;
  status: DeliveryStatus;
  attempts: number;
  next_attempt_at: number;
  last_status: number | null;
  last_error: string | null;
  updated_at: number;
  claim: string | null;
}

export const toSubscription = (r: SubscriptionRow): Subscription => ({
  id: r.id,
  endPoint: r.end_point,
  resourceFilter: r.resource_filter,
  subjectFilter: r.subject_filter,
  typeFilter: r.type_filter,
  status: r.status,
  created: new Date(r.created_at).toISOString(),
  validatedAt: r.validated_at === null ? null : new Date(r.validated_at).toISOString(),
});

export const toDelivery = (r: DeliveryRow): Delivery => ({
  id: r.id,
  eventSeq: r.event_seq,
  eventId: r.event_id,
  type: r.type,
  subscriptionId: r.subscription_id,
  endPoint: r.end_point,
  body: r.body,
  status: r.status,
  attempts: r.attempts,
  nextAttemptAt: r.next_attempt_at,
  lastStatus: r.last_status,
  lastError: r.last_error,
  updatedAt: r.updated_at,
  claim: r.claim,
});
