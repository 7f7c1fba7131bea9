import { randomBytes } from "node:crypto";
import pg from "pg";
import { describe, it } from "vitest";

/**
 * PostgreSQL for tests comes from DATABASE_URL (`scripts/with-postgres.sh` starts a throwaway cluster and
 * sets it). Without it the PostgreSQL cases are skipped with a message, except under CI, where a missing
 * database is a failure: CI must never go green without having run them.
 */
export const databaseUrl = process.env.DATABASE_URL || undefined;

const MISSING =
  "DATABASE_URL is not set: PostgreSQL cases skipped. Run them with " +
  "`scripts/with-postgres.sh pnpm --filter @dialogporten-events/producer test`.";

let warned = false;

/**
 * Registers cases that need PostgreSQL, inside the current `describe`: runs them when DATABASE_URL is set;
 * otherwise registers them skipped (their names show in the report) with a message, or, when CI is set,
 * registers one failing case instead.
 */
export function whenPostgres(body: (url: string) => void): void {
  if (databaseUrl) {
    body(databaseUrl);
    return;
  }
  if (process.env.CI) {
    it("needs DATABASE_URL under CI", () => {
      throw new Error(`CI is set but ${MISSING}`);
    });
    return;
  }
  if (!warned) {
    warned = true;
    process.stderr.write(`\n[producer tests] ${MISSING}\n\n`);
  }
  // Skipped: hooks and cases are only registered, so the URL is never used.
  describe.skip("skipped: DATABASE_URL is not set", () => body("postgres://skipped.invalid/none"));
}

/** A `describe` whose cases need PostgreSQL (see whenPostgres). */
export function describePostgres(name: string, body: (url: string) => void): void {
  describe(name, () => whenPostgres(body));
}

/** A URL for the same server with another database. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A fresh database with a random name on DATABASE_URL's server; `drop` removes it (and its sessions). */
export async function createTestDatabase(serverUrl: string, prefix = "producer_test"): Promise<TestDatabase> {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  return {
    name,
    url: withDatabase(serverUrl, name),
    async drop() {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

/** One-off query on a database (for assertions and for cleaning between cases). */
export async function sql<R extends pg.QueryResultRow = Record<string, unknown>>(
  url: string,
  text: string,
  params: unknown[] = [],
): Promise<R[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<R>(text, params)).rows;
  } finally {
    await c.end();
  }
}
