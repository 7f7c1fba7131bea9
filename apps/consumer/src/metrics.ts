// Prometheus metrics through prom-client, in a registry of this consumer's own (a process may run several
// consumers, the tests do), with the process defaults beside them. They restart at zero with the process, as
// Prometheus expects; the durable totals are in `/api/stats`.

import { createMetricsRegistry } from "@dialogporten-events/http-kit";
import { Counter, Gauge, Histogram } from "prom-client";

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

/** The counters without labels, by the field that counts them and the metric's name and help. */
const TOTALS = {
  duplicates: ["consumer_events_duplicate_total", "Events already in the inbox."],
  processed: ["consumer_events_processed_total", "Inbox items processed."],
  handlerFailures: ["consumer_handler_failures_total", "Failed processing attempts."],
  parked: ["consumer_events_failed_total", "Inbox items parked as failed."],
  pruned: ["consumer_inbox_pruned_total", "Processed inbox items deleted by retention."],
  retentionRuns: ["consumer_retention_runs_total", "Inbox retention runs."],
} as const;

export class Metrics {
  readonly registry = createMetricsRegistry();
  /** Events read from deliveries, by what they turned out to be. */
  readonly received: LabelledCounter<"kind">;
  /** Deliveries or events refused, by reason (invalid, malformed-json, unauthorized, ...). */
  readonly rejected: LabelledCounter<"reason">;
  /** Quarantined deliveries parsed again, by what they turned out to be. */
  readonly replayed: LabelledCounter<"outcome">;
  /** Pull mode, by resource: events and pages pulled, pages short of events the cursor moved past. */
  readonly pulled: LabelledCounter<"resource">;
  readonly pullPages: LabelledCounter<"resource">;
  readonly pullFiltered: LabelledCounter<"resource">;
  /** Failed pulls by HTTP status, `network` or `store`. */
  readonly pullErrors: LabelledCounter<"status">;
  /** The newest pulled event's `time` (epoch ms) by resource: the cursor lag is now minus this, at scrape. */
  readonly pullNewestEventMs = new Map<string, number>();
  /**
   * Enrichment: dialog fetches by outcome (`present`, `deleted`, `not-yet-visible`; `not-found` and `failed`,
   * retried later; `refused`, given up until the dialog's next event).
   */
  readonly enrichmentFetches: LabelledCounter<"outcome">;
  /** Dialogs with a fetch outstanding (as of the enricher's last look), and fetches in flight. */
  readonly enrichmentQueueDepth: Gauge;
  readonly enrichmentInFlight: Gauge;
  readonly webhookSeconds: Histogram;
  /** From the webhook's commit to the worker's: how far processing trails receiving. */
  readonly processingLagSeconds: Histogram;
  private readonly retentionLastRunGauge: Gauge;

  // Running totals, counted up by assignment (`metrics.processed++`, the form the worker, retention and the
  // webhook use): an assignment adds the difference to its prom-client counter (see the constructor).
  declare duplicates: number;
  declare processed: number;
  declare handlerFailures: number;
  declare parked: number;
  declare pruned: number;
  declare retentionRuns: number;

  constructor() {
    const registers = [this.registry];
    const labelled = <L extends string>(name: string, help: string, label: L) =>
      new LabelledCounter(new Counter<L>({ name, help, labelNames: [label], registers }), label);
    const histogram = (name: string, help: string) =>
      new Histogram({ name, help, buckets: BUCKETS, registers });
    this.received = labelled("consumer_events_received_total", "Events read from deliveries.", "kind");
    this.rejected = labelled("consumer_rejected_total", "Deliveries or events refused.", "reason");
    this.replayed = labelled(
      "consumer_quarantine_replayed_total",
      "Quarantined deliveries replayed.",
      "outcome",
    );
    this.pulled = labelled("consumer_pull_events_total", "Events pulled from Altinn Events.", "resource");
    this.pullPages = labelled("consumer_pull_pages_total", "Pages pulled from Altinn Events.", "resource");
    this.pullFiltered = labelled(
      "consumer_pull_filtered_pages_total",
      "Pulled pages whose next skipped events not returned (authorization filtering).",
      "resource",
    );
    this.pullErrors = labelled("consumer_pull_errors_total", "Failed pulls.", "status");
    const newestEventMs = this.pullNewestEventMs;
    new Gauge({
      name: "consumer_pull_cursor_lag_seconds",
      help: "Now minus the time of the newest pulled event.",
      labelNames: ["resource"],
      registers,
      // Computed at scrape time: the lag grows while nothing new arrives.
      collect() {
        const now = Date.now();
        for (const [resource, ms] of newestEventMs) this.set({ resource }, (now - ms) / 1000);
      },
    });
    this.enrichmentFetches = labelled(
      "consumer_enrichment_fetches_total",
      "Dialog fetches from Dialogporten, by outcome.",
      "outcome",
    );
    this.enrichmentQueueDepth = new Gauge({
      name: "consumer_enrichment_queue_depth",
      help: "Dialogs with a fetch from Dialogporten outstanding.",
      registers,
    });
    this.enrichmentInFlight = new Gauge({
      name: "consumer_enrichment_in_flight",
      help: "Dialog fetches from Dialogporten in flight.",
      registers,
    });
    this.webhookSeconds = histogram("consumer_webhook_duration_seconds", "Webhook answer time.");
    this.processingLagSeconds = histogram(
      "consumer_processing_lag_seconds",
      "Time from receipt to processing of an inbox item.",
    );
    this.retentionLastRunGauge = new Gauge({
      name: "consumer_retention_last_run_timestamp_seconds",
      help: "When the last inbox retention run started.",
      registers,
    });
    for (const [field, [name, help]] of Object.entries(TOTALS)) {
      const counter = new Counter({ name, help, registers });
      let total = 0;
      Object.defineProperty(this, field, {
        get: () => total,
        set: (next: number) => {
          counter.inc(next - total);
          total = next;
        },
      });
    }
  }

  count<L extends string>(counter: LabelledCounter<L>, label: string, by = 1): void {
    counter.inc(label, by);
  }

  /** When the last retention run started, in Unix seconds. */
  set retentionLastRun(seconds: number) {
    this.retentionLastRunGauge.set(seconds);
  }
}
