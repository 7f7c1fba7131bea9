// The two stores a consumer can run on, for HTTP tests that must hold for both: SQLite (a temp data dir,
// always) and PostgreSQL (a fresh database per consumer, when DATABASE_URL is set; see pg.ts).

import { createEvent, type DialogportenEvent } from "dialogporten-events";
import type { ConsumerOptions, DeliveryEntry } from "../src/index.js";
import { createTestDatabase, hasPostgres, type TestDatabase } from "./pg.js";

export interface Target {
  name: string;
  available: boolean;
  /** Options that put a new consumer on a fresh, empty store of this kind. */
  options(): Promise<ConsumerOptions>;
  cleanup(): Promise<void>;
}

export function targets(): Target[] {
  const databases: TestDatabase[] = [];
  return [
    { name: "sqlite", available: true, options: async () => ({}), cleanup: async () => {} },
    {
      name: "postgres",
      available: hasPostgres,
      async options() {
        const db = await createTestDatabase("consumer_maint");
        databases.push(db);
        return { databaseUrl: db.url };
      },
      async cleanup() {
        for (const db of databases.splice(0)) await db.drop();
      },
    },
  ];
}

/** Event `n` of dialog `dialog`: a fresh id on every call, a time per `n`, so each is one timeline entry. */
export function eventOf(dialog: number, n: number): DialogportenEvent {
  const type = n === 0 ? "dialogporten.dialog.created.v1" : "dialogporten.dialog.updated.v1";
  return createEvent(type, {
    resource: "urn:altinn:resource:maintenance-test",
    resourceinstance: `0194fb2d-${String(dialog).padStart(4, "0")}-7000-8000-000000000000`,
    subject: "urn:altinn:organization:identifier-no:991825827",
    time: `2026-03-01T10:00:${String(n).padStart(2, "0")}.000Z`,
  });
}

export function accept(event: DialogportenEvent): DeliveryEntry {
  return {
    outcome: "accept",
    kind: "dialogporten",
    source: event.source,
    eventId: event.id,
    type: event.type,
    event,
    warnings: [],
  };
}

/** A foreign producer's event (kind `unknown`), id `${prefix}-${n}`. */
export function foreign(n: number, prefix = "foreign"): DeliveryEntry {
  const id = `${prefix}-${n}`;
  return {
    outcome: "accept",
    kind: "unknown",
    source: "urn:example:other-producer",
    eventId: id,
    type: "com.example.thing.v1",
    event: { specversion: "1.0", id, source: "urn:example:other-producer", type: "x" },
    warnings: [],
  };
}
