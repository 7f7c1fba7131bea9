// Reads the process environment into the options `createConsumer` takes. Only `main.ts` calls this, so
// tests and embedders configure the consumer in code and never through globals.

import { resolve } from "node:path";
import type { DialogportenView } from "./enrichment/client.js";
import {
  DEFAULT_MAX_BATCH_EVENTS,
  DEFAULT_MAX_JSON_DEPTH,
  MAX_BATCH_EVENTS,
  MAX_JSON_DEPTH,
} from "./intake/input-bounds.js";

export interface ConsumerConfig {
  port: number;
  host: string;
  dataDir: string;
  /** `undefined` only when `insecure` is set: then every route is open. */
  secret: string | undefined;
  insecure: boolean;
  maxBodyBytes: number;
  /** `MAX_JSON_DEPTH`, `MAX_BATCH_EVENTS`: bounds on what a delivery may hold (`intake/input-bounds.ts`). */
  maxJsonDepth: number;
  maxBatchEvents: number;
  /** `SQLITE_MAX_BYTES`: the SQLite file's size bound; undefined: none. */
  sqliteMaxBytes: number | undefined;
  /** `REQUEST_TIMEOUT_MS`, `HEADERS_TIMEOUT_MS`, `CONNECTION_TIMEOUT_MS`, `KEEP_ALIVE_TIMEOUT_MS`. */
  requestTimeoutMs: number;
  headersTimeoutMs: number;
  connectionTimeoutMs: number;
  keepAliveTimeoutMs: number;
  /** `SHUTDOWN_TIMEOUT_MS`: after SIGTERM, the process exits (1) after this long even if work remains. */
  shutdownTimeoutMs: number;
  logLevel: string;
  /** PostgreSQL instead of SQLite when set (`DATABASE_URL`). Never logged: it may carry a password. */
  databaseUrl: string | undefined;
  /** How long a worker's claim holds an item (`LEASE_MS`). */
  leaseMs: number;
  /** Only these addresses or CIDR ranges may post to /webhook (`ALLOWED_SOURCE_IPS`); undefined: anyone. */
  allowedSourceIps: string[] | undefined;
  /** Fastify's `trustProxy` (`TRUST_PROXY`): undefined (default) ignores X-Forwarded-For. */
  trustProxy: boolean | number | string[] | undefined;
  /** Inbox retention (`INBOX_RETENTION_HOURS`, `INBOX_PRUNE_INTERVAL_MINUTES`, `INBOX_PRUNE_BATCH_SIZE`). */
  retention: { retentionMs: number; intervalMs: number; batchSize: number };
  /** Pull mode (`ALTINN_EVENTS_URL`, `PULL_RESOURCES`, ...); undefined when `PULL_RESOURCES` is not set. */
  pull: PullConfig | undefined;
  /** Enrichment (`DIALOGPORTEN_URL`, `DIALOGPORTEN_TOKEN[_FILE]`, ...); undefined when `DIALOGPORTEN_URL` is not set. */
  enrichment: EnrichmentConfig | undefined;
}

export interface EnrichmentConfig {
  url: string;
  token: { token: string } | { tokenFile: string };
  view: DialogportenView;
  maxFetchesPerSecond: number;
  concurrency: number;
  notFoundAttempts: number;
}

