import { type DialogportenEvent, type Issue, validateEvent } from "dialogporten-events";
import type { Logger } from "pino";
import type { DeliveryChaos } from "./delivery/chaos.js";
import { DeliveryWorker } from "./delivery/worker.js";
import { Metrics } from "./metrics.js";
import type { DeliveryFilter } from "./outbox/deliveries.js";
import type { NewEvent, PulledEvent, PullQuery } from "./outbox/events.js";
import { type Outbox, openOutbox, type Repositories } from "./outbox/outbox.js";
import type {
  AcceptedEvent,
  Delivery,
  NewSubscription,
  OutboxCounts,
  OutboxSnapshot,
  Subscription,
  TypeStats,
} from "./outbox/store.js";
import type { OutboxExecutor } from "./outbox/tables.js";
import { matches } from "./subscriptions/filters.js";
import type { UnitTree } from "./subscriptions/units.js";
import { validationEvent } from "./subscriptions/validation.js";

export interface BrokerConfig {
  /** The SQLite outbox's folder (`producer.sqlite`); unused when `databaseUrl` is set. */
  dataDir: string;
  /** A PostgreSQL connection string: the outbox lives there, shared with other instances. */
  databaseUrl?: string | undefined;
  logger: Logger;
  timeScale: number;
  timeoutMs: number;
  maxConcurrency: number;
  /** Origin named in the validation event's source (the real broker's by default). */
  platform?: string;
  pollMs?: number;
  /** Claim lease; see WorkerOptions.leaseMs. */
  leaseMs?: number;
  /** Main units to their subunits, for `includeSubunits`. */
  units?: UnitTree;
  /** How long after it is accepted an event becomes visible to pulls (the real platform: 30 s). */
  visibilityDelayMs?: number;
  /** How long events are kept (the real platform: 90 days); older ones are pruned. */
  retentionMs?: number;
  /** How often the pruning job runs. */
  pruneIntervalMs?: number;
  /** Reordered and duplicated deliveries on purpose (see delivery/chaos.ts); absent: off. */
  deliveryChaos?: DeliveryChaos | undefined;
}

export const DEFAULT_RETENTION_MS = 90 * 24 * 3600 * 1000;

export type PublishOutcome =
  | { accepted: true; seq: number; deliveries: number; event: DialogportenEvent }
  | { accepted: false; issues: Issue[]; message: string };

/** A page of the pull API: the query without the visibility cut-off, which the broker sets. */
export type PullRequest = Omit<PullQuery, "visibleAt">;

/**
 * Commits the event and one delivery per matching active subscription (Altinn Events' exact-match filters)
 * in one transaction: a publish that fails leaves nothing behind.
 */
export function queueEvent(
  outbox: Outbox,
  event: NewEvent & { source?: string },
  body: string,
  now: number,
  units: UnitTree = new Map(),
): Promise<AcceptedEvent> {
  return outbox.transaction((tx) => queueEventIn(tx, event, body, now, units));
}

/** `queueEvent`'s work inside a transaction the caller holds. */
export async function queueEventIn(
  { events, subscriptions, deliveries }: Repositories,
  event: NewEvent & { source?: string },
  body: string,
  now: number,
  units: UnitTree = new Map(),
): Promise<AcceptedEvent> {
  const seq = await events.insert(event, body, now);
  const matching = (await subscriptions.list({ status: "active" })).filter((s) => matches(s, event, units));
  await deliveries.queue(
    seq,
    matching.map((s) => s.id),
    now,
  );
  return { seq, deliveries: matching.length };
}

/** The event as the broker stores and delivers it: Altinn Events adds datacontenttype when data is present. */
function asDelivered(event: DialogportenEvent): DialogportenEvent {
  return "data" in event && event.data !== undefined
    ? { ...event, datacontenttype: "application/json" }
    : event;
}

/** What a transaction of `Broker.transactWithEvents` gets: its executor and a way to queue events in it. */
export interface EventTransaction {
  db: OutboxExecutor;
  /** Stores the event (strict mode already checked by `createEvent`) with its deliveries, in this transaction. */
  queue(event: DialogportenEvent): Promise<void>;
}

/**
 * Stores the subscription and queues its validation event in one transaction; `validation` gets the new
 * id because the event's source names it.
 */
