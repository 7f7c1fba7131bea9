// The two databases every test here runs on: a real SQLite file in a temp dir, and a fresh PostgreSQL
// database on the server named by DATABASE_URL (`scripts/with-postgres.sh`), dropped afterwards. Without
// DATABASE_URL the PostgreSQL cases are skipped with a message; with CI set that is an error.

import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { type Database, openPostgres, openSqlite, type PostgresOptions } from "../src/index.js";

export const DATABASE_URL = process.env.DATABASE_URL || undefined;
if (!DATABASE_URL) {
  if (process.env.CI) throw new Error("DATABASE_URL is not set, but CI must run the PostgreSQL tests");
  console.warn(
    "\n  PostgreSQL tests SKIPPED: DATABASE_URL is not set (run under scripts/with-postgres.sh)\n",
  );
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface Target {
  name: "sqlite" | "postgres";
  available: boolean;
  /** A new, empty database; `open` may be called again for a second connection to the same one. */
  create(): Promise<{
    open(options?: PostgresOptions): Database<unknown>;
    url?: string;
    drop(): Promise<void>;
  }>;
}

export const targets: Target[] = [
  {
    name: "sqlite",
    available: true,
    async create() {
      const dir = mkdtempSync(join(tmpdir(), "db-test-"));
      return {
        open: () => openSqlite(join(dir, "test.sqlite")),
        async drop() {
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  },
  {
    name: "postgres",
    available: DATABASE_URL !== undefined,
    async create() {
      const name = `db_test_${randomBytes(6).toString("hex")}`;
      await admin(`CREATE DATABASE "${name}"`);
      const url = new URL(DATABASE_URL as string);
      url.pathname = `/${name}`;
      return {
        url: url.toString(),
        open: (options) => openPostgres(url.toString(), options),
        drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
      };
    },
  },
];
