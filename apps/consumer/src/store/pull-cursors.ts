// The pull cursors repository: per (resource, subject, types), the CloudEvent id the next pull starts after.
// Written only by `operations.ts` `pull`, in the transaction that stores the page's events, so the cursor
// and the inbox never disagree after a crash.

import type { Executor } from "@dialogporten-events/db";
import type { ConsumerTables } from "./schema.js";

type Ex = Executor<ConsumerTables>;

export interface PullCursorRow {
  after_id: string;
  pulled: number;
  updated_at: number;
}

export function get(ex: Ex, key: string): Promise<PullCursorRow | undefined> {
  return ex.first(
    ex.qb
      .selectFrom("pull_cursor")
      .select(["after_id", "pulled", "updated_at"])
      .where("cursor_key", "=", key),
  );
}

export interface CursorAdvance {
  key: string;
  resource: string;
  subject: string | null;
  /** The type filter as JSON (sorted), for reading the table by eye. */
  types: string;
  afterId: string;
  /** Events the page held. */
  pulled: number;
  at: number;
}

export async function advance(ex: Ex, c: CursorAdvance): Promise<void> {
  await ex.run(
    ex.qb
      .insertInto("pull_cursor")
      .values({
        cursor_key: c.key,
        resource: c.resource,
        subject: c.subject,
        types: c.types,
        after_id: c.afterId,
        pulled: c.pulled,
        updated_at: c.at,
      })
      .onConflict((oc) =>
        oc.column("cursor_key").doUpdateSet((eb) => ({
          after_id: eb.ref("excluded.after_id"),
          pulled: eb("pull_cursor.pulled", "+", eb.ref("excluded.pulled")),
          updated_at: eb.ref("excluded.updated_at"),
        })),
      ),
  );
}
