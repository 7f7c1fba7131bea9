// Prometheus metrics through prom-client, in a registry of this consumer's own (a process may run several
// consumers, the tests do), with the process defaults beside them. They restart at zero with the process, as
// Prometheus expects; the durable totals are in `/api/stats`.

import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";

const BUCKETS = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

/** A counter with one label: `metrics.count(metrics.rejected, "busy")`. */
export class LabelledCounter<L extends string> {
  constructor(
    private readonly counter: Counter<L>,
    private readonly label: L,
  ) {}

  inc(value: string, by = 1): void {
    this.counter.inc({ [this.label]: value } as Record<L, string>, by);
  }
}

export class Metrics {
  readonly registry = new Registry();
  /** Events read from deliveries, by what they turned out to be. */
  readonly received: LabelledCounter<"kind">;
  /** Deliveries or events refused, by reason (invalid, malformed-json, unauthorized, ...). */
  readonly rejected: LabelledCounter<"reason">;
  /** Quarantined deliveries parsed again, by what they turned out to be. */
  readonly replayed: LabelledCounter<"outcome">;
  readonly webhookSeconds: Histogram;
  /** From the webhook's commit to the worker's: how far processing trails receiving. */
  readonly processingLagSeconds: Histogram;

  private readonly duplicateCounter: Counter;
  private readonly processedCounter: Counter;
  private readonly handlerFailureCounter: Counter;
  private readonly parkedCounter: Counter;
  private readonly prunedCounter: Counter;
  private readonly retentionRunCounter: Counter;
  private readonly retentionLastRunGauge: Gauge;

  constructor() {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    const counter = (name: string, help: string) => new Counter({ name, help, registers });
    const labelled = <L extends string>(name: string, help: string, label: L) =>
      new LabelledCounter(new Counter<L>({ name, help, labelNames: [label], registers }), label);
    this.received = labelled("consumer_events_received_total", "Events read from deliveries.", "kind");
    this.duplicateCounter = counter("consumer_events_duplicate_total", "Events already in the inbox.");
    this.rejected = labelled("consumer_rejected_total", "Deliveries or events refused.", "reason");
    this.processedCounter = counter("consumer_events_processed_total", "Inbox items processed.");
    this.handlerFailureCounter = counter("consumer_handler_failures_total", "Failed processing attempts.");
    this.parkedCounter = counter("consumer_events_failed_total", "Inbox items parked as failed.");
    this.prunedCounter = counter(
      "consumer_inbox_pruned_total",
      "Processed inbox items deleted by retention.",
    );
    this.retentionRunCounter = counter("consumer_retention_runs_total", "Inbox retention runs.");
    this.retentionLastRunGauge = new Gauge({
      name: "consumer_retention_last_run_timestamp_seconds",
      help: "When the last inbox retention run started.",
      registers,
    });
    this.replayed = labelled(
      "consumer_quarantine_replayed_total",
      "Quarantined deliveries replayed.",
      "outcome",
    );
    const histogram = (name: string, help: string) =>
      new Histogram({ name, help, buckets: BUCKETS, registers });
    this.webhookSeconds = histogram("consumer_webhook_duration_seconds", "Webhook answer time.");
    this.processingLagSeconds = histogram(
      "consumer_processing_lag_seconds",
      "Time from receipt to processing of an inbox item.",
    );
  }

  count<L extends string>(counter: LabelledCounter<L>, label: string, by = 1): void {
    counter.inc(label, by);
  }

  // The plain counters read as running totals and are counted up by assignment (`metrics.processed++`), the
  // form the worker, retention and the webhook use; an assignment adds the difference to the counter.
  private totals = {
    duplicates: 0,
    processed: 0,
    handlerFailures: 0,
    parked: 0,
    pruned: 0,
    retentionRuns: 0,
  };

  private add(name: keyof Metrics["totals"], counter: Counter, total: number): void {
    counter.inc(total - this.totals[name]);
    this.totals[name] = total;
  }

  get duplicates(): number {
    return this.totals.duplicates;
  }
  set duplicates(total: number) {
    this.add("duplicates", this.duplicateCounter, total);
  }
  get processed(): number {
    return this.totals.processed;
  }
  set processed(total: number) {
    this.add("processed", this.processedCounter, total);
  }
  get handlerFailures(): number {
    return this.totals.handlerFailures;
  }
  set handlerFailures(total: number) {
    this.add("handlerFailures", this.handlerFailureCounter, total);
  }
  get parked(): number {
    return this.totals.parked;
  }
  set parked(total: number) {
    this.add("parked", this.parkedCounter, total);
  }
  get pruned(): number {
    return this.totals.pruned;
  }
  set pruned(total: number) {
    this.add("pruned", this.prunedCounter, total);
  }
  get retentionRuns(): number {
    return this.totals.retentionRuns;
  }
  set retentionRuns(total: number) {
    this.add("retentionRuns", this.retentionRunCounter, total);
  }
  /** Unix seconds. */
  set retentionLastRun(seconds: number) {
    this.retentionLastRunGauge.set(seconds);
  }
}
