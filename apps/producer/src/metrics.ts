// Prometheus metrics through prom-client, in a registry of this producer's own (tests run several in one
// process), with the process defaults beside them. Counters are per process; queue depths and subscriptions
// are read from the outbox at scrape time, so they survive restarts and are shared between instances.

import { createMetricsRegistry } from "@dialogporten-events/http-kit";
import { Counter, Gauge, Summary } from "prom-client";
import type { Outcome } from "./delivery/worker.js";
import type { OutboxSnapshot } from "./outbox/store.js";

const OUTCOMES: readonly Outcome[] = ["delivered", "retry", "dead"];

export class Metrics {
  readonly registry = createMetricsRegistry();
  readonly published: Counter;
  readonly rejected: Counter;
  /** POSTs of deliveries the receiver had already answered 2xx (delivery chaos: a lost answer, retried). */
  readonly duplicates: Counter;
  private readonly attempts: Counter<"outcome">;
  private readonly durations: Summary;

  constructor() {
    const registers = [this.registry];
    this.published = new Counter({
      name: "producer_events_published_total",
      help: "Events accepted by the publish endpoint.",
      registers,
    });
    this.rejected = new Counter({
      name: "producer_events_rejected_total",
      help: "Publishes refused (strict mode or media type).",
      registers,
    });
    this.duplicates = new Counter({
      name: "producer_delivery_duplicates_total",
      help: "Duplicate POSTs sent: deliveries sent again after a 2xx treated as lost (DELIVERY_DUPLICATE_RATE).",
      registers,
    });
    this.attempts = new Counter({
      name: "producer_delivery_attempts_total",
      help: "POSTs to subscribers, by outcome.",
      labelNames: ["outcome"],
      registers,
    });
    for (const outcome of OUTCOMES) this.attempts.inc({ outcome }, 0);
    this.durations = new Summary({
      name: "producer_delivery_duration_seconds",
      help: "POST duration quantiles over the last 10 minutes.",
      percentiles: [0.5, 0.99],
      maxAgeSeconds: 600,
      ageBuckets: 5,
      registers,
    });
  }

  recordAttempt(outcome: Outcome, ms: number): void {
    this.attempts.inc({ outcome });
    this.durations.observe(ms / 1000);
  }

  /** Registers the gauges read from the outbox on each scrape; one read serves them all. */
  readOutbox(read: () => Promise<OutboxSnapshot>): void {
    let pending: Promise<OutboxSnapshot> | undefined;
    const snapshot = () => {
      pending ??= read().finally(() => {
        pending = undefined;
      });
      return pending;
    };
    const registers = [this.registry];
    new Gauge({
      name: "producer_outbox_deliveries",
      help: "Deliveries in the outbox, by state.",
      labelNames: ["state"],
      registers,
      async collect() {
        const { counts } = await snapshot();
        this.set({ state: "pending" }, counts.pending);
        this.set({ state: "retrying" }, counts.retrying);
        this.set({ state: "in_flight" }, counts.inFlight);
        this.set({ state: "delivered" }, counts.delivered);
        this.set({ state: "dead" }, counts.dead);
      },
    });
    new Gauge({
      name: "producer_outbox_events",
      help: "Events stored in the outbox.",
      registers,
      async collect() {
        this.set((await snapshot()).counts.events);
      },
    });
    new Gauge({
      name: "producer_subscriptions",
      help: "Subscriptions, by status.",
      labelNames: ["status"],
      registers,
      async collect() {
        for (const [status, n] of Object.entries((await snapshot()).subscriptions)) this.set({ status }, n);
      },
    });
  }
}
