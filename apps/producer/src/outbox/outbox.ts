// The outbox: one database (a SQLite file, or PostgreSQL shared by instances) behind four repositories,
// and transactions across them. The same repository code runs on both.

import { join } from "node:path";
import {
  type Database,
  migrate,
  openPostgres,
  openSqlite,
  toStoreError,
  withSchema,
} from "@dialogporten-events/db";
import { DeadLetterRepository } from "./dead-letters.js";
import { DeliveryRepository } from "./deliveries.js";
import { EventRepository } from "./events.js";
import { migrateOptions } from "./migrations.js";
import { SubscriptionRepository } from "./subscriptions.js";
import { type OutboxExecutor, type OutboxTables, SCHEMA } from "./tables.js";

export interface Repositories {
  subscriptions: SubscriptionRepository;
  events: EventRepository;
  deliveries: DeliveryRepository;
  deadLetters: DeadLetterRepository;
}

export function repositories(db: OutboxExecutor): Repositories {
  return {
    subscriptions: new SubscriptionRepository(db),
    events: new EventRepository(db),
    deliveries: new DeliveryRepository(db),
    deadLetters: new DeadLetterRepository(db),
  };
}

export interface Outbox extends Repositories {
  /**
   * One process owns the outbox (SQLite): claims found on start are its previous run's. PostgreSQL is
   * shared, and other instances' claims are live.
   */
  readonly soleOwner: boolean;
  /**
   * All or nothing across repositories; PostgreSQL retries it on deadlock or serialization failure. `db` is
   * the transaction's executor, for tables beside the outbox's (the Dialogporten API stand-in's dialogs).
   */
  transaction<T>(fn: (tx: Repositories, db: OutboxExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export type OutboxLocation =
  /** SQLite: `producer.sqlite` in this folder, WAL with synchronous=FULL (a commit is on disk when it returns). */
  | { dataDir: string }
  | { file: string }
  /** PostgreSQL, tables in the `producer` schema. */
  | { databaseUrl: string; connectionTimeoutMs?: number };

function open(location: OutboxLocation): Database<OutboxTables> {
  if ("databaseUrl" in location)
    return openPostgres<OutboxTables>(location.databaseUrl, {
      applicationName: "dialogporten-producer",
      connectionTimeoutMs: location.connectionTimeoutMs ?? 3000,
      queryTimeoutMs: 15_000,
    });
  const file = "file" in location ? location.file : join(location.dataDir, "producer.sqlite");
  const db = openSqlite<OutboxTables>(file, { foreignKeys: true });
  // The pull API's type patterns: LIKE is case-sensitive on PostgreSQL; make it so here too.
  db.connection.pragma("case_sensitive_like = ON");
  return db;
}

/** Opens the outbox and brings its schema up to date (an existing database of any version moves forward). */
export async function openOutbox(location: OutboxLocation): Promise<Outbox> {
  const plain = open(location);
  try {
    await migrate(plain, migrateOptions);
  } catch (error) {
    await plain.close().catch(() => undefined);
    throw toStoreError(error);
  }
  const db = withSchema(plain, SCHEMA);
  return {
    ...repositories(db),
    soleOwner: db.dialect === "sqlite",
    transaction: (fn) => db.transaction((tx) => fn(repositories(tx), tx)),
    close: () => db.close(),
  };
}
