// Putting an accepted event into the PostgreSQL inbox, shared by deliveries and quarantine replay: both must
// treat an event already there the same way (a duplicate, counted), and both can meet retention deleting
// that row between the conflict and the lookup.

import type { PoolClient } from "pg";
import type { DeliveryEntry } from "./store.js";

type Accepted = Extract<DeliveryEntry, { outcome: "accept" }>;

/**
 * Inserts the event, or finds the row it duplicates. A row that retention deleted in between makes the
 * whole transaction fail as a serialization failure (40001): the store runs it again, and the event is
 * stored as new, as a redelivery past the retention window is.
 */
export async function insertIntoInbox(
  client: PoolClient,
  entry: Accepted,
  now: Date,
): Promise<{ inboxId: number; duplicate: boolean }> {
  const inserted = await client.query<{ id: string }>(
    `INSERT INTO inbox (source, event_id, type, kind, body, warnings, received_at, next_attempt_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $7)
     ON CONFLICT (source, event_id) DO NOTHING RETURNING id`,
    [
      entry.source,
      entry.eventId,
      entry.type,
      entry.kind,
      JSON.stringify(entry.event),
      JSON.stringify(entry.warnings),
      now,
    ],
  );
  if (inserted.rows[0]) return { inboxId: Number(inserted.rows[0].id), duplicate: false };
  // The row exists (committed, or committed while we waited on the unique index): read committed sees it.
  const found = await client.query<{ id: string }>(
    "SELECT id FROM inbox WHERE source = $1 AND event_id = $2",
    [entry.source, entry.eventId],
  );
  if (!found.rows[0]) throw Object.assign(new Error("inbox row pruned during insert"), { code: "40001" });
  return { inboxId: Number(found.rows[0].id), duplicate: true };
}

/** Adds to the `duplicates` total that `/api/stats` reports. */
export async function countDuplicates(client: PoolClient, duplicates: number): Promise<void> {
  if (duplicates === 0) return;
  await client.query(
    `INSERT INTO counters (name, value) VALUES ('duplicates', $1)
     ON CONFLICT (name) DO UPDATE SET value = counters.value + excluded.value`,
    [duplicates],
  );
}
