// Events as accepted, one row per publish, and the per-type summary behind the stats.

import { sql } from "@dialogporten-events/db";
import type { TypeStats } from "./store.js";
import { type OutboxExecutor, oneIf } from "./tables.js";

export interface NewEvent {
  id: string;
  type: string;
  resource?: string | undefined;
  subject?: string | undefined;
  alternativeSubject?: string | undefined;
}

/** One page of the pull API, as `GET /events/api/v1/events` asks for it. */
export interface PullQuery {
  resource: string;
  /** A CloudEvent id: the page starts after its newest stored copy; unknown (or `0`) starts from the beginning. */
  after: string;
  subject?: string | undefined;
  alternativeSubject?: string | undefined;
  /** SQL LIKE patterns (`%` any run, `_` any one character, `\` escapes); any of them matches. */
  types?: readonly string[] | undefined;
  size: number;
  /** Only events accepted at or before this time are visible (now minus the visibility delay). */
  visibleAt: number;
}

export interface PulledEvent {
  seq: number;
  id: string;
  /** The stored CloudEvent, exactly as receivers get it. */
  body: string;
}

export class EventRepository {
  constructor(private readonly db: OutboxExecutor) {}

  /** Stores the event and its body (the exact JSON receivers get); answers its sequence number. */
  async insert(event: NewEvent, body: string, now: number): Promise<number> {
    // Acceptance times never go back along the sequence. Pulls page by sequence and show what was accepted
    // by `visibleAt`; a row stored after another but stamped earlier (two publishes at once, `now` taken
    // before the transaction) would become visible behind a cursor that had already moved past it.
    const latest = await this.db.first(
      this.db.qb.selectFrom("events").select((eb) => eb.fn.max("accepted_at").as("latest")),
    );
    const acceptedAt = Math.max(now, Number((latest as { latest: unknown } | undefined)?.latest ?? 0));
    const row = await this.db.first(
      this.db.qb
        .insertInto("events")
        .values({
          id: event.id,
          type: event.type,
          resource: event.resource ?? null,
          subject: event.subject ?? null,
          alternative_subject: event.alternativeSubject ?? null,
          body,
          accepted_at: acceptedAt,
        })
        .returning("seq"),
    );
    return (row as { seq: number }).seq;
  }

  /**
   * Oldest first by sequence, after the sequence of `after`, only events visible at `visibleAt`. An id
   * published twice is stored (and delivered) twice but pulled once, as its first copy, and `after` names
   * that copy: the cursor is an id, so a second copy listed too would be a second position for it, and
   * continuing after the newer one skipped whatever was published between the two. One query on both databases; LIKE is
   * case-sensitive on both (the SQLite connection sets `case_sensitive_like`) and escapes with `\` on both.
   */
  async pull(q: PullQuery): Promise<PulledEvent[]> {
    const types = q.types ?? [];
    const rows = await this.db.all(
      this.db.qb
        .selectFrom("events")
        .select(["seq", "id", "body"])
        .where("resource", "=", q.resource)
        .where("accepted_at", "<=", q.visibleAt)
        .where(
          "seq",
          ">",
          sql<number>`COALESCE((${this.db.qb
            .selectFrom("events")
            .select((eb) => eb.fn.min("seq").as("seq"))
            .where("id", "=", q.after)
            .where("accepted_at", "<=", q.visibleAt)}), 0)`,
        )
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom("events as earlier")
                .select("earlier.seq")
                .whereRef("earlier.id", "=", "events.id")
                .whereRef("earlier.seq", "<", "events.seq"),
            ),
          ),
        )
        .$if(q.subject !== undefined, (b) => b.where("subject", "=", q.subject as string))
        .$if(q.alternativeSubject !== undefined, (b) =>
          b.where("alternative_subject", "=", q.alternativeSubject as string),
        )
        .$if(types.length > 0, (b) =>
          b.where((eb) => eb.or(types.map((t) => sql<boolean>`${eb.ref("type")} LIKE ${t} ESCAPE '\\'`))),
        )
        .orderBy("seq")
        .limit(q.size),
    );
    return rows.map((r) => ({ seq: Number(r.seq), id: r.id, body: r.body }));
  }

  /**
   * Retention: deletes events accepted before `before` whose deliveries are all finished (delivered, dead or
   * cancelled), with those deliveries. An event still being delivered is kept until it is done.
   */
  async prune(before: number): Promise<number> {
    const old = this.db.qb
      .selectFrom("events as e")
      .select("e.seq")
      .where("e.accepted_at", "<", before)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom("deliveries as d")
              .select("d.id")
              .whereRef("d.event_seq", "=", "e.seq")
              .where("d.status", "=", "pending"),
          ),
        ),
      );
    await this.db.run(this.db.qb.deleteFrom("deliveries").where("event_seq", "in", old));
    return this.db.run(this.db.qb.deleteFrom("events").where("seq", "in", old));
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
