// One error policy for both databases and both apps. A failure is one of three things:
// - an outage: the database is not there right now (connection refused or lost, disk full, busy beyond its
//   timeout, PostgreSQL shutting down or out of resources). The caller answers 503 with `Retry-After`.
// - a conflict: two transactions got in each other's way (deadlock, serialization failure, SQLITE_BUSY).
//   Retried by `withRetries`; one that keeps conflicting is treated as an outage.
// - anything else: a bug or a bad query. Never hidden behind a 503: the caller answers 500 and logs it.

import pg from "pg";

export type ErrorClass = "outage" | "conflict" | "bug";

/** SQLSTATE: connection exception (08), insufficient resources (53), operator intervention (57P). */
const OUTAGE_SQLSTATE = [/^08/, /^53/, /^57P/];
/** SQLSTATE: deadlock detected, serialization failure. */
const CONFLICT_SQLSTATE = new Set(["40P01", "40001"]);

/** better-sqlite3's codes for a database that cannot be written now (SQLITE_IOERR has extended codes). */
const SQLITE_OUTAGE = [
  /^SQLITE_FULL/,
  /^SQLITE_IOERR/,
  /^SQLITE_CANTOPEN/,
  /^SQLITE_NOMEM/,
  /^SQLITE_PROTOCOL/,
];
const SQLITE_CONFLICT = [/^SQLITE_BUSY/, /^SQLITE_LOCKED/];

/** Socket-level failures of a connection (Node's `code` on the error). */
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);

/** Texts `pg` and `pg-pool` use for a connection that failed or went away (they carry no code). */
const PG_CONNECTION_MESSAGES = [
  /^Connection terminated/,
  /timeout exceeded when trying to connect/,
  /^Query read timeout/,
  /not queryable/,
  /^Client was closed/,
  /^Cannot use a pool after calling end/,
];

/** Thrown when the database cannot do its work right now; answer 503 so the client tries again. */
export class StoreUnavailableError extends Error {
  override name = "StoreUnavailableError";
  constructor(detail: unknown, options?: { cause?: unknown }) {
    super(`the store is unavailable: ${detail instanceof Error ? detail.message : String(detail)}`, {
      cause: options?.cause ?? (detail instanceof Error ? detail : undefined),
    });
  }
}

export function classifyError(error: unknown): ErrorClass {
  if (error instanceof StoreUnavailableError) return "outage";
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  if (error instanceof pg.DatabaseError) {
    const state = error.code ?? "";
    if (CONFLICT_SQLSTATE.has(state)) return "conflict";
    return OUTAGE_SQLSTATE.some((re) => re.test(state)) ? "outage" : "bug";
  }
  if (typeof code === "string") {
    if (SQLITE_CONFLICT.some((re) => re.test(code))) return "conflict";
    if (SQLITE_OUTAGE.some((re) => re.test(code))) return "outage";
    if (NETWORK_CODES.has(code)) return "outage";
    if (CONFLICT_SQLSTATE.has(code)) return "conflict";
    if (OUTAGE_SQLSTATE.some((re) => re.test(code))) return "outage";
  }
  if (error instanceof AggregateError && error.errors.some((e) => classifyError(e) === "outage")) {
    return "outage"; // Node's happy-eyeballs connect gives one per address
  }
  const message = error instanceof Error ? error.message : "";
  return PG_CONNECTION_MESSAGES.some((re) => re.test(message)) ? "outage" : "bug";
}

/** An outage or an exhausted conflict becomes `StoreUnavailableError`; a bug is returned as it is. */
export function toStoreError(error: unknown): unknown {
  if (error instanceof StoreUnavailableError) return error;
  return classifyError(error) === "bug" ? error : new StoreUnavailableError(error, { cause: error });
}

export interface RetryOptions {
  /** Tries in all, the first included. Default 3. */
  tries?: number;
  /** Pause before try n (1-based) is `n * baseDelayMs` plus jitter. Default 5. */
  baseDelayMs?: number;
}

/**
 * Runs `fn` again when it fails with a conflict (deadlock, serialization failure, SQLITE_BUSY), up to
 * `tries` times; then, and for any outage, throws `StoreUnavailableError`; a bug is thrown as it is.
 */
export async function withRetries<T>(fn: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const tries = options.tries ?? 3;
  const base = options.baseDelayMs ?? 5;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (classifyError(error) !== "conflict" || attempt >= tries) throw toStoreError(error);
      await new Promise((resolve) => setTimeout(resolve, attempt * base + Math.random() * base));
    }
  }
}
