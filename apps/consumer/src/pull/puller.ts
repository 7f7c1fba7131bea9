// Pull mode: for one (resource, subject, types), pages of events from the Altinn Events API into the inbox,
// through the webhook's own parse, dedup and quarantine path (`parseDelivery`, `toEntry`), each page stored
// in one transaction with its cursor (`Store.pullPage`). Caught up (an empty page): wait, ask again from
// the same cursor. Errors: backoff with jitter, `Retry-After` honoured.

import type { Logger } from "pino";
import { parseDelivery } from "../intake/content-types.js";
import { count, toEntry, toOutcome } from "../intake/entries.js";
import { type DeliveryLimits, MAX_BATCH_EVENTS } from "../intake/input-bounds.js";
import type { Metrics } from "../metrics.js";
import { nextAttemptAt } from "../processing/backoff.js";
import type { PullCursorId, RecordResult, Store } from "../store/store.js";
import { type EventsApiClient, EventsApiError } from "./client.js";

export interface PullTarget {
  resource: string;
  subject?: string | undefined;
  types?: readonly string[];
}

export interface PullerOptions {
  store: Store;
  client: EventsApiClient;
  metrics: Metrics;
  logger: Logger;
  target: PullTarget;
  /** Only the depth bound applies: the page size is the consumer's own choice. */
  maxJsonDepth: number;
  /** Events asked for per page (`size`). */
  pageSize: number;
  /** Wait after an empty page before asking again. */
  pollIntervalMs: number;
  /** Backoff after an error: exponential from `baseDelayMs` to `maxDelayMs`, half of it random. */
  backoff: { baseDelayMs: number; maxDelayMs: number };
  /** Called after a page stored something new: the worker should look. */
  onStored(): void;
}

/** The three as one text: the cursor's key (`pull_cursor.cursor_key`). */
export function pullCursorId(target: PullTarget): PullCursorId {
  const subject = target.subject || null;
  const types = [...new Set(target.types ?? [])].sort();
  return {
    key: JSON.stringify([target.resource, subject, types]),
    resource: target.resource,
    subject,
    types,
  };
}

/** What one page did, for the loop and the tests. */
export type PageOutcome =
  | { kind: "stored"; events: number; filtered: "skipped" | "short" | undefined; more: boolean }
  | { kind: "caught-up" }
  | { kind: "moved" };

export class Puller {
  readonly cursor: PullCursorId;
  private readonly limits: DeliveryLimits;
  private running: Promise<void> | undefined;
  private readonly stopping = new AbortController();
  /** Consecutive pages that came back short of events the cursor moved past (authorization filtering). */
  private filteredStreak = 0;
  /**
   * The last page, when it was short of `size` yet had a `next`: whether it was filtered is known only once
   * the page after it has events (see `confirmShort`).
   */
  private lastShort: { url: string } | undefined;

  constructor(private readonly o: PullerOptions) {
    this.cursor = pullCursorId(o.target);
    this.limits = { maxJsonDepth: o.maxJsonDepth, maxBatchEvents: MAX_BATCH_EVENTS };
  }

  start(): void {
    this.running ??= this.loop();
  }

  /** Stops asking; a page being stored is finished first. */
  async stop(): Promise<void> {
    this.stopping.abort();
    await this.running;
  }

  private async loop(): Promise<void> {
    let failures = 0;
    while (!this.stopping.signal.aborted) {
      let wait = 0;
      try {
        const outcome = await this.pullOnce();
        failures = 0;
        if (outcome.kind === "caught-up") wait = this.o.pollIntervalMs;
      } catch (error) {
        if (this.stopping.signal.aborted) break;
        failures++;
        wait = this.failed(error, failures);
      }
      if (wait > 0) await sleep(wait, this.stopping.signal);
    }
  }

  /** One page: asked for from the stored cursor, stored with the cursor's move in one transaction. */
  async pullOnce(): Promise<PageOutcome> {
    const { store, client, metrics, target } = this.o;
    const expected = await store.pullCursor(this.cursor.key);
    const url = client.pullUrl({
      resource: target.resource,
      after: expected,
      subject: this.cursor.subject ?? undefined,
      types: this.cursor.types,
      size: this.o.pageSize,
    });
    const page = await client.pull(url, this.stopping.signal);
    metrics.count(metrics.pullPages, target.resource);
    const parsed = parseDelivery("batch", {}, page.body, this.limits);
    const results = "refusal" in parsed ? [parsed.refusal] : parsed.results;
    const members = jsonArray(page.body);
    const ids = members.flatMap((m) => (typeof m?.id === "string" ? [m.id] : []));
    const lastId = ids.at(-1);
    const nextAfter = afterOf(page.next);
    const afterId = nextAfter ?? lastId;
    if (afterId === undefined || afterId === expected) return { kind: "caught-up" };
    const filtered = await this.filtering(url, page.next !== undefined, nextAfter, ids);
    const entries = results.map((result) => toEntry(result, page.body));
    const written = await store.pullPage({ cursor: this.cursor, expected, afterId, entries }, new Date());
    if (!written.moved) {
      this.o.logger.info({ resource: target.resource, afterId: written.afterId }, "cursor moved elsewhere");
      return { kind: "moved" };
    }
    const outcomes = entries.map((entry, i) => toOutcome(entry, written.results[i] as RecordResult));
    count(metrics, outcomes);
    metrics.count(metrics.pulled, target.resource, ids.length);
    const newest = newestTime(members);
    if (newest !== undefined) metrics.pullNewestEventMs.set(target.resource, newest);
    if (outcomes.some((o) => o.status === "accepted")) this.o.onStored();
    this.noteFiltering(filtered, ids.length, expected, afterId);
    this.o.logger.debug({ resource: target.resource, events: ids.length, afterId }, "pulled a page");
    return { kind: "stored", events: ids.length, filtered, more: page.next !== undefined };
  }

