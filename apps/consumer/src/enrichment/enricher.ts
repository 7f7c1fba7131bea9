// Enrichment: after a Dialogporten event is committed, fetch its dialog from Dialogporten and keep the latest
// snapshot beside the projection. It runs beside the worker and never in its way: the event is stored and
// processed whatever happens to the fetch.
//
// - What to fetch comes from the store, not from memory: the event's own transaction marked its dialog
//   (`store/snapshots.ts`), so a restart, a crash or another instance picks up every pending fetch.
// - Deduplicated: one row per dialog. Events that arrive while its fetch is queued or in flight only count
//   up `wanted`; after the fetch, the dialog is due once more only if any arrived after the claim.
// - Bounded: at most `concurrency` fetches in flight, started at most `maxFetchesPerSecond` (evenly paced).
// - Failures (network, timeout, 5xx, 408, 429, 401): due again after exponential backoff, half of it random,
//   never sooner than `Retry-After`. A 404 is retried the same way `notFoundAttempts` times (a dialog whose
//   `visibleFrom` lies ahead answers 404), then recorded as `not-yet-visible`; after a `deleted` event, a 404
//   means deleted. 410 means deleted. Other 4xx (403: not ours to read) give up until the next event.

import { randomUUID } from "node:crypto";
import { setMaxListeners } from "node:events";
import type { Logger } from "pino";
import type { Metrics } from "../metrics.js";
import { nextAttemptAt } from "../processing/backoff.js";
import type { FetchClaim, FetchedSnapshot, Store } from "../store/store.js";
import type { DialogAnswer, DialogportenClient } from "./client.js";
import { RateLimiter } from "./rate-limiter.js";

export interface EnricherOptions {
  store: Store;
  client: DialogportenClient;
  metrics: Metrics;
  logger: Logger;
  /** Fetches in flight at most. */
  concurrency: number;
  /** Fetches started per second at most. */
  maxFetchesPerSecond: number;
  /** How long a claimed dialog stays this instance's; longer than a fetch can take. */
  leaseMs: number;
  /** After a failed fetch: exponential from `baseDelayMs` to `maxDelayMs`, half of it random. */
  backoff: { baseDelayMs: number; maxDelayMs: number };
  /** 404s in a row (without a `deleted` event) before the dialog is recorded as not yet visible. */
  notFoundAttempts: number;
  /** How often an idle enricher looks for fetches that became due (backoff); new events wake it at once. */
  pollMs: number;
}

/** What to do with a fetch's answer. */
type Verdict =
  | { kind: "snapshot"; snapshot: Omit<FetchedSnapshot, "startedAt"> }
  | { kind: "retry"; outcome: "not-found" | "failed"; error: string; retryAfterMs?: number | undefined }
  | { kind: "give-up"; error: string };

/** A snapshot without a dialog answered (410, 404). */
function without(status: "deleted" | "not-yet-visible"): Verdict {
  return { kind: "snapshot", snapshot: { status, revision: null, dialog: null, updatedAt: null } };
}

export class Enricher {
  private readonly owner = `enricher-${randomUUID()}`;
  private readonly limiter: RateLimiter;
  private readonly stopping = new AbortController();
  private readonly inFlight = new Set<Promise<void>>();
  private running: Promise<void> | undefined;
  private wakeUp: (() => void) | undefined;
  private woken = false;

  constructor(private readonly o: EnricherOptions) {
    this.limiter = new RateLimiter(o.maxFetchesPerSecond);
    // Every fetch waiting for its turn listens on this one signal (up to `concurrency`, which may be 256):
    // without this, Node warns of a leak from the eleventh on. Each wait removes its listener when it ends.
    setMaxListeners(0, this.stopping.signal);
  }

  start(): void {
    this.running ??= this.loop();
  }

  /** New events were stored: look for due fetches now. */
  wake(): void {
    this.woken = true;
    this.wakeUp?.();
  }

  /**
   * Stops claiming and aborts fetches in flight; their dialogs are given back still marked and are fetched
   * after a restart (a lease a crash left is released when SQLite opens, and expires on PostgreSQL).
   */
  async stop(): Promise<void> {
    this.stopping.abort();
    this.wake();
    await this.running;
    await Promise.all(this.inFlight);
  }