export function createSubscription(
  outbox: Outbox,
  input: NewSubscription,
  validation: (id: number) => NewEvent,
  now: number,
): Promise<Subscription> {
  return outbox.transaction(async ({ events, subscriptions, deliveries }) => {
    const subscription = await subscriptions.insert(input, now);
    const event = validation(subscription.id);
    const seq = await events.insert(event, JSON.stringify(event), now);
    await deliveries.queue(seq, [subscription.id], now);
    return subscription;
  });
}

/** Deletes it and cancels what is still queued for it, claimed or not. */
export function deleteSubscription(outbox: Outbox, id: number, now = Date.now()): Promise<boolean> {
  return outbox.transaction(async ({ subscriptions, deliveries }) => {
    const deleted = await subscriptions.delete(id);
    if (deleted) await deliveries.cancelFor(id, now);
    return deleted;
  });
}

/**
 * Claims left in an outbox this process owns alone (SQLite) are its previous run's, killed mid-POST: freed,
 * so those deliveries are sent again (at least once), never dropped. A shared outbox (PostgreSQL) frees
 * nothing: other instances' claims are live; a dead instance's lapse with their lease.
 */
export function releaseInterruptedClaims(outbox: Outbox): Promise<number> {
  return outbox.soleOwner ? outbox.deliveries.releaseClaims() : Promise.resolve(0);
}

/** What each set of routes may call: narrow views of the broker (never its outbox or its worker). */
export type PublishService = Pick<Broker, "publish" | "metrics">;
export type SubscriptionService = Pick<
  Broker,
  "subscribe" | "listSubscriptions" | "getSubscription" | "deleteSubscription"
>;
export type PullService = Pick<Broker, "pull">;
export type AdminService = Pick<Broker, "deadLetters" | "replayDeadLetters" | "stats">;
export type DialogStoreService = Pick<Broker, "transactWithEvents">;

/**
 * The local stand-in for Altinn Events: the outbox, the delivery worker and what the HTTP API, the CLI
 * and the demo call. One instance owns its SQLite file; with PostgreSQL, any number share the outbox.
 */
export class Broker {
  readonly metrics = new Metrics();
  private readonly worker: DeliveryWorker;
  private pruneTimer: NodeJS.Timeout | undefined;

  private constructor(
    private readonly outbox: Outbox,
    private readonly config: BrokerConfig,
  ) {
    this.worker = new DeliveryWorker({
      deliveries: outbox.deliveries,
      subscriptions: outbox.subscriptions,
      logger: config.logger,
      timeoutMs: config.timeoutMs,
      timeScale: config.timeScale,
      maxConcurrency: config.maxConcurrency,
      ...(config.pollMs !== undefined ? { pollMs: config.pollMs } : {}),
      ...(config.leaseMs !== undefined ? { leaseMs: config.leaseMs } : {}),
      chaos: config.deliveryChaos,
      onOutcome: (_d, outcome, result) => this.metrics.recordAttempt(outcome, result.ms),
      onDuplicate: () => this.metrics.duplicates.inc(),
    });
    // Each scrape reads the queue depths and subscriptions from the outbox (shared between instances).
    this.metrics.readOutbox(() => this.snapshot());
  }