  /**
   * Whether the broker left events out of this page or the one before (authorization filtering: Altinn
   * fetches `size` events, then drops those the token may not read). Following `next` moves past them, which
   * is right (waiting would not make them readable), but an operator must hear of it. Two signs:
   * - `skipped`: `next` points past the last event returned (a broker that moves its cursor past what it
   *   dropped; Altinn's own `next` names the last event returned, so it never shows this);
   * - `short`: the page before was short of `size` yet had a `next`, this one has events, and the page before,
   *   asked for again now, still has fewer than `size` and not this page's first event (`confirmShort`).
   * A short page followed by events is not enough on its own: events that became visible in between (the
   * visibility delay lets them through continuously) make every last page look like that.
   * A page with events dropped in its middle and none after is not told from a caught-up one.
   */
  private async filtering(
    url: string,
    hasNext: boolean,
    nextAfter: string | undefined,
    ids: string[],
  ): Promise<"skipped" | "short" | undefined> {
    const skipped = nextAfter !== undefined && nextAfter !== ids.at(-1);
    const before = this.lastShort;
    this.lastShort = !skipped && hasNext && ids.length < this.o.pageSize ? { url } : undefined;
    if (skipped) return "skipped";
    const first = ids[0];
    if (before === undefined || first === undefined) return undefined;
    return (await this.confirmShort(before.url, first)) ? "short" : undefined;
  }

  /**
   * Asks for the short page again, after its successor was served. The successor's first event is readable
   * (it was returned) and visible (visibility only grows), and comes after everything the short page could
   * hold; so the short page, asked again, takes it in unless `size` events lie before it. Fewer than `size`
   * returned and still not it: events the token may not read filled the page. Nothing from this answer is
   * stored (the cursor is past it); when it cannot be had, nothing is concluded.
   */
  private async confirmShort(url: string, successorFirst: string): Promise<boolean> {
    try {
      const again = await this.o.client.pull(url, this.stopping.signal);
      const ids = jsonArray(again.body).flatMap((m) => (typeof m?.id === "string" ? [m.id] : []));
      return ids.length < this.o.pageSize && !ids.includes(successorFirst);
    } catch (error) {
      this.o.logger.debug(
        { resource: this.o.target.resource, err: error },
        "could not ask a short page again",
      );
      return false;
    }
  }

  private noteFiltering(
    filtered: "skipped" | "short" | undefined,
    events: number,
    from: string,
    to: string,
  ): void {
    if (!filtered) {
      this.filteredStreak = 0;
      return;
    }
    this.filteredStreak++;
    this.o.metrics.count(this.o.metrics.pullFiltered, this.o.target.resource);
    // Logged at the first of a streak and then at powers of two, so a long one does not flood the log.
    const streak = this.filteredStreak;
    if ((streak & (streak - 1)) === 0) {
      this.o.logger.warn(
        {
          resource: this.o.target.resource,
          sign: filtered,
          events,
          pageSize: this.o.pageSize,
          from,
          to,
          streak,
        },
        "pulled page short of events the cursor moved past: the broker filtered them out (authorization?); " +
          "check that the token may read every event of the resource",
      );
    }
  }

  /** Counts and logs a failed page; answers how long to wait. */
  private failed(error: unknown, failures: number): number {
    const status =
      error instanceof EventsApiError ? String(error.status) : isStoreError(error) ? "store" : "network";
    this.o.metrics.count(this.o.metrics.pullErrors, status);
    const policy = { maxAttempts: Number.POSITIVE_INFINITY, ...this.o.backoff };
    const backoff = (nextAttemptAt(policy, failures, new Date(0)) as Date).getTime();
    const wait = Math.max(backoff, error instanceof EventsApiError ? (error.retryAfterMs ?? 0) : 0);
    this.o.logger.warn(
      { resource: this.o.target.resource, status, failures, waitMs: Math.round(wait), err: error },
      "pull failed; trying again",
    );
    return wait;
  }
}

const isStoreError = (error: unknown) =>
  error instanceof Error && /^Store(Unavailable|Busy|Query)Error$/.test(error.name);

function afterOf(next: string | undefined): string | undefined {
  if (!next) return undefined;
  try {
    return new URL(next).searchParams.get("after") ?? undefined;
  } catch {
    return undefined;
  }
}

type Member = { id?: unknown; time?: unknown } | null;

function newestTime(members: Member[]): number | undefined {
  let newest: number | undefined;
  for (const m of members) {
    const t = typeof m?.time === "string" ? Date.parse(m.time) : Number.NaN;
    if (!Number.isNaN(t) && (newest === undefined || t > newest)) newest = t;
  }
  return newest;
}

/** The page's members for their ids and times (the events themselves are parsed by `parseDelivery`). */
function jsonArray(body: Buffer): Member[] {
  try {
    const value: unknown = JSON.parse(body.toString("utf8"));
    return Array.isArray(value) ? value : [];
  } catch {
    return [];
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
  });
}
