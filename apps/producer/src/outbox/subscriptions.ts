// Subscriptions: endpoint, filters and status. Which of them an event matches is the broker's rule, not
// this table's.

import type { Selectable } from "@dialogporten-events/db";
import type { NewSubscription, Subscription, SubscriptionStatus } from "./store.js";
import type { OutboxExecutor, SubscriptionsTable } from "./tables.js";

const toSubscription = (r: Selectable<SubscriptionsTable>): Subscription => ({
  id: r.id,
  endPoint: r.end_point,
  resourceFilter: r.resource_filter,
  subjectFilter: r.subject_filter,
  typeFilter: r.type_filter,
  sourceFilter: r.source_filter,
  alternativeSubjectFilter: r.alternative_subject_filter,
  includeSubunits: r.include_subunits === 1,
  consumer: r.consumer,
  status: r.status,
  created: new Date(r.created_at).toISOString(),
  validatedAt: r.validated_at === null ? null : new Date(r.validated_at).toISOString(),
});

export class SubscriptionRepository {
  constructor(private readonly db: OutboxExecutor) {}

  /** A new subscription, `pending` until its validation event is answered. */
  async insert(input: NewSubscription, now: number): Promise<Subscription> {
    const row = await this.db.first(
      this.db.qb
        .insertInto("subscriptions")
        .values({
          end_point: input.endPoint,
          resource_filter: input.resourceFilter,
          subject_filter: input.subjectFilter,
          type_filter: input.typeFilter,
          source_filter: input.sourceFilter,
          alternative_subject_filter: input.alternativeSubjectFilter,
          include_subunits: input.includeSubunits ? 1 : 0,
          consumer: input.consumer,
          status: "pending",
          created_at: now,
        })
        .returningAll(),
    );
    return toSubscription(row as Selectable<SubscriptionsTable>);
  }

  /** `consumer`: only its own and those made before tokens (no consumer). */
  async list(filter: { status?: SubscriptionStatus; consumer?: string } = {}): Promise<Subscription[]> {
    const { status, consumer } = filter;
    const rows = await this.db.all(
      this.db.qb
        .selectFrom("subscriptions")
        .selectAll()
        .$if(status !== undefined, (q) => q.where("status", "=", status as SubscriptionStatus))
        .$if(consumer !== undefined, (q) =>
          q.where((eb) => eb.or([eb("consumer", "=", consumer as string), eb("consumer", "is", null)])),
        )
        .orderBy("id"),
    );
    return rows.map(toSubscription);
  }

  async get(id: number): Promise<Subscription | undefined> {
    if (!Number.isSafeInteger(id)) return undefined;
    const row = await this.db.first(this.db.qb.selectFrom("subscriptions").selectAll().where("id", "=", id));
    return row && toSubscription(row);
  }

  async delete(id: number): Promise<boolean> {
    if (!Number.isSafeInteger(id)) return false;
    return (await this.db.run(this.db.qb.deleteFrom("subscriptions").where("id", "=", id))) > 0;
  }

  /** `validated_at` records when it became active. */
  async setStatus(id: number, status: SubscriptionStatus, now: number): Promise<void> {
    await this.db.run(
      this.db.qb
        .updateTable("subscriptions")
        .set({ status, ...(status === "active" ? { validated_at: now } : {}) })
        .where("id", "=", id),
    );
  }

  async countByStatus(): Promise<Record<SubscriptionStatus, number>> {
    const rows = await this.db.all(
      this.db.qb
        .selectFrom("subscriptions")
        .select((eb) => ["status", eb.fn.countAll<number>().as("n")])
        .groupBy("status"),
    );
    const counts: Record<SubscriptionStatus, number> = { pending: 0, active: 0, failed: 0 };
    for (const r of rows) counts[r.status] = Number(r.n);
    return counts;
  }
}
