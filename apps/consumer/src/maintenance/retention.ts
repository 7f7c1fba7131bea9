// Inbox retention: processed items older than the window are deleted in bounded batches, on an interval and
// on demand (`POST /api/inbox/prune`).
//
// Why the window has a floor: the inbox is the deduplication. Once an item is deleted, a redelivery of the
// same (source, id) is accepted as a new event and its handlers run again. Altinn Events retries a delivery
// for about 35 hours (12 attempts, `apps/producer/src/delivery/schedule.ts`), so a window at least that long
// means every redelivery the broker can make still finds its item. A shorter window is refused.
//
// What is kept: `dialog_events` rows are never deleted. They key the projection on (dialog, source, id), not
// on the inbox id, so a pruned item leaves the projection as it was, and a late duplicate that is processed
// again inserts nothing and does not count the dialog's version up: the projection stays exactly once even
// past the window. Only handlers (at least once anyway) see such a duplicate again.

import type { Logger } from "pino";
import { ConfigError, MIN_RETENTION_HOURS } from "../config.js";
import type { Metrics } from "../metrics.js";
import type { Store } from "../store/store.js";

const HOUR = 3_600_000;
/** See `MIN_RETENTION_HOURS`: the broker's retry horizon (about 35 h) and a margin. */
export const MIN_RETENTION_MS = MIN_RETENTION_HOURS * HOUR;
export const DEFAULT_RETENTION_MS = 7 * 24 * HOUR;

export interface RetentionOptions {
  /** Processed items older than this are deleted. Default 7 days; at least `MIN_RETENTION_MS`. */
  retentionMs?: number;
  /** How often the job runs; 0 runs it on demand only. Default 1 hour. */
  intervalMs?: number;
  /** Items deleted per transaction, so one batch holds the writer (or row locks) only briefly. Default 500. */
  batchSize?: number;
}

export interface PruneReport {
  /** Items processed and received before this were eligible. */
  before: string;
  pruned: number;
  batches: number;
  ms: number;
}

/** Throws `ConfigError` for a window that would let the broker's redeliveries through as new events. */
export function checkRetention(retentionMs: number): void {
  if (!Number.isFinite(retentionMs) || retentionMs < MIN_RETENTION_MS) {
    throw new ConfigError(
      `inbox retention must be at least ${MIN_RETENTION_MS / HOUR} hours (Altinn Events redelivers for about ` +
        `35 hours; a shorter window would accept those redeliveries as new events), not ${retentionMs / HOUR} hours`,
    );
  }
}

export class RetentionJob {
  readonly retentionMs: number;
  private readonly intervalMs: number;
  private readonly batchSize: number;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<PruneReport> | undefined;
  private stopping = false;

  constructor(
    private readonly store: Store,
    private readonly metrics: Metrics,
    private readonly logger: Logger,
    options: RetentionOptions = {},
  ) {
    this.retentionMs = options.retentionMs ?? DEFAULT_RETENTION_MS;
    checkRetention(this.retentionMs);
    this.intervalMs = options.intervalMs ?? HOUR;
    this.batchSize = Math.max(1, Math.floor(options.batchSize ?? 500));
  }

  start(): void {
    this.stopping = false;
    if (this.intervalMs <= 0 || this.timer) return;
    this.timer = setInterval(() => {
      this.run().catch((error: unknown) => this.logger.error({ err: error }, "inbox retention failed"));
    }, this.intervalMs);
    this.timer.unref(); // never the reason the process stays up
  }

  /** One run now; a call while one runs shares it (two runs would only race for the same rows). */
  run(): Promise<PruneReport> {
    this.running ??= this.prune().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** Stops the interval and lets a running batch finish; later batches of that run are not started. */
  async stop(): Promise<void> {
    this.stopping = true;
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => {});
  }

  private async prune(): Promise<PruneReport> {
    const started = Date.now();
    const before = new Date(started - this.retentionMs);
    let pruned = 0;
    let batches = 0;
    for (;;) {
      const n = await this.store.pruneInbox(before, this.batchSize);
      pruned += n;
      batches++;
      this.metrics.pruned += n;
      if (n < this.batchSize || this.stopping) break;
      // Between batches, let deliveries and the worker have the store (the SQLite writer, PG connections).
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const report = { before: before.toISOString(), pruned, batches, ms: Date.now() - started };
    this.metrics.retentionRuns++;
    this.metrics.retentionLastRun = started / 1000;
    if (pruned > 0) this.logger.info(report, "inbox retention: pruned processed items");
    return report;
  }
}
