// Prometheus counters and histograms, kept in memory and rendered as text on `GET /metrics`. They restart
// at zero with the process, as Prometheus expects; the durable totals are in `/api/stats`.

const BUCKETS = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

class Histogram {
  readonly counts = BUCKETS.map(() => 0);
  sum = 0;
  count = 0;

  observe(seconds: number): void {
    this.sum += seconds;
    this.count++;
    BUCKETS.forEach((bound, i) => {
      if (seconds <= bound) this.counts[i] = (this.counts[i] ?? 0) + 1;
    });
  }

  render(name: string, help: string): string[] {
    const lines = [`# HELP ${name} ${help}`, `# TYPE ${name} histogram`];
    BUCKETS.forEach((bound, i) => {
      lines.push(`${name}_bucket{le="${bound}"} ${this.counts[i]}`);
    });
    lines.push(
      `${name}_bucket{le="+Inf"} ${this.count}`,
      `${name}_sum ${this.sum}`,
      `${name}_count ${this.count}`,
    );
    return lines;
  }
}

export class Metrics {
  /** Events read from deliveries, by what they turned out to be. */
  readonly received = new Map<string, number>();
  duplicates = 0;
  /** Deliveries or events refused, by reason (invalid, malformed-json, unauthorized, ...). */
  readonly rejected = new Map<string, number>();
  processed = 0;
  handlerFailures = 0;
  parked = 0;
  /** Inbox items deleted by retention, runs of it, and when the last one started (Unix seconds). */
  pruned = 0;
  retentionRuns = 0;
  retentionLastRun = 0;
  /** Quarantined deliveries parsed again, by what they turned out to be. */
  readonly replayed = new Map<string, number>();
  /** Pull mode, by resource: events and pages pulled, pages short of events the cursor moved past. */
  readonly pulled = new Map<string, number>();
  readonly pullPages = new Map<string, number>();
  readonly pullFiltered = new Map<string, number>();
  /** Failed pulls by HTTP status, `network` or `store`. */
  readonly pullErrors = new Map<string, number>();
  /** The newest pulled event's `time` (epoch ms) by resource: the cursor lag is now minus this. */
  readonly pullNewestEventMs = new Map<string, number>();
  readonly webhookSeconds = new Histogram();
  /** From the webhook's commit to the worker's: how far processing trails receiving. */
  readonly processingLagSeconds = new Histogram();

  count(map: Map<string, number>, label: string, by = 1): void {
    map.set(label, (map.get(label) ?? 0) + by);
  }

  render(): string {
    const lines: string[] = [];
    const counter = (name: string, help: string, values: Map<string, number> | number, label = "") => {
      lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} counter`);
      if (typeof values === "number") lines.push(`${name} ${values}`);
      else for (const [key, value] of values) lines.push(`${name}{${label}="${key}"} ${value}`);
    };
    counter("consumer_events_received_total", "Events read from deliveries.", this.received, "kind");
    counter("consumer_events_duplicate_total", "Events already in the inbox.", this.duplicates);
    counter("consumer_rejected_total", "Deliveries or events refused.", this.rejected, "reason");
    counter("consumer_events_processed_total", "Inbox items processed.", this.processed);
    counter("consumer_handler_failures_total", "Failed processing attempts.", this.handlerFailures);
    counter("consumer_events_failed_total", "Inbox items parked as failed.", this.parked);
    counter("consumer_inbox_pruned_total", "Processed inbox items deleted by retention.", this.pruned);
    counter("consumer_retention_runs_total", "Inbox retention runs.", this.retentionRuns);
    lines.push(
      "# HELP consumer_retention_last_run_timestamp_seconds When the last inbox retention run started.",
      "# TYPE consumer_retention_last_run_timestamp_seconds gauge",
      `consumer_retention_last_run_timestamp_seconds ${this.retentionLastRun}`,
    );
    counter(
      "consumer_quarantine_replayed_total",
      "Quarantined deliveries replayed.",
      this.replayed,
      "outcome",
    );
    counter("consumer_pull_events_total", "Events pulled from Altinn Events.", this.pulled, "resource");
    counter("consumer_pull_pages_total", "Pages pulled from Altinn Events.", this.pullPages, "resource");
    counter(
      "consumer_pull_filtered_pages_total",
      "Pulled pages whose next skipped events not returned (authorization filtering).",
      this.pullFiltered,
      "resource",
    );
    counter("consumer_pull_errors_total", "Failed pulls.", this.pullErrors, "status");
    lines.push(
      "# HELP consumer_pull_cursor_lag_seconds Now minus the time of the newest pulled event.",
      "# TYPE consumer_pull_cursor_lag_seconds gauge",
    );
    const now = Date.now();
    for (const [resource, ms] of this.pullNewestEventMs) {
      lines.push(`consumer_pull_cursor_lag_seconds{resource="${resource}"} ${(now - ms) / 1000}`);
    }
    lines.push(...this.webhookSeconds.render("consumer_webhook_duration_seconds", "Webhook answer time."));
    lines.push(
      ...this.processingLagSeconds.render(
        "consumer_processing_lag_seconds",
        "Time from receipt to processing of an inbox item.",
      ),
    );
    return `${lines.join("\n")}\n`;
  }
}
