// Events as accepted, one row per publish, and the per-type summary behind the stats.

import { sql } from "@dialogporten-events/db";
import type { TypeStats } from "./store.js";
import { type OutboxExecutor, oneIf } from "./tables.js";

export interface NewEvent {
  id: string;
  type: string;
  resource?: string | undefined;
  subject?: string | undefined;
}

export class EventRepository {
  constructor(private readonly db: OutboxExecutor) {}

  /** Stores the event and its body (the exact JSON receivers get); answers its sequence number. */
  async insert(event: NewEvent, body: string, now: number): Promise<number> {
    const row = await this.db.first(
      this.db.qb
        .insertInto("events")
        .values({
          id: event.id,
          type: event.type,
          resource: event.resource ?? null,
          subject: event.subject ?? null,
          body,
          accepted_at: now,
        })
        .returning("seq"),
    );
    return (row as { seq: number }).seq;
  }

  /** Per type: publishes, and what became of their deliveries. */
  async statsByType(): Promise<TypeStats[]> {
    const d = (column: string) => sql.ref(`d.${column}`);
    const sum = (value: ReturnType<typeof sql>) => sql<number>`COALESCE(SUM(${value}), 0)`;
    const retriedAndPending = oneIf(sql`${d("status")} = 'pending' AND ${d("attempts")} > 0`);
    const rows = await this.db.all(
      this.db.qb
        .selectFrom("events as e")
        .leftJoin("deliveries as d", "d.event_seq", "e.seq")
        .select((eb) => [
          "e.type",
          eb.fn.count<number>("e.seq").distinct().as("published"),
          sum(oneIf(sql`${d("status")} = 'delivered'`)).as("delivered"),
          sum(oneIf(sql`${d("attempts")} > 1 OR (${d("status")} = 'pending' AND ${d("attempts")} > 0)`)).as(
            "retried",
          ),
          sql<number>`${sum(sql`CASE WHEN ${d("attempts")} > 1 THEN ${d("attempts")} - 1 ELSE 0 END`)} + ${sum(retriedAndPending)}`.as(
            "retries",
          ),
          sum(oneIf(sql`${d("status")} = 'dead'`)).as("dead"),
          sum(oneIf(sql`${d("status")} = 'pending'`)).as("pending"),
        ])
        .groupBy("e.type")
        .orderBy("e.type"),
    );
    return rows.map((r) => ({
      type: r.type,
      published: Number(r.published),
      delivered: Number(r.delivered),
      retried: Number(r.retried),
      retries: Number(r.retries),
      dead: Number(r.dead),
      pending: Number(r.pending),
    }));
  }
}