  private async loop(): Promise<void> {
    const { store, concurrency, leaseMs, logger, metrics, pollMs, backoff } = this.o;
    let storeFailures = 0;
    while (!this.stopping.signal.aborted) {
      this.woken = false;
      const free = concurrency - this.inFlight.size;
      let claimed: FetchClaim[] = [];
      try {
        if (free > 0) claimed = await store.claimFetches(this.owner, new Date(), leaseMs, free);
        metrics.enrichmentQueueDepth.set(await store.pendingFetches());
        storeFailures = 0;
      } catch (error) {
        if (storeFailures++ === 0)
          logger.error({ err: error }, "could not claim dialog fetches; backing off");
        await this.sleep(Math.min(backoff.maxDelayMs, pollMs * 2 ** Math.min(storeFailures, 10)));
        continue;
      }
      // Started even when stopping meanwhile: an aborted fetch gives its dialog back at once.
      for (const claim of claimed) {
        const fetch = this.fetchOne(claim).finally(() => {
          this.inFlight.delete(fetch);
          metrics.enrichmentInFlight.set(this.inFlight.size);
          this.wake();
        });
        this.inFlight.add(fetch);
      }
      metrics.enrichmentInFlight.set(this.inFlight.size);
      // A full claim may leave more due: look again at once while there is room.
      if (claimed.length === 0 || claimed.length < free || this.inFlight.size >= concurrency) {
        await this.sleep(pollMs);
      }
    }
  }

  private sleep(ms: number): Promise<void> {
    if (this.woken || this.stopping.signal.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      const wakeUp = () => done();
      this.wakeUp = wakeUp;
      function done() {
        clearTimeout(timer);
        resolve();
      }
    });
  }

  private async fetchOne(claim: FetchClaim): Promise<void> {
    const { client, store, metrics, logger } = this.o;
    const log = logger.child({ dialogId: claim.dialogId });
    let verdict: Verdict;
    let startedAt = Date.now();
    try {
      await this.limiter.take(this.stopping.signal);
      startedAt = Date.now();
      verdict = this.judge(await client.getDialog(claim.dialogId, this.stopping.signal), claim);
    } catch (error) {
      if (this.stopping.signal.aborted) {
        // Cut short by a stop: given back still marked, so the next start (or another instance) fetches it.
        await store.releaseFetch(this.owner, claim).catch(() => {});
        return;
      }
      verdict = { kind: "retry", outcome: "failed", error: `network: ${(error as Error).message}` };
    }
    try {
      if (verdict.kind === "snapshot") {
        const snapshot = { ...verdict.snapshot, startedAt };
        const replaced = await store.finishFetch(this.owner, claim, snapshot, new Date());
        metrics.count(metrics.enrichmentFetches, verdict.snapshot.status);
        log.debug({ status: snapshot.status, revision: snapshot.revision, replaced }, "dialog fetched");
      } else if (verdict.kind === "retry") {
        const retryAt = this.retryAt(claim, verdict.retryAfterMs);
        await store.deferFetch(this.owner, claim, verdict.error, retryAt);
        metrics.count(metrics.enrichmentFetches, verdict.outcome);
        log.info(
          { error: verdict.error, attempt: claim.attempts + 1, retryAt },
          "dialog fetch failed; will retry",
        );
      } else {
        await store.deferFetch(this.owner, claim, verdict.error, null);
        metrics.count(metrics.enrichmentFetches, "refused");
        log.warn({ error: verdict.error }, "dialog fetch refused; waiting for the dialog's next event");
      }
    } catch (error) {
      // The fetch is still marked: when the lease expires it is claimed again.
      log.error(
        { err: error },
        "could not record a dialog fetch; it is fetched again when its lease expires",
      );
    }
  }

  private judge(answer: DialogAnswer, claim: FetchClaim): Verdict {
    if ("dialog" in answer) {
      const { dialog } = answer;
      const updatedAt = dialog.updatedAt ? Date.parse(dialog.updatedAt) : Number.NaN;
      // The service-owner view answers a deleted dialog too, with `deletedAt`.
      const deleted = "deletedAt" in dialog && dialog.deletedAt;
      return {
        kind: "snapshot",
        snapshot: {
          status: deleted ? "deleted" : "present",
          revision: dialog.revision ?? null,
          dialog,
          updatedAt: Number.isNaN(updatedAt) ? null : updatedAt,
        },
      };
    }
    const { status } = answer;
    const error = `HTTP ${status}${answer.body ? `: ${answer.body.slice(0, 300)}` : ""}`;
    if (status === 410) return without("deleted");
    if (status === 404) {
      if (claim.deleted) return without("deleted");
      if (claim.attempts + 1 >= this.o.notFoundAttempts) return without("not-yet-visible");
      return { kind: "retry", outcome: "not-found", error };
    }
    if (status >= 500 || status === 408 || status === 429 || status === 401) {
      return { kind: "retry", outcome: "failed", error, retryAfterMs: answer.retryAfterMs };
    }
    return { kind: "give-up", error };
  }

  private retryAt(claim: FetchClaim, retryAfterMs: number | undefined): Date {
    const { baseDelayMs, maxDelayMs } = this.o.backoff;
    const policy = { maxAttempts: Number.POSITIVE_INFINITY, baseDelayMs, maxDelayMs };
    const now = new Date();
    const backoff = nextAttemptAt(policy, claim.attempts + 1, now) as Date;
    const notBefore = now.getTime() + (retryAfterMs ?? 0);
    return backoff.getTime() >= notBefore ? backoff : new Date(notBefore);
  }
}
