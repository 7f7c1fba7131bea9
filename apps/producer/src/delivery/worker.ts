import { setMaxListeners } from "node:events";
import { setTimeout as sleep } from "node:timers/promises";
import { SUBSCRIPTION_VALIDATION_TYPE } from "dialogporten-events";
import type { Logger } from "pino";
import type { DeliveryRepository } from "../outbox/deliveries.js";
import { type Delivery, StoreUnavailableError } from "../outbox/store.js";
import type { SubscriptionRepository } from "../outbox/subscriptions.js";
import { type DeliveryChaos, loseAnswer, reorderDelay, wasAcknowledged } from "./chaos.js";
import { type PostResult, postEvent } from "./http.js";
import { retryDelay } from "./schedule.js";

export type Outcome = "delivered" | "retry" | "dead";

/** How often recording a result is retried while the outbox's database is unreachable. */
const RECORD_RETRY_MS = 500;

export interface WorkerOptions {
  deliveries: DeliveryRepository;
  /** A validation delivery's result activates (or fails) its subscription. */
  subscriptions: Pick<SubscriptionRepository, "setStatus">;
  logger: Logger;
  timeoutMs: number;
  timeScale: number;
  /** In-flight POSTs per subscription; each subscription has its own budget. */
  maxConcurrency: number;
  /** Upper bound on how long the worker sleeps when nothing wakes it (a publish or a finished POST does). */
  pollMs?: number;
  /**
   * How long a claim lasts: past it, another instance (or this one) may claim the delivery again. It must
   * outlast a POST (`timeoutMs`) plus recording it; `timeoutMs + 10 s` by default (plus `chaos.reorderMs`).
   */
  leaseMs?: number;
  /** Delays and duplicates on purpose (see chaos.ts); absent: every delivery is sent at once, once. */
  chaos?: DeliveryChaos | undefined;
  onOutcome?: (delivery: Delivery, outcome: Outcome, result: PostResult) => void;
  /** A POST of a delivery the receiver had already answered 2xx (a chaos duplicate) is being sent. */
  onDuplicate?: (delivery: Delivery) => void;
}

/**
 * Takes due deliveries from the outbox and POSTs them. Claims are per subscription and capped by that
 * subscription's free slots, so a slow or dead receiver only ever ties up its own slots.
 */
export class DeliveryWorker {
  private readonly inFlight = new Map<number, number>();
  private readonly running = new Set<Promise<void>>();
  private active = false;
  private ticking = false;
  private again = false;
  private timer: NodeJS.Timeout | undefined;
  private readonly shutdown = new AbortController();

  constructor(private readonly options: WorkerOptions) {
    // Every delivery in flight waits on this one signal (its POST, a chaos delay, a retried record), and
    // in-flight deliveries are bounded per subscription only: without this, Node warns of a leak from the
    // eleventh on. Each wait removes its listener when it ends.
    setMaxListeners(0, this.shutdown.signal);
  }

  /** Starts claiming; claims of a killed previous run are the broker's to release first. */
  start(): void {
    this.active = true;
    this.wake();
  }

  /** Look for due work now rather than at the next poll. */
  wake(): void {
    if (!this.active) return;
    if (this.ticking) {
      this.again = true;
      return;
    }
    void this.tick();
  }

  /**
   * Stops claiming and cuts off the POSTs under way without recording them: their claims stay in the
   * outbox and are released on the next start, so they are sent again rather than waited for (up to 45 s).
   */
  async stop(): Promise<void> {
    this.active = false;
    clearTimeout(this.timer);
    this.shutdown.abort();
    await Promise.allSettled([...this.running]);
  }

  get inFlightTotal(): number {
    let total = 0;
    for (const n of this.inFlight.values()) total += n;
    return total;
  }

  private async tick(): Promise<void> {
    this.ticking = true;
    clearTimeout(this.timer);
    const { deliveries, maxConcurrency, timeoutMs } = this.options;
    const leaseMs = this.options.leaseMs ?? timeoutMs + 10_000 + (this.options.chaos?.reorderMs ?? 0);
    try {
      do {
        this.again = false;
        const now = Date.now();
        for (const subscriptionId of await deliveries.dueSubscriptions(now)) {
          const free = maxConcurrency - (this.inFlight.get(subscriptionId) ?? 0);
          if (free <= 0 || !this.active) continue;
          const lease = now + leaseMs;
          for (const delivery of await deliveries.claimDue(subscriptionId, free, now, lease))
            this.attempt(delivery, lease);
        }
      } while (this.again && this.active);
      if (this.active) {
        const pollMs = this.options.pollMs ?? 250;
        const at = await deliveries.nextDueAt();
        const now = Date.now();
        const wait = at !== undefined && at > now ? Math.min(at - now, pollMs) : pollMs;
        this.timer = setTimeout(() => this.wake(), wait);
      }
    } catch (error) {
      this.options.logger.error({ err: error }, "delivery loop failed; trying again shortly");
      if (this.active) this.timer = setTimeout(() => this.wake(), 1000);
    } finally {
      this.ticking = false;
    }
    if (this.again && this.active) this.wake();
  }

