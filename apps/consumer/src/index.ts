// The consumer as a library: `createConsumer` wires store -> HTTP -> worker, for `main.ts`, tests and demos.

import type { DialogportenEventType } from "dialogporten-events";
import type { FastifyInstance } from "fastify";
import pino, { type Logger } from "pino";
import {
  ConfigError,
  DEFAULT_FETCH_CONCURRENCY,
  DEFAULT_MAX_FETCHES_PER_SECOND,
  DEFAULT_NOT_FOUND_ATTEMPTS,
  dialogportenView,
  httpUrl,
} from "./config.js";
import { DialogportenClient, type DialogportenView } from "./enrichment/client.js";
import { Enricher } from "./enrichment/enricher.js";
import { parseAllowList } from "./http/allow-list.js";
import { buildServer } from "./http/server.js";
import {
  DEFAULT_MAX_BATCH_EVENTS,
  DEFAULT_MAX_JSON_DEPTH,
  MAX_BATCH_EVENTS,
  MAX_JSON_DEPTH,
} from "./intake/input-bounds.js";
import {
  checkRetention,
  DEFAULT_RETENTION_MS,
  RetentionJob,
  type RetentionOptions,
} from "./maintenance/retention.js";
import { Metrics } from "./metrics.js";
import { defaultRetryPolicy, type RetryPolicy } from "./processing/backoff.js";
import { type EventHandler, HandlerRegistry } from "./processing/handlers.js";
import { Worker } from "./processing/worker.js";
import { EventsApiClient, type TokenSource } from "./pull/client.js";
import { Puller } from "./pull/puller.js";
import { ConsumerStore } from "./store/consumer-store.js";
import { openPostgresStore } from "./store/postgres.js";
import { openSqliteStore } from "./store/sqlite.js";
import type { DialogSnapshot, Store } from "./store/store.js";

// The public entry: what an embedder needs (create, start, close, handlers, configuration and the answer
// types), nothing a test uses as an oracle. Tests import internals from their modules directly.
export type { ConsumerConfig, EnrichmentConfig, PullConfig } from "./config.js";
export { ConfigError, readConfig } from "./config.js";
export type { DialogAnswer, DialogportenView } from "./enrichment/client.js";
export { DialogportenClient } from "./enrichment/client.js";
export { ALTINN_EVENTS_ADDRESSES } from "./http/allow-list.js";
export type { ReplayCounts } from "./maintenance/replay.js";
export {
  DEFAULT_RETENTION_MS,
  MIN_RETENTION_MS,
  type PruneReport,
  type RetentionOptions,
} from "./maintenance/retention.js";
export type { RetryPolicy } from "./processing/backoff.js";
export type { EventHandler, HandlerContext } from "./processing/handlers.js";
export type {
  DialogState,
  DialogSummary,
  DialogView,
  EntryRef,
  TimelineEntry,
  TimelineRow,
} from "./projection/dialogs.js";
export {
  EventsApiClient,
  EventsApiError,
  type NewSubscription,
  type TokenSource,
} from "./pull/client.js";
export type { ConsumerStoreOptions } from "./store/consumer-store.js";
export { openPostgresStore, type PostgresStoreOptions } from "./store/postgres.js";
export { openSqliteStore, type SqliteStore, type SqliteStoreOptions } from "./store/sqlite.js";
export type * from "./store/store.js";
export { StoreBusyError, StoreUnavailableError } from "./store/store.js";

