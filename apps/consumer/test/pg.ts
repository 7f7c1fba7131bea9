// PostgreSQL for the tests: the server named by DATABASE_URL (`scripts/with-postgres.sh` starts a throwaway
// one), a fresh database with a random name per suite, dropped afterwards. Without DATABASE_URL the
// PostgreSQL cases are skipped with a visible message, except in CI, where that is a failure.

import { randomBytes } from "node:crypto";
import net from "node:net";
import pg from "pg";

export const DATABASE_URL = process.env.DATABASE_URL || undefined;

if (!DATABASE_URL) {
  if (process.env.CI) {
    throw new Error(
      "DATABASE_URL is not set, but CI must run the PostgreSQL tests: run them under scripts/with-postgres.sh",
    );
  }
  console.warn(
    "\n  PostgreSQL tests SKIPPED: DATABASE_URL is not set. Run them with\n" +
      "  scripts/with-postgres.sh pnpm --filter @dialogporten-events/consumer test\n",
  );
}

export const hasPostgres = DATABASE_URL !== undefined;

export interface TestDatabase {
  url: string;
  name: string;
  /** Runs one query on the test database (its own short-lived connection). */
  query<T extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params?: unknown[]): Promise<T[]>;
  drop(): Promise<void>;
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(prefix = "consumer_test"): Promise<TestDatabase> {
  if (!DATABASE_URL) throw new Error("no DATABASE_URL");
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  await admin((client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    async query(sql, params) {
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      try {
        return (await client.query(sql, params)).rows;
      } finally {
        await client.end();
      }
    },
    async drop() {
      await admin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

/**
 * A TCP proxy in front of PostgreSQL that the test can cut (every connection dropped, new ones refused) and
 * restore: the database going away and coming back, as the consumer sees it.
 */
export interface CuttableProxy {
  /** `url` with the proxy's host and port. */
  url: string;
  cut(): Promise<void>;
  restore(): Promise<void>;
  close(): Promise<void>;
}

export async function startProxy(targetUrl: string): Promise<CuttableProxy> {
  const target = new URL(targetUrl);
  const sockets = new Set<net.Socket>();
  const makeServer = () =>
    net.createServer((client) => {
      const upstream = net.connect(Number(target.port || 5432), target.hostname);
      sockets.add(client).add(upstream);
      const drop = () => {
        client.destroy();
        upstream.destroy();
        sockets.delete(client);
        sockets.delete(upstream);
      };
      client.on("error", drop).on("close", drop);
      upstream.on("error", drop).on("close", drop);
      client.pipe(upstream).pipe(client);
    });
  let server = makeServer();
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => resolve((server.address() as net.AddressInfo).port));
    });
  const port = await listen(0);
  const stop = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      sockets.clear();
      server.close(() => resolve());
    });
  const url = new URL(targetUrl);
  url.hostname = "127.0.0.1";
  url.port = String(port);
  return {
    url: url.toString(),
    cut: stop,
    async restore() {
      server = makeServer();
      await listen(port);
    },
    close: stop,
  };
}