  private attempt(delivery: Delivery, leaseUntil: number): void {
    const sub = delivery.subscriptionId;
    this.inFlight.set(sub, (this.inFlight.get(sub) ?? 0) + 1);
    const job = this.deliver(delivery, leaseUntil)
      .catch((error) =>
        this.options.logger.error({ err: error, delivery: delivery.id }, "could not record an attempt"),
      )
      .finally(() => {
        this.inFlight.set(sub, (this.inFlight.get(sub) ?? 1) - 1);
        this.running.delete(job);
        this.wake();
      });
    this.running.add(job);
  }

  /**
   * Records a result, retrying while the outbox is unreachable and the claim still holds; after that the
   * error stands, the claim lapses and the delivery is attempted again (at least once, never lost).
   */
  private async record(leaseUntil: number, write: () => Promise<boolean>): Promise<boolean> {
    for (;;) {
      try {
        return await write();
      } catch (error) {
        if (!(error instanceof StoreUnavailableError)) throw error;
        if (this.shutdown.signal.aborted || Date.now() + RECORD_RETRY_MS >= leaseUntil) throw error;
        await sleep(RECORD_RETRY_MS, undefined, { signal: this.shutdown.signal }).catch(() => undefined);
      }
    }
  }

  private setStatus(leaseUntil: number, id: number, status: "active" | "failed", at: number) {
    return this.record(leaseUntil, () =>
      this.options.subscriptions.setStatus(id, status, at).then(() => true),
    );
  }

  private async deliver(delivery: Delivery, leaseUntil: number): Promise<void> {
    const { deliveries, logger, timeoutMs, timeScale, chaos } = this.options;
    const isValidation = delivery.type === SUBSCRIPTION_VALIDATION_TYPE;
    if (chaos && !isValidation) {
      // The slot stays taken while it waits, so concurrency per subscription keeps its bound.
      const delay = reorderDelay(chaos, delivery);
      if (delay > 0) await sleep(delay, undefined, { signal: this.shutdown.signal }).catch(() => undefined);
      if (this.shutdown.signal.aborted) return;
    }
    if (wasAcknowledged(delivery)) this.options.onDuplicate?.(delivery);
    const result = await postEvent(delivery.endPoint, delivery.body, timeoutMs, this.shutdown.signal);
    if (this.shutdown.signal.aborted) return;
    const at = Date.now();
    const attempts = delivery.attempts + 1;
    // A 2xx "lost" on purpose is retried like any failure; never on the last attempt, which would dead-letter
    // an event the receiver has.
    const lost =
      result.ok &&
      chaos !== undefined &&
      !isValidation &&
      retryDelay(attempts, timeScale) !== undefined &&
      loseAnswer(chaos, delivery);
    const error = lost ? `answered ${result.status}; answer treated as lost (delivery chaos)` : result.error;
    const attempt = { attempts, status: result.status, error, at };
    const log = {
      delivery: delivery.id,
      event: delivery.eventId,
      type: delivery.type,
      subscription: delivery.subscriptionId,
      attempt: attempt.attempts,
      status: result.status,
      ms: Math.round(result.ms),
    };
    let outcome: Outcome;
    let recorded: boolean;
    if (result.ok && !lost) {
      outcome = "delivered";
      recorded = await this.record(leaseUntil, () => deliveries.markDelivered(delivery, attempt));
      if (recorded && isValidation) await this.setStatus(leaseUntil, delivery.subscriptionId, "active", at);
      if (recorded) logger.debug(log, isValidation ? "subscription validated" : "delivered");
    } else {
      const delay = retryDelay(attempt.attempts, timeScale);
      if (delay === undefined) {
        outcome = "dead";
        recorded = await this.record(leaseUntil, () => deliveries.markDead(delivery, attempt));
        if (recorded && isValidation) await this.setStatus(leaseUntil, delivery.subscriptionId, "failed", at);
        if (recorded) logger.warn({ ...log, error: result.error }, "dead-lettered after the last attempt");
      } else {
        outcome = "retry";
        recorded = await this.record(leaseUntil, () =>
          deliveries.scheduleRetry(delivery, attempt, at + delay),
        );
        if (recorded)
          logger.info(
            { ...log, error, retryInMs: delay },
            lost ? "will send a duplicate" : "delivery failed; will retry",
          );
      }
    }
    if (!recorded) {
      // The lease ran out and the delivery was claimed again (or finished, or cancelled) meanwhile: the
      // newer claim's result stands; this attempt only adds an at-least-once duplicate at the receiver.
      logger.warn({ ...log, outcome }, "claim lost before the attempt was recorded; result dropped");
      return;
    }
    this.options.onOutcome?.(delivery, outcome, result);
  }
}
