// The outbox's tables as Kysely sees them (both databases; see migrations.ts). Times are epoch milliseconds,
// ids integers, JSON text, a claim a lease (`lease_owner`, `lease_until`): the conventions of
// @dialogporten-events/db.

import { type Executor, type Generated, sql } from "@dialogporten-events/db";
import type { DialogTables } from "./dialog-tables.js";
import type { DeliveryStatus, SubscriptionStatus } from "./store.js";

/** PostgreSQL: every table lives in this schema, so the producer can share a database with the consumer. */
export const SCHEMA = "producer";

export interface SubscriptionsTable {
  id: Generated<number>;
  end_point: string;
  resource_filter: string | null;
  subject_filter: string | null;
  type_filter: string | null;
  source_filter: string | null;
  alternative_subject_filter: string | null;
  /** 0 or 1: a subscription on a main unit also gets its subunits' events. */
  include_subunits: Generated<number>;
  /** `/org/<org>` of the token that created it; null for subscriptions made before tokens. */
  consumer: string | null;
  status: SubscriptionStatus;
  created_at: number;
  validated_at: number | null;
}

/** One row per accepted publish; the event id is not unique (re-publishing an id delivers it again). */
export interface EventsTable {
  seq: Generated<number>;
  id: string;
  type: string;
  resource: string | null;
  subject: string | null;
  alternative_subject: string | null;
  /** The exact JSON the receivers get. */
  body: string;
  accepted_at: number;
}

export interface DeliveriesTable {
  id: Generated<number>;
  event_seq: number;
  subscription_id: number;
  status: DeliveryStatus;
  attempts: Generated<number>;
  next_attempt_at: number;
  /** The claim token; a result is recorded only under the token it was attempted under. */
  lease_owner: string | null;
  /** Free when null or past. */
  lease_until: number | null;
  last_status: number | null;
  last_error: string | null;
  updated_at: number;
}

/** The producer's database: the outbox, and the Dialogporten API stand-in's dialogs (written with their events). */
export interface OutboxTables extends DialogTables {
  subscriptions: SubscriptionsTable;
  events: EventsTable;
  deliveries: DeliveriesTable;
}

export type OutboxExecutor = Executor<OutboxTables>;

/** 1 where `condition` holds, else 0; summed, a count that reads the same in both dialects. */
export const oneIf = (condition: ReturnType<typeof sql>) =>
  sql<number>`CASE WHEN ${condition} THEN 1 ELSE 0 END`;