  static async open(config: BrokerConfig): Promise<Broker> {
    const outbox = await openOutbox(
      config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir },
    );
    const broker = new Broker(outbox, config);
    try {
      const released = await releaseInterruptedClaims(outbox);
      if (released > 0) config.logger.info({ released }, "resuming deliveries interrupted by a restart");
    } catch (error) {
      await outbox.close();
      throw error;
    }
    broker.worker.start();
    broker.schedulePruning();
    return broker;
  }

  /**
   * Accepts a Dialogporten event only if it passes strict mode; then it is committed to the outbox, with its
   * deliveries, before this resolves. A refused event leaves no trace in the outbox.
   */
  async publish(value: unknown): Promise<PublishOutcome> {
    const result = validateEvent(value, { mode: "strict" });
    if (result.kind !== "dialogporten") {
      this.metrics.rejected.inc();
      const issues: Issue[] =
        result.kind === "error"
          ? result.issues
          : [
              {
                pointer: "/type",
                code: "invalid-value",
                keyword: "enum",
                message: `"${String((value as { type?: unknown }).type)}" is not a Dialogporten event type this producer emits`,
              },
            ];
      return {
        accepted: false,
        issues,
        message: "The event does not pass strict validation; nothing was queued.",
      };
    }
    const event = result.event;
    const delivered = asDelivered(event);
    const alternativeSubject = (event as { alternativesubject?: unknown }).alternativesubject;
    const { seq, deliveries } = await queueEvent(
      this.outbox,
      {
        ...event,
        ...(typeof alternativeSubject === "string" ? { alternativeSubject } : {}),
      },
      JSON.stringify(delivered),
      Date.now(),
      this.config.units,
    );
    this.metrics.published.inc();
    this.worker.wake();
    return { accepted: true, seq, deliveries, event };
  }

  /**
   * One outbox transaction for a write of the Dialogporten API stand-in: what `write` changes through `db`
   * and the events it queues commit together or not at all (the real Dialogporten's outbox).
   */
  async transactWithEvents<T>(write: (tx: EventTransaction) => Promise<T>): Promise<T> {
    let queued = 0;
    const result = await this.outbox.transaction((repositories, db) => {
      queued = 0; // PostgreSQL may run the transaction again after a conflict
      return write({
        db,
        queue: async (event) => {
          const alternativeSubject = (event as { alternativesubject?: unknown }).alternativesubject;
          await queueEventIn(
            repositories,
            { ...event, ...(typeof alternativeSubject === "string" ? { alternativeSubject } : {}) },
            JSON.stringify(asDelivered(event)),
            Date.now(),
            this.config.units,
          );
          queued += 1;
        },
      });
    });
    if (queued > 0) {
      this.metrics.published.inc(queued);
      this.worker.wake();
    }
    return result;
  }

  /** Stores a checked subscription (`subscriptions/request.ts`) and sends its validation event. */
  async subscribe(input: NewSubscription): Promise<Subscription> {
    const subscription = await createSubscription(
      this.outbox,
      input,
      (id) => validationEvent(id, this.config.platform),
      Date.now(),
    );
    this.worker.wake();
    return subscription;
  }

  /** A consumer's subscriptions (with those made before tokens, which have none). */
  listSubscriptions(consumer: string): Promise<Subscription[]> {
    return this.outbox.subscriptions.list({ consumer });
  }

  getSubscription(id: number): Promise<Subscription | undefined> {
    return this.outbox.subscriptions.get(id);
  }

  deleteSubscription(id: number): Promise<boolean> {
    return deleteSubscription(this.outbox, id);
  }

  /** One page of the pull API: only events accepted at least the visibility delay ago. */
  pull(request: PullRequest, now = Date.now()): Promise<PulledEvent[]> {
    return this.outbox.events.pull({ ...request, visibleAt: now - (this.config.visibilityDelayMs ?? 0) });
  }

  /** Deletes events older than the retention (and their finished deliveries); answers how many. */
  prune(now = Date.now()): Promise<number> {
    const before = now - (this.config.retentionMs ?? DEFAULT_RETENTION_MS);
    return this.outbox.transaction(({ events }) => events.prune(before));
  }

  private schedulePruning(): void {
    const every = this.config.pruneIntervalMs ?? 3600_000;
    this.pruneTimer = setInterval(() => {
      this.prune().then(
        (pruned) => pruned > 0 && this.config.logger.info({ pruned }, "pruned events past their retention"),
        (error) => this.config.logger.warn({ err: error }, "pruning failed; retried at the next interval"),
      );
    }, every);
    this.pruneTimer.unref();
  }

  deadLetters(filter: Omit<DeliveryFilter, "status">): Promise<Delivery[]> {
    return this.outbox.deadLetters.list(filter);
  }

  /** Puts dead letters back in the queue with a fresh schedule; all of them when `ids` is absent. */
  async replayDeadLetters(ids: number[] | undefined): Promise<number> {
    const replayed = await this.outbox.deadLetters.replay(ids, Date.now());
    this.worker.wake();
    return replayed;
  }

  /** Outbox counts (in flight: this process's open POSTs) and, per type, what became of the deliveries. */
  async stats(): Promise<OutboxCounts & { byType: TypeStats[] }> {
    const [{ counts }, byType] = await Promise.all([this.snapshot(), this.outbox.events.statsByType()]);
    return { ...counts, byType };
  }

  async snapshot(): Promise<OutboxSnapshot> {
    const [counts, subscriptions] = await Promise.all([
      this.outbox.deliveries.counts(Date.now()),
      this.outbox.subscriptions.countByStatus(),
    ]);
    return { counts: { ...counts, inFlight: this.worker.inFlightTotal }, subscriptions };
  }

  async close(): Promise<void> {
    clearInterval(this.pruneTimer);
    await this.worker.stop();
    await this.outbox.close();
  }
}
