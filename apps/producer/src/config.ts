import { resolve } from "node:path";
import { CHAOS_ENV, checkChaos, type DeliveryChaos } from "./delivery/chaos.js";
import { freshSeed } from "./emit/random.js";

/** Service-mode settings, all from the environment, with defaults that work on a laptop. */
export interface ServiceConfig {
  port: number;
  host: string;
  dataDir: string;
  /** When set, the outbox is in this PostgreSQL database (shared by instances) instead of SQLite in dataDir. */
  databaseUrl?: string | undefined;
  timeScale: number;
  timeoutMs: number;
  maxConcurrency: number;
  logLevel: string;
  /** Delay before an accepted event is visible to pulls; default 30 000 (the real platform's). */
  visibilityDelayMs?: number;
  /** How long events are kept for pulls; default 90 (the real platform's). */
  retentionDays?: number;
  /** JSON file mapping main units' org numbers to their subunits' (for `includeSubunits`); none: no subunits. */
  unitsFile?: string | undefined;
  /**
   * The Dialogporten API stand-in's public base (`https://…/dialogporten`), the start of every emitted event's
   * `source`; default `https://<host>:<port>/dialogporten` of this service.
   */
  dialogportenPublicBase?: string | undefined;
  /** Delay and duplicate deliveries on purpose (`DELIVERY_REORDER_MS`, `DELIVERY_DUPLICATE_RATE`); unset: off. */
  deliveryChaos?: DeliveryChaos | undefined;
}

export const DEFAULT_VISIBILITY_DELAY_MS = 30_000;
export const DEFAULT_RETENTION_DAYS = 90;

function number(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  check: (n: number) => boolean,
): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || !check(value)) throw new Error(`${name}=${raw} is not a valid value`);
  return value;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  return {
    port: number(env, "PORT", 4000, (n) => Number.isInteger(n) && n >= 0 && n < 65536),
    host: env.HOST || "127.0.0.1",
    dataDir: resolve(env.DATA_DIR || "data/producer"),
    databaseUrl: env.DATABASE_URL || undefined,
    timeScale: number(env, "RETRY_TIME_SCALE", 1, (n) => n >= 0),
    timeoutMs: number(env, "DELIVERY_TIMEOUT_MS", 45_000, (n) => n > 0),
    maxConcurrency: number(env, "MAX_CONCURRENCY_PER_SUBSCRIBER", 8, (n) => Number.isInteger(n) && n > 0),
    logLevel: env.LOG_LEVEL || "info",
    visibilityDelayMs: number(env, "EVENTS_VISIBILITY_DELAY_MS", DEFAULT_VISIBILITY_DELAY_MS, (n) => n >= 0),
    retentionDays: number(env, "EVENTS_RETENTION_DAYS", DEFAULT_RETENTION_DAYS, (n) => n > 0),
    unitsFile: env.EVENTS_UNITS_FILE ? resolve(env.EVENTS_UNITS_FILE) : undefined,
    dialogportenPublicBase: env.DIALOGPORTEN_PUBLIC_BASE || undefined,
    deliveryChaos: chaosFromEnv(env),
  };
}

/** Off unless `DELIVERY_REORDER_MS` or `DELIVERY_DUPLICATE_RATE` is above 0; no seed: a fresh one (logged). */
function chaosFromEnv(env: NodeJS.ProcessEnv): DeliveryChaos | undefined {
  const reorderMs = number(env, CHAOS_ENV.reorderMs, 0, () => true);
  const duplicateRate = number(env, CHAOS_ENV.duplicateRate, 0, () => true);
  if (reorderMs === 0 && duplicateRate === 0) return undefined;
  const seed = number(env, CHAOS_ENV.seed, freshSeed(), () => true);
  return checkChaos({ reorderMs, duplicateRate, seed });
}