export interface ConsumerOptions {
  /** Where the SQLite file lives (ignored when `store` or `databaseUrl` is given). Default `./data`. */
  dataDir?: string;
  /** A PostgreSQL connection string: the shared store for several instances instead of SQLite. */
  databaseUrl?: string;
  /** Only these addresses or CIDR ranges may post to /webhook; default: no restriction. */
  allowedSourceIps?: readonly string[];
  /** Fastify's `trustProxy`: whether (or through which proxies) X-Forwarded-For names the client. Default off. */
  trustProxy?: boolean | number | string[];
  /** Another `Store` implementation; the consumer closes it on `close()`. */
  store?: Store;
  /** The webhook secret; required unless `insecure` is true. */
  secret?: string;
  /** Run without a secret: every route is open. Local use only. */
  insecure?: boolean;
  /** Default 256 KiB; also the bound on a body after its `Content-Encoding` is undone. */
  maxBodyBytes?: number;
  /** Deepest nesting of arrays and objects in an event (1 to 1000); deeper: 400, quarantined. Default 64. */
  maxJsonDepth?: number;
  /** Most events in one batch delivery (1 to 10 000); more: 413, quarantined once. Default 100. */
  maxBatchEvents?: number;
  /** Default 64. */
  maxInFlight?: number;
  /** SQLite: events waiting for the writer thread's commit beyond which deliveries get 503. Default 4096. */
  maxPendingWrites?: number;
  /** SQLite: the database file may not grow beyond this; writes then fail (503, `/healthz` 503). Default none. */
  sqliteMaxBytes?: number;
  /** The whole request, headers and body, must arrive within this. Default 10 s. */
  requestTimeoutMs?: number;
  /** The headers must arrive within this (at most `requestTimeoutMs`). Default 5 s. */
  headersTimeoutMs?: number;
  /**
   * A connection on which nothing arrives for this long is closed, also before any request (no answer is
   * written). Default `requestTimeoutMs`: a request idle that long cannot finish in time anyway.
   */
  connectionTimeoutMs?: number;
  /** An idle keep-alive connection is closed after this long. Default 5 s. */
  keepAliveTimeoutMs?: number;
  /** Default 5 attempts, 1 s base, 5 min cap. */
  retry?: Partial<RetryPolicy>;
  /** How long a worker holds a claimed item, and the enricher a claimed dialog fetch. Default 60 s. */
  leaseMs?: number;
  /** Default 250 ms; only matters for retries, new deliveries wake the worker. */
  idlePollMs?: number;
  /**
   * Inbox retention: processed items older than `retentionMs` (default 7 days, at least 36 hours, else a
   * `ConfigError`) are deleted every `intervalMs` (default 1 h; 0: only on `POST /api/inbox/prune`).
   */
  retention?: RetentionOptions;
  /** Pull mode beside the webhook: pulls run only when this is given with at least one resource. */
  pull?: PullOptions;
  /** Enrichment: fetch the dialog behind each stored Dialogporten event and keep its latest snapshot. */
  enrichment?: EnrichmentOptions;
  /** Start the worker with `start()`. Default true; false receives and stores only. */
  processing?: boolean;
  logger?: Logger;
  /** Used when no `logger` is given. Default `info`. */
  logLevel?: string;
}

export interface PullOptions {
  /** The Altinn Events base URL, e.g. `https://platform.tt02.altinn.no`. */
  url: string;
  /** The bearer token (scope `altinn:events.subscribe`), or a file holding it, read again after a 401. */
  token: TokenSource;
  /** One cursor per resource (with `subject` and `types`): `urn:altinn:resource:...`. */
  resources: readonly string[];
  subject?: string | undefined;
  types?: readonly string[];
  /** Events asked for per page (`size`), 1 to 1000. Default 50. */
  pageSize?: number;
  /** Wait after an empty page before asking again. Default 10 s. */
  pollIntervalMs?: number;
  /** Backoff after a failed pull: exponential, half random. Default 1 s to 5 min. */
  backoff?: { baseDelayMs: number; maxDelayMs: number };
}

export interface EnrichmentOptions {
  /**
   * Dialogporten's base URL, under which its `/api/v1/...` paths are: `https://platform.tt02.altinn.no/dialogporten`,
   * or the producer's stand-in, `http://127.0.0.1:4000/dialogporten`.
   */
  url: string;
  /** The bearer token, or a file holding it, read again after a 401. */
  token: TokenSource;
  /**
   * `serviceowner` (default: the receiver of a service owner) or `enduser`. Each end-user GET makes
   * Dialogporten emit `updated` and `seen` itself, once per user per dialog change: see the README.
   */
  view?: DialogportenView;
  /** Fetches started per second at most. Default 10. */
  maxFetchesPerSecond?: number;
  /** Fetches in flight at most. Default 4. */
  concurrency?: number;
  /** 404s in a row before a dialog is recorded as `not-yet-visible` (unless deleted). Default 6. */
  notFoundAttempts?: number;
  /** Backoff after a failed fetch: exponential, half random. Default 1 s to 5 min. */
  backoff?: { baseDelayMs: number; maxDelayMs: number };
  /** How often an idle enricher looks for fetches whose backoff ended. Default 1 s. */
  pollMs?: number;
  /** How long one fetch may take. Default 30 s. */
  fetchTimeoutMs?: number;
}

