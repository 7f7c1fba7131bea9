// Keyset paging for list routes: `?limit=` items per page, and `?after=<cursor>` for the page that follows
// the one whose answer carried it as `next`. A cursor is the sort key of a page's last item, opaque to
// clients (base64url JSON), so a page is a range read on an index, and an item inserted meanwhile shifts
// nothing: every item present throughout is listed exactly once.

import { ProblemError, problems } from "./problem.js";

export interface PageLimits {
  /** Items per page when `limit` is absent or not a positive integer. */
  fallback: number;
  /** The most items on one page; a larger `limit` is cut to it. */
  max: number;
}

export const DEFAULT_PAGE_LIMITS: PageLimits = { fallback: 100, max: 1000 };

/** Cursors are short; this bounds what a request can make the server decode. */
const MAX_CURSOR_LENGTH = 256;

/** Route schema properties of a paged query string: each at most once (a repeated one is an array: 400). */
export const pageQueryProperties = {
  limit: { type: "string" },
  after: { type: "string", minLength: 1, maxLength: MAX_CURSOR_LENGTH, pattern: "^[A-Za-z0-9_-]+$" },
} as const;

export interface PageQuery {
  limit?: string;
  after?: string;
}

/** `limit` stays lenient: anything but a positive integer means the default. */
export function pageLimit(raw: string | undefined, limits: PageLimits = DEFAULT_PAGE_LIMITS): number {
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 ? Math.min(n, limits.max) : limits.fallback;
}

export function encodeCursor(key: unknown): string {
  return Buffer.from(JSON.stringify(key), "utf8").toString("base64url");
}

/**
 * The key in `?after=`, or `undefined` when there is none. A cursor this server did not make is a 400 problem
 * pointing at `after`.
 */
export function decodeCursor<K>(
  raw: string | undefined,
  isKey: (value: unknown) => value is K,
): K | undefined {
  if (raw === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
  } catch {
    value = undefined;
  }
  if (isKey(value)) return value;
  const message = "is not a cursor from a `next` link of this list";
  throw new ProblemError(
    problems.badRequest(`querystring/after ${message}`, [
      { in: "querystring", pointer: "/after", message, keyword: "cursor" },
    ]),
  );
}

export interface Page<T> {
  items: T[];
  /** The next page's address (path and query), or `null` on the last page. */
  next: string | null;
}

/**
 * One page out of `rows`, which the store read with `limit + 1` so that a further row tells there is a next
 * page without counting. `query` is what the next link repeats besides `after`: pass only the list's own
 * parameters (never a secret such as `code`).
 */
export function pageOf<T>(
  rows: readonly T[],
  options: {
    limit: number;
    keyOf: (row: T) => unknown;
    path: string;
    query: Record<string, string | undefined>;
  },
): Page<T> {
  const items = rows.slice(0, options.limit);
  const last = items.at(-1);
  if (rows.length <= options.limit || last === undefined) return { items, next: null };
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(options.query)) {
    if (value !== undefined && name !== "after") params.set(name, value);
  }
  params.set("limit", String(options.limit));
  params.set("after", encodeCursor(options.keyOf(last)));
  return { items, next: `${options.path}?${params}` };
}