export interface PullConfig {
  url: string;
  token: { token: string } | { tokenFile: string };
  resources: string[];
  subject: string | undefined;
  types: string[];
  pageSize: number;
  pollIntervalMs: number;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

const DEFAULT_MAX_BODY_BYTES = 256 * 1024;

/**
 * The shortest inbox retention allowed. The inbox is the deduplication: a redelivery of a pruned event is
 * accepted as new. Altinn Events redelivers for up to 34 h 47 min (its retry schedule,
 * `apps/producer/src/delivery/schedule.ts`); an hour more covers clocks that disagree.
 */
export const MIN_RETENTION_HOURS = 36;

export function readConfig(env: NodeJS.ProcessEnv, argv: readonly string[]): ConsumerConfig {
  const insecure = argv.includes("--insecure") || env.CONSUMER_INSECURE === "1";
  const secret = env.WEBHOOK_SECRET ? env.WEBHOOK_SECRET : undefined;
  if (!secret && !insecure) {
    throw new ConfigError(
      "WEBHOOK_SECRET is not set. Set it (the broker sends it as ?code=...), or start with --insecure " +
        "(or CONSUMER_INSECURE=1) for local use only: then anyone who can reach the port can post events.",
    );
  }
  const requestTimeoutMs = integer(env.REQUEST_TIMEOUT_MS, "REQUEST_TIMEOUT_MS", 10_000, 100, 120_000);
  return {
    port: integer(env.PORT, "PORT", 3000, 0, 65535),
    host: env.HOST || "127.0.0.1",
    dataDir: resolve(env.DATA_DIR || "./data"),
    secret,
    insecure,
    maxBodyBytes: integer(env.MAX_BODY_BYTES, "MAX_BODY_BYTES", DEFAULT_MAX_BODY_BYTES, 1, 64 * 1024 * 1024),
    maxJsonDepth: integer(env.MAX_JSON_DEPTH, "MAX_JSON_DEPTH", DEFAULT_MAX_JSON_DEPTH, 1, MAX_JSON_DEPTH),
    maxBatchEvents: integer(
      env.MAX_BATCH_EVENTS,
      "MAX_BATCH_EVENTS",
      DEFAULT_MAX_BATCH_EVENTS,
      1,
      MAX_BATCH_EVENTS,
    ),
    sqliteMaxBytes: env.SQLITE_MAX_BYTES
      ? integer(env.SQLITE_MAX_BYTES, "SQLITE_MAX_BYTES", 0, 64 * 1024, Number.MAX_SAFE_INTEGER)
      : undefined,
    requestTimeoutMs,
    headersTimeoutMs: integer(env.HEADERS_TIMEOUT_MS, "HEADERS_TIMEOUT_MS", 5_000, 100, 60_000),
    connectionTimeoutMs: integer(
      env.CONNECTION_TIMEOUT_MS,
      "CONNECTION_TIMEOUT_MS",
      Math.min(requestTimeoutMs, 30_000),
      100,
      30_000,
    ),
    keepAliveTimeoutMs: integer(env.KEEP_ALIVE_TIMEOUT_MS, "KEEP_ALIVE_TIMEOUT_MS", 5_000, 100, 30_000),
    shutdownTimeoutMs: integer(env.SHUTDOWN_TIMEOUT_MS, "SHUTDOWN_TIMEOUT_MS", 20_000, 100, 600_000),
    logLevel: env.LOG_LEVEL || "info",
    databaseUrl: env.DATABASE_URL ? env.DATABASE_URL : undefined,
    leaseMs: integer(env.LEASE_MS, "LEASE_MS", 60_000, 100, 24 * 3600 * 1000),
    allowedSourceIps: list(env.ALLOWED_SOURCE_IPS),
    trustProxy: trustProxy(env.TRUST_PROXY),
    retention: {
      retentionMs: retentionHours(env.INBOX_RETENTION_HOURS) * 3_600_000,
      intervalMs:
        integer(env.INBOX_PRUNE_INTERVAL_MINUTES, "INBOX_PRUNE_INTERVAL_MINUTES", 60, 0, 24 * 60) * 60_000,
      batchSize: integer(env.INBOX_PRUNE_BATCH_SIZE, "INBOX_PRUNE_BATCH_SIZE", 500, 1, 10_000),
    },
    pull: pullConfig(env),
    enrichment: enrichmentConfig(env),
  };
}

function enrichmentConfig(env: NodeJS.ProcessEnv): EnrichmentConfig | undefined {
  if (!env.DIALOGPORTEN_URL) return undefined;
  const token = env.DIALOGPORTEN_TOKEN;
  const tokenFile = env.DIALOGPORTEN_TOKEN_FILE;
  if (token && tokenFile)
    throw new ConfigError("set DIALOGPORTEN_TOKEN or DIALOGPORTEN_TOKEN_FILE, not both");
  if (!token && !tokenFile) {
    throw new ConfigError(
      "DIALOGPORTEN_URL is set: set DIALOGPORTEN_TOKEN or DIALOGPORTEN_TOKEN_FILE (a token Dialogporten accepts for the view)",
    );
  }
  const view = dialogportenView(env.DIALOGPORTEN_VIEW || "serviceowner", "DIALOGPORTEN_VIEW");
  return {
    url: httpUrl(env.DIALOGPORTEN_URL, "DIALOGPORTEN_URL"),
    token: tokenFile ? { tokenFile: resolve(tokenFile) } : { token: token as string },
    view,
    maxFetchesPerSecond: integer(
      env.DIALOGPORTEN_MAX_FETCHES_PER_SECOND,
      "DIALOGPORTEN_MAX_FETCHES_PER_SECOND",
      DEFAULT_MAX_FETCHES_PER_SECOND,
      1,
      10_000,
    ),
    concurrency: integer(
      env.DIALOGPORTEN_FETCH_CONCURRENCY,
      "DIALOGPORTEN_FETCH_CONCURRENCY",
      DEFAULT_FETCH_CONCURRENCY,
      1,
      256,
    ),
    notFoundAttempts: integer(
      env.DIALOGPORTEN_NOT_FOUND_ATTEMPTS,
      "DIALOGPORTEN_NOT_FOUND_ATTEMPTS",
      DEFAULT_NOT_FOUND_ATTEMPTS,
      1,
      100,
    ),
  };
}

/** Enrichment's defaults, shared by the environment (`readConfig`) and `createConsumer`. */
export const DEFAULT_MAX_FETCHES_PER_SECOND = 10;
export const DEFAULT_FETCH_CONCURRENCY = 4;
export const DEFAULT_NOT_FOUND_ATTEMPTS = 6;

function pullConfig(env: NodeJS.ProcessEnv): PullConfig | undefined {
  const resources = list(env.PULL_RESOURCES);
  if (!resources) return undefined;
  for (const resource of resources) {
    if (!resource.startsWith("urn:altinn:resource:")) {
      throw new ConfigError(
        `PULL_RESOURCES: ${JSON.stringify(resource)} does not start with urn:altinn:resource:`,
      );
    }
  }
  return {
    url: eventsUrl(env),
    token: eventsToken(env, "PULL_RESOURCES is set"),
    resources,
    subject: env.PULL_SUBJECT || undefined,
    types: list(env.PULL_TYPES) ?? [],
    pageSize: integer(env.PULL_PAGE_SIZE, "PULL_PAGE_SIZE", 50, 1, 1000),
    pollIntervalMs: integer(env.PULL_INTERVAL_MS, "PULL_INTERVAL_MS", 10_000, 10, 3_600_000),
  };
}

/** `ALTINN_EVENTS_URL`: required for pull mode and the subscription commands. */
export function eventsUrl(env: NodeJS.ProcessEnv): string {
  const raw = env.ALTINN_EVENTS_URL;
  if (!raw) throw new ConfigError("ALTINN_EVENTS_URL is not set (e.g. https://platform.tt02.altinn.no)");
  return httpUrl(raw, "ALTINN_EVENTS_URL");
}

/** `raw` when it is `serviceowner` or `enduser`; else a ConfigError naming `name`. */
export function dialogportenView(raw: string, name: string): DialogportenView {
  if (raw !== "serviceowner" && raw !== "enduser") {
    throw new ConfigError(`${name} must be serviceowner or enduser, not ${JSON.stringify(raw)}`);
  }
  return raw;
}

/** `raw` as a normalized http(s) URL; else a ConfigError naming `name`. */
export function httpUrl(raw: string, name: string): string {
  try {
    const url = new URL(raw);
    if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error();
    return url.toString();
  } catch {
    throw new ConfigError(`${name} must be an http(s) URL, not ${JSON.stringify(raw)}`);
  }
}

/** `ALTINN_EVENTS_TOKEN` or `ALTINN_EVENTS_TOKEN_FILE` (read again after a 401), not both. */
export function eventsToken(env: NodeJS.ProcessEnv, why: string): { token: string } | { tokenFile: string } {
  const token = env.ALTINN_EVENTS_TOKEN;
  const tokenFile = env.ALTINN_EVENTS_TOKEN_FILE;
  if (token && tokenFile)
    throw new ConfigError("set ALTINN_EVENTS_TOKEN or ALTINN_EVENTS_TOKEN_FILE, not both");
  if (tokenFile) return { tokenFile: resolve(tokenFile) };
  if (token) return { token };
  throw new ConfigError(
    `${why}: set ALTINN_EVENTS_TOKEN or ALTINN_EVENTS_TOKEN_FILE (scope altinn:events.subscribe)`,
  );
}

function retentionHours(raw: string | undefined): number {
  const hours = integer(raw, "INBOX_RETENTION_HOURS", 168, 1, 24 * 3650);
  if (hours < MIN_RETENTION_HOURS) {
    throw new ConfigError(
      `INBOX_RETENTION_HOURS must be at least ${MIN_RETENTION_HOURS}, not ${hours}: Altinn Events redelivers ` +
        "for about 35 hours, and a redelivery of an event already pruned from the inbox would be accepted as new",
    );
  }
  return hours;
}

function list(raw: string | undefined): string[] | undefined {
  const items = (raw ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return items.length ? items : undefined;
}

/** `true`/`1`..: trust that many hops (`true`: all); otherwise a list of proxy addresses or CIDR ranges. */
function trustProxy(raw: string | undefined): boolean | number | string[] | undefined {
  if (raw === undefined || raw === "" || raw === "false" || raw === "0") return undefined;
  if (raw === "true") return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  return list(raw);
}

function integer(raw: string | undefined, name: string, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, not ${JSON.stringify(raw)}`);
  }
  return value;
}
