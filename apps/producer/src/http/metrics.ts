import type { Outcome } from "../delivery/worker.js";
import type { OutboxCounts } from "../outbox/store.js";

/** Process-lifetime counters; queue depths come from the outbox itself so they survive restarts. */
export class Metrics {
  published = 0;
  rejected = 0;
  attempts = 0;
  readonly outcomes: Record<Outcome, number> = { delivered: 0, retry: 0, dead: 0 };
  readonly durations: number[] = [];

  recordAttempt(outcome: Outcome, ms: number): void {
    this.attempts++;
    this.outcomes[outcome]++;
    if (this.durations.length >= 1000) this.durations.shift();
    this.durations.push(ms);
  }

  /** Prometheus text exposition format, version 0.0.4. */
  render(counts: OutboxCounts, subscriptions: Record<string, number>): string {
    const lines: string[] = [];
    const metric = (name: string, kind: "counter" | "gauge", help: string, samples: [string, number][]) => {
      lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${kind}`);
      for (const [labels, value] of samples) lines.push(`${name}${labels} ${value}`);
    };
    metric("producer_events_published_total", "counter", "Events accepted by the publish endpoint.", [
      ["", this.published],
    ]);
    metric("producer_events_rejected_total", "counter", "Publishes refused (strict mode or media type).", [
      ["", this.rejected],
    ]);
    metric("producer_delivery_attempts_total", "counter", "POSTs to subscribers, by outcome.", [
      ['{outcome="delivered"}', this.outcomes.delivered],
      ['{outcome="retry"}', this.outcomes.retry],
      ['{outcome="dead"}', this.outcomes.dead],
    ]);
    metric("producer_outbox_deliveries", "gauge", "Deliveries in the outbox, by state.", [
      ['{state="pending"}', counts.pending],
      ['{state="retrying"}', counts.retrying],
      ['{state="in_flight"}', counts.inFlight],
      ['{state="delivered"}', counts.delivered],
      ['{state="dead"}', counts.dead],
    ]);
    metric("producer_outbox_events", "gauge", "Events stored in the outbox.", [["", counts.events]]);
    metric(
      "producer_subscriptions",
      "gauge",
      "Subscriptions, by status.",
      Object.entries(subscriptions).map(([status, n]) => [`{status="${status}"}`, n]),
    );
    const sorted = [...this.durations].sort((a, b) => a - b);
    const quantile = (q: number) =>
      sorted.length ? (sorted[Math.floor(q * (sorted.length - 1))] as number) / 1000 : 0;
    metric(
      "producer_delivery_duration_seconds",
      "gauge",
      "POST duration quantiles over the last 1000 attempts.",
      [
        ['{quantile="0.5"}', quantile(0.5)],
        ['{quantile="0.99"}', quantile(0.99)],
      ],
    );
    return `${lines.join("\n")}\n`;
  }
}
