// Drains the inbox after the webhook has answered. Each item: run the user's handlers (at least once, with
// retries), then mark it processed and apply the projection in one transaction (exactly once); the items of
// a claim whose handlers succeeded are completed together, in one transaction.

import { randomUUID } from "node:crypto";
import type { DialogportenEvent } from "dialogporten-events";
import type { Logger } from "pino";
import type { Metrics } from "../metrics.js";
import { type ProjectionChange, projectionChange } from "../projection/dialogs.js";
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

/** An item whose handlers ran, waiting for its completion to be written. */
interface Handled {
  item: InboxItem;
  change: ProjectionChange | undefined;
}

/**
 * How long a completion may wait for the completions of the items handled after it. Handlers that return at
 * once fill one write per claim; a slow handler does not hold back the items handled before it (their
 * leases run, and the processed state is what readers see).
 */
const COMPLETION_WAIT_MS = 50;

/** The completions of one claim, written together (at the latest `COMPLETION_WAIT_MS` after the first). */
class Completions {
  private pending: Handled[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly send: (handled: Handled[]) => void) {}

  add(handled: Handled): void {
    this.pending.push(handled);
    this.timer ??= setTimeout(() => this.flush(), COMPLETION_WAIT_MS);
  }

  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.pending.length === 0) return;
    const handled = this.pending;
    this.pending = [];
    this.send(handled);
  }
}

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
      // Handlers run one item after the other. The completions of those that succeeded are gathered and
      // written together (one store call, one statement for the claim's items), not awaited before the next
      // item's handlers: the per-item cost of a completion is what ingest pays for while processing keeps up.
      const writes: Promise<Outcome>[] = [];
      const track = (write: Promise<Outcome>) => {
        write.then((outcome) => {
          if (outcome === "store-failed") storeFailed = true;
        });
        writes.push(write);
      };
      const completions = new Completions((handled) => track(this.complete(handled)));
      for (const item of items) {
        if (this.stopping || storeFailed) break;
        const handled = await this.handle(item);
        if ("failure" in handled) track(handled.failure);
        else completions.add(handled);
      }
      completions.flush();
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

  /** Runs the item's handlers; a failure starts the write that records it (`failure` settles when it did). */
  private async handle(item: InboxItem): Promise<Handled | { failure: Promise<Outcome> }> {
    const { handlers } = this.options;
    let change: ProjectionChange | undefined;
    try {
      if (item.kind === "dialogporten") {
        // Stored only after it passed validation, so the stored JSON is a DialogportenEvent.
        const event = item.event as unknown as DialogportenEvent;
        await handlers.run(event, { inboxId: item.id, attempt: item.attempts });
        change = projectionChange(event);
      }
    } catch (error) {
      return { failure: this.failed(item, error).then(() => "done") };
    }
    return { item, change };
  }

  /** Marks handled items processed (with their projection changes), in one store call. */
  private async complete(handled: Handled[]): Promise<Outcome> {
    const { store, metrics, retry } = this.options;
    try {
      const items = handled.map(({ item, change }) => ({ id: item.id, change }));
      const done = new Set(await store.completeMany(this.owner, new Date(), items));
      for (const { item } of handled) {
        if (done.has(item.id)) {
          metrics.processed++;
          metrics.processingLagSeconds.observe((Date.now() - Date.parse(item.receivedAt)) / 1000);
        } else {
          this.log(item).warn("lease lost before completion; another worker owns the item now");
        }
      }
      return "done";
    } catch (error) {
      if (handled.length > 1 && !(error instanceof StoreUnavailableError)) {
        // Not an outage: one item may be the cause (its projection broke a constraint). Each item on its own,
        // so that only such an item fails, with its own retry and backoff.
        const outcomes = await Promise.all(handled.map((h) => this.complete([h])));
        return outcomes.includes("store-failed") ? "store-failed" : "done";
      }
      const outcomes = await Promise.all(
        handled.map(async ({ item }): Promise<Outcome> => {
          if (error instanceof StoreUnavailableError && item.attempts < retry.maxAttempts) {
            // Not the handler's fault: the item stays claimed until its lease expires, then it runs again
            // (a store error that keeps coming back for this item parks it after the last attempt, as usual).
            this.log(item).error(
              { err: error },
              "could not complete the item; it is retried when its lease expires",
            );
            return "store-failed";
          }
          await this.failed(item, error);
          return "done";
        }),
      );
      return outcomes.includes("store-failed") ? "store-failed" : "done";
    }
  }

  /** A logger for one item, made only when something is logged (a child logger per item costs). */
  private log(item: InboxItem): Logger {
    return this.options.logger.child({ inboxId: item.id, type: item.type, eventId: item.eventId });
  }

  private async failed(item: InboxItem, error: unknown): Promise<void> {
    const { store, metrics, retry } = this.options;
    const log = this.log(item);
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
