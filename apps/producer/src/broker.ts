import { type DialogportenEvent, type Issue, validateEvent } from "dialogporten-events";
import type { Logger } from "pino";
import { DeliveryWorker } from "./delivery/worker.js";
import { Metrics } from "./http/metrics.js";
import { PostgresOutbox } from "./outbox/postgres.js";
import { SqliteOutbox } from "./outbox/sqlite.js";
import type { OutboxStore, Subscription } from "./outbox/store.js";
import { filterProblems } from "./subscriptions/filters.js";
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
}

export type PublishOutcome =
  | { accepted: true; seq: number; deliveries: number; event: DialogportenEvent }
  | { accepted: false; issues: Issue[]; message: string };

export type SubscribeOutcome = { ok: true; subscription: Subscription } | { ok: false; problems: string[] };

/**
 * The local stand-in for Altinn Events: the outbox, the delivery worker and what the HTTP API, the CLI
 * and the demo call. One instance owns its SQLite file; with PostgreSQL, any number share the outbox.
 */
export class Broker {
  readonly metrics = new Metrics();
  readonly worker: DeliveryWorker;

  private constructor(
    readonly store: OutboxStore,
    private readonly config: BrokerConfig,
  ) {
    this.worker = new DeliveryWorker({
      store,
      logger: config.logger,
      timeoutMs: config.timeoutMs,
      timeScale: config.timeScale,
      maxConcurrency: config.maxConcurrency,
      ...(config.pollMs !== undefined ? { pollMs: config.pollMs } : {}),
      ...(config.leaseMs !== undefined ? { leaseMs: config.leaseMs } : {}),
      onOutcome: (_d, outcome, result) => this.metrics.recordAttempt(outcome, result.ms),
    });
    this.metrics.readOutbox(async () => {
      const [counts, subscriptions] = await Promise.all([store.counts(), store.listSubscriptions()]);
      const byStatus = { pending: 0, active: 0, failed: 0 };
      for (const s of subscriptions) byStatus[s.status]++;
      return { counts, inFlight: this.worker.inFlightTotal, subscriptions: byStatus };
    });
  }

  static async open(config: BrokerConfig): Promise<Broker> {
    const store = config.databaseUrl
      ? await PostgresOutbox.connect(config.databaseUrl)
      : SqliteOutbox.inDirectory(config.dataDir);
    const broker = new Broker(store, config);
    await broker.worker.start();
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
    // Altinn Events adds datacontenttype when data is present; receivers see it on every such event.
    const delivered =
      "data" in event && event.data !== undefined ? { ...event, datacontenttype: "application/json" } : event;
    const { seq, deliveries } = await this.store.acceptEvent(event, JSON.stringify(delivered), Date.now());
    this.metrics.published.inc();
    this.worker.wake();
    return { accepted: true, seq, deliveries, event };
  }

  async subscribe(input: Record<string, unknown>): Promise<SubscribeOutcome> {
    const problems = filterProblems(input);
    if (problems.length > 0) return { ok: false, problems };
    const optional = (v: unknown) => (typeof v === "string" ? v : null);
    const subscription = await this.store.createSubscription(
      {
        endPoint: input.endPoint as string,
        resourceFilter: optional(input.resourceFilter),
        subjectFilter: optional(input.subjectFilter),
        typeFilter: optional(input.typeFilter),
      },
      (id) => validationEvent(id, this.config.platform),
      Date.now(),
    );
    this.worker.wake();
    return { ok: true, subscription };
  }

  async close(): Promise<void> {
    await this.worker.stop();
    await this.store.close();
  }
}
