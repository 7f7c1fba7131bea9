// Drains the inbox after the webhook has answered. Each item: run the user's handlers (at least once, with
// retries), then mark it processed and apply the projection in one transaction (exactly once).

import { randomUUID } from "node:crypto";
import type { DialogportenEvent } from "dialogporten-events";
import type { Logger } from "pino";
import type { Metrics } from "../metrics.js";
import { projectionChange } from "../projection/dialogs.js";
import { type InboxItem, type Store, StoreUnavailableError } from "../store/store.js";
import { nextAttemptAt, type RetryPolicy } from "./backoff.js";
import type { HandlerRegistry } from "./handlers.js";

export interface WorkerOptions {
  store: Store;
  handlers: HandlerRegistry;
  metrics: Metrics;
  logger: Logger;
  retry: RetryPolicy;
  /** How long a claim holds an item; longer than the slowest handler. */
  leaseMs: number;
  batchSize: number;
  /** How often an idle worker looks for items that became due (retries); new deliveries wake it at once. */
  idlePollMs: number;
}

type Outcome = "done" | "store-failed";

export class Worker {
  private readonly owner = `worker-${randomUUID()}`;
  private running: Promise<void> | undefined;
  private stopping = false;
  private wakeUp: (() => void) | undefined;

  constructor(private readonly options: WorkerOptions) {}

  start(): void {
    this.stopping = false;
    this.running ??= this.loop().finally(() => {
      this.running = undefined;
    });
  }

  /** Called after a delivery is committed, so new items do not wait for the next poll. */
  wake(): void {
    this.wakeUp?.();
  }

  /** Finishes the item in hand; claimed items not started yet are released when their lease expires. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake();
    await this.running;
  }

  /**
   * Never ends on an error: when the store fails (database down), the loop backs off (up to 5 s) and tries
   * again, so processing resumes by itself when the store is back. Items claimed before the failure keep
   * their lease until it expires, then any worker claims them again.
   */
  private async loop(): Promise<void> {
    const { store, leaseMs, batchSize, idlePollMs, logger } = this.options;
    let storeFailures = 0;
    while (!this.stopping) {
      let items: InboxItem[] = [];
      let storeFailed = false;
      try {
        items = await store.claimDue(this.owner, new Date(), leaseMs, batchSize);
      } catch (error) {
        storeFailed = true;
        if (storeFailures === 0) logger.error({ err: error }, "could not claim inbox items; backing off");
      }
      // Handlers run one item after the other; each item's completion (or failure record) is not awaited
      // before the next item's handlers: the writes of a batch share commits instead of one commit each,
      // which is what lets processing keep up with ingest.
      const writes: Promise<Outcome>[] = [];
      for (const item of items) {
        if (this.stopping || storeFailed) break;
        const write = (await this.handle(item)).written;
        write.then((outcome) => {
          if (outcome === "store-failed") storeFailed = true;
        });
        writes.push(write);
      }
      if ((await Promise.all(writes)).includes("store-failed")) storeFailed = true;
      if (storeFailed) {
        storeFailures++;
        if (!this.stopping) await this.sleep(Math.min(5_000, idlePollMs * 2 ** Math.min(storeFailures, 10)));
        continue;
      }
      if (storeFailures > 0)
        logger.info({ failures: storeFailures }, "the store is back; processing resumes");
      storeFailures = 0;
      if (items.length === 0 && !this.stopping) await this.sleep(idlePollMs);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wakeUp = done;
    });
  }

  /**
   * Runs the item's handlers, then starts the write that records the outcome: `written` settles when it is
   * committed (wrapped, so that awaiting `handle` waits for the handlers only).
   */
  private async handle(item: InboxItem): Promise<{ written: Promise<Outcome> }> {
    const { handlers, logger } = this.options;
    const log = logger.child({ inboxId: item.id, type: item.type, eventId: item.eventId });
    let change: Parameters<Store["complete"]>[3];
    try {
      if (item.kind === "dialogporten") {
        // Stored only after it passed validation, so the stored JSON is a DialogportenEvent.
        const event = item.event as unknown as DialogportenEvent;
        await handlers.run(event, { inboxId: item.id, attempt: item.attempts });
        change = projectionChange(event);
      }
    } catch (error) {
      return { written: this.failed(item, log, error).then(() => "done") };
    }
    return { written: this.complete(item, log, change) };
  }

  private async complete(
    item: InboxItem,
    log: Logger,
    change: Parameters<Store["complete"]>[3],
  ): Promise<Outcome> {
    const { store, metrics, retry } = this.options;
    try {
      if (await store.complete(item.id, this.owner, new Date(), change)) {
        metrics.processed++;
        metrics.processingLagSeconds.observe((Date.now() - Date.parse(item.receivedAt)) / 1000);
      } else {
        log.warn("lease lost before completion; another worker owns the item now");
      }
      return "done";
    } catch (error) {
      if (error instanceof StoreUnavailableError && item.attempts < retry.maxAttempts) {
        // Not the handler's fault: the item stays claimed until its lease expires, then it runs again
        // (a store error that keeps coming back for this item parks it after the last attempt, as usual).
        log.error({ err: error }, "could not complete the item; it is retried when its lease expires");
        return "store-failed";
      }
      await this.failed(item, log, error);
      return "done";
    }
  }

  private async failed(item: InboxItem, log: Logger, error: unknown): Promise<void> {
    const { store, metrics, retry } = this.options;
    const retryAt = nextAttemptAt(retry, item.attempts, new Date());
    metrics.handlerFailures++;
    if (!retryAt) metrics.parked++;
    const message = error instanceof Error ? error.message : String(error);
    log.warn(
      { err: error, attempt: item.attempts, retryAt: retryAt?.toISOString() ?? null },
      retryAt ? "processing failed; will retry" : "processing failed; parked as failed",
    );
    await store.fail(item.id, this.owner, message, retryAt).catch((failError: unknown) => {
      log.error({ err: failError }, "could not record the failure; the lease will expire and it is retried");
    });
  }
}