export interface Consumer {
  app: FastifyInstance;
  store: Store;
  /** Registers a handler for one type; the event is narrowed to it. Returns a function that removes it. */
  on<T extends DialogportenEventType>(type: T, handler: EventHandler<T>): () => void;
  /** Listens (default 127.0.0.1:3000; port 0 picks one) and starts processing. Resolves to the base URL. */
  start(listen?: { port?: number; host?: string }): Promise<string>;
  /** The latest snapshot of a dialog fetched from Dialogporten (enrichment), or undefined when none is. */
  snapshot(dialogId: string): Promise<DialogSnapshot | undefined>;
  /** Stops accepting, finishes in-flight requests and the item in hand, closes the store. */
  close(): Promise<void>;
}

export function createConsumer(options: ConsumerOptions = {}): Consumer {
  if (!options.secret && !options.insecure) {
    throw new ConfigError("a secret is required; pass `insecure: true` to run without one (local use only)");
  }
  // Before any store is opened: a window shorter than the broker's retry horizon is a ConfigError.
  checkRetention(options.retention?.retentionMs ?? DEFAULT_RETENTION_MS);
  const limits = {
    maxJsonDepth: bounded("maxJsonDepth", options.maxJsonDepth, DEFAULT_MAX_JSON_DEPTH, MAX_JSON_DEPTH),
    maxBatchEvents: bounded(
      "maxBatchEvents",
      options.maxBatchEvents,
      DEFAULT_MAX_BATCH_EVENTS,
      MAX_BATCH_EVENTS,
    ),
  };
  const requestTimeoutMs = options.requestTimeoutMs ?? 10_000;
  const logger = options.logger ?? pino({ level: options.logLevel ?? "info" });
  const allowList = options.allowedSourceIps?.length ? parseAllowList(options.allowedSourceIps) : undefined;
  const enrichment = options.enrichment && enrichmentSettings(options.enrichment);
  const markDialogFetches = enrichment !== undefined;
  if (
    markDialogFetches &&
    options.store &&
    !(options.store instanceof ConsumerStore && options.store.marksDialogFetches)
  ) {
    throw new ConfigError("enrichment needs a store opened with `markDialogFetches: true`");
  }
  const store =
    options.store ??
    (options.databaseUrl
      ? openPostgresStore(options.databaseUrl, {
          onIdleError: (error) => logger.warn({ err: error }, "an idle database connection failed"),
          markDialogFetches,
        })
      : openSqliteStore(options.dataDir ?? "./data", {
          ...(options.maxPendingWrites ? { maxPendingWrites: options.maxPendingWrites } : {}),
          ...(options.sqliteMaxBytes ? { maxBytes: options.sqliteMaxBytes } : {}),
          onWriterError: (error) => logger.error({ err: error }, "the SQLite writer thread failed"),
          markDialogFetches,
        }));
  const metrics = new Metrics();
  const retention = new RetentionJob(
    store,
    metrics,
    logger.child({ component: "retention" }),
    options.retention,
  );
  const handlers = new HandlerRegistry();
  const worker = new Worker({
    store,
    handlers,
    metrics,
    logger: logger.child({ component: "worker" }),
    retry: { ...defaultRetryPolicy, ...options.retry },
    leaseMs: options.leaseMs ?? 60_000,
    // Items claimed at once. Their completions share commits, so a larger claim lets processing keep up with
    // ingest (`pnpm bench`, backlog: 20 fell behind by ~2 k items/s, 100 stays bounded); a claim's items
    // wait for its handlers, one after the other, within the lease.
    batchSize: 100,
    idlePollMs: options.idlePollMs ?? 250,
  });
  const enricher =
    enrichment &&
    new Enricher({
      store,
      client: new DialogportenClient(
        enrichment.url,
        enrichment.token,
        enrichment.view,
        enrichment.fetchTimeoutMs,
      ),
      metrics,
      logger: logger.child({ component: "enrichment" }),
      concurrency: enrichment.concurrency,
      maxFetchesPerSecond: enrichment.maxFetchesPerSecond,
      // As the worker's: a dead instance's claims are taken over after it. A fetch outliving its lease may be
      // repeated by another instance, which the overwrite rule makes harmless.
      leaseMs: options.leaseMs ?? 60_000,
      backoff: enrichment.backoff,
      notFoundAttempts: enrichment.notFoundAttempts,
      pollMs: enrichment.pollMs,
    });
  // New events in the inbox: the worker processes them, the enricher fetches their dialogs.
  const inboxChanged = () => {
    worker.wake();
    enricher?.wake();
  };
  const pullers = (options.pull?.resources ?? []).map((resource) => {
    const pull = options.pull as PullOptions;
    return new Puller({
      store,
      client: new EventsApiClient(pull.url, pull.token),
      metrics,
      logger: logger.child({ component: "pull" }),
      target: { resource, subject: pull.subject, types: pull.types ?? [] },
      maxJsonDepth: limits.maxJsonDepth,
      pageSize: bounded("pull.pageSize", pull.pageSize, 50, 1000),
      pollIntervalMs: pull.pollIntervalMs ?? 10_000,
      backoff: pull.backoff ?? { baseDelayMs: 1_000, maxDelayMs: 5 * 60_000 },
      onStored: inboxChanged,
    });
  });
  const app = buildServer({
    logger,
    store,
    metrics,
    secret: options.secret || undefined,
    maxBodyBytes: options.maxBodyBytes ?? 256 * 1024,
    limits,
    maxInFlight: options.maxInFlight ?? 64,
    requestTimeoutMs,
    headersTimeoutMs: options.headersTimeoutMs ?? 5_000,
    connectionTimeoutMs: options.connectionTimeoutMs ?? requestTimeoutMs,
    keepAliveTimeoutMs: options.keepAliveTimeoutMs ?? 5_000,
    onInboxChanged: inboxChanged,
    prune: () => retention.run(),
    allowList,
    trustProxy: options.trustProxy,
  });

  let closing: Promise<void> | undefined;
  return {
    app,
    store,
    on: (type, handler) => handlers.on(type, handler),
    snapshot: (dialogId) => store.snapshot(dialogId),
    async start(listen = {}) {
      await store.open?.();
      const url = await app.listen({ port: listen.port ?? 3000, host: listen.host ?? "127.0.0.1" });
      if (options.processing !== false) {
        worker.start();
        enricher?.start();
      }
      retention.start();
      for (const puller of pullers) puller.start();
      return url;
    },
    close() {
      closing ??= (async () => {
        await app.close();
        await Promise.all(pullers.map((p) => p.stop()));
        await enricher?.stop();
        await retention.stop();
        await worker.stop();
        await store.close();
      })();
      return closing;
    },
  };
}

/** The enrichment options with their defaults, checked. */
function enrichmentSettings(o: EnrichmentOptions) {
  return {
    url: httpUrl(o.url, "enrichment.url"),
    token: o.token,
    view: dialogportenView(o.view ?? "serviceowner", "enrichment.view"),
    maxFetchesPerSecond: bounded(
      "enrichment.maxFetchesPerSecond",
      o.maxFetchesPerSecond,
      DEFAULT_MAX_FETCHES_PER_SECOND,
      10_000,
    ),
    concurrency: bounded("enrichment.concurrency", o.concurrency, DEFAULT_FETCH_CONCURRENCY, 256),
    notFoundAttempts: bounded(
      "enrichment.notFoundAttempts",
      o.notFoundAttempts,
      DEFAULT_NOT_FOUND_ATTEMPTS,
      100,
    ),
    backoff: o.backoff ?? { baseDelayMs: 1_000, maxDelayMs: 5 * 60_000 },
    pollMs: o.pollMs ?? 1_000,
    fetchTimeoutMs: o.fetchTimeoutMs ?? 30_000,
  };
}

function bounded(name: string, value: number | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new ConfigError(`${name} must be an integer from 1 to ${max}, not ${value}`);
  }
  return value;
}
