// The dialogs repository: the projection's rows and summaries. The rules of the projection are the pure
// fold in `projection/` (`addToSummary`, `refoldSummary`); this applies them, the same way on both databases.

import { type Executor, type Insertable, prepared } from "@dialogporten-events/db";
import {
  addToSummary,
  type DialogSummary,
  type ProjectionChange,
  refoldSummary,
  type TimelineEntry,
  timeKey,
} from "../projection/dialogs.js";
import type { ConsumerTables, DialogEventsTable, DialogsTable } from "./schema.js";
import { storedText } from "./text.js";

type Ex = Executor<ConsumerTables>;

export const DIALOG_COLUMNS = [
  "dialog_id",
  "resource",
  "subject",
  "summary",
  "version",
  "updated_at",
] as const;

// Compiled once per database (`prepared`): these run for every processed event.

const insertEntry = prepared<ConsumerTables, Insertable<DialogEventsTable>, never>((qb, p) =>
  qb
    .insertInto("dialog_events")
    .values({
      dialog_id: p("dialog_id"),
      source: p("source"),
      event_id: p("event_id"),
      time_key: p("time_key"),
      rank: p("rank"),
      type: p("type"),
      folds: p("folds"),
      entry: p("entry"),
    })
    .onConflict((c) => c.doNothing()),
);

/** PostgreSQL: under the dialog's row lock, so concurrent events of one dialog fold one after the other. */
const lockSummary = prepared<ConsumerTables, { dialogId: string }, { summary: string }>((qb, p, dialect) =>
  qb
    .selectFrom("dialogs")
    .select("summary")
    .where("dialog_id", "=", p("dialogId"))
    .$if(dialect === "postgres", (q) => q.forUpdate()),
);

// Through the partial index `dialog_events_folds`; no ORDER BY (the planner could take the timeline index and
// read every row of the dialog instead): `refoldSummary` sorts, with the stored keys.
const foldEntries = prepared<ConsumerTables, { dialogId: string }, { entry: string; time_key: string }>(
  (qb, p) =>
    qb
      .selectFrom("dialog_events")
      .select(["entry", "time_key"])
      .where("dialog_id", "=", p("dialogId"))
      .where("folds", "=", 1),
);

const updateSummary = prepared<ConsumerTables, { dialogId: string; summary: string; at: number }, never>(
  (qb, p) =>
    qb
      .updateTable("dialogs")
      .set((eb) => ({ summary: p("summary"), version: eb("version", "+", 1), updated_at: p("at") }))
      .where("dialog_id", "=", p("dialogId")),
);

const createDialog = prepared<ConsumerTables, Insertable<DialogsTable>, never>((qb, p) =>
  qb
    .insertInto("dialogs")
    .values({
      dialog_id: p("dialog_id"),
      resource: p("resource"),
      subject: p("subject"),
      summary: p("summary"),
      version: 1,
      updated_at: p("updated_at"),
    })
    .onConflict((c) => c.column("dialog_id").doNothing()),
);

/**
 * Applies one event's change (see `ProjectionChange`): its row, then the dialog's summary under the dialog's
 * row lock (PostgreSQL). A dialog seen for the first time by two transactions at once: one inserts, the
 * other's insert does nothing, and it reads the row again, locked. (SQLite has one writer; the same steps
 * run there without a lock.)
 */
export async function apply(ex: Ex, change: ProjectionChange, at: number): Promise<void> {
  const { dialogId, row } = change;
  const inserted = await ex.run(
    insertEntry(ex, {
      dialog_id: dialogId,
      source: row.source,
      event_id: row.eventId,
      time_key: storedText(ex.dialect, row.timeKey),
      rank: row.rank,
      type: row.type,
      folds: row.folds ? 1 : 0,
      entry: JSON.stringify(row.entry),
    }),
  );
  if (inserted !== 1) return; // already on the timeline: nothing changes, the version included

  const fold = async (current: DialogSummary | undefined): Promise<string> => {
    const { summary, refold } = addToSummary(current, row.entry);
    if (!refold) return JSON.stringify(summary);
    const rows = await ex.all(foldEntries(ex, { dialogId }));
    const folds = rows.map((r) => JSON.parse(r.entry) as TimelineEntry);
    // The stored keys, so no time is parsed again; PostgreSQL keeps a key with U+0000 replaced (text cannot
    // hold it), computed again for such a time (as `getDialog` does).
    const keys = rows.map((r, i) =>
      (folds[i] as TimelineEntry).time.includes("\u0000")
        ? timeKey((folds[i] as TimelineEntry).time)
        : r.time_key,
    );
    return JSON.stringify(refoldSummary(summary, folds, keys));
  };
  for (;;) {
    const current = await ex.first(lockSummary(ex, { dialogId }));
    if (current) {
      const summary = await fold(JSON.parse(current.summary) as DialogSummary);
      await ex.run(updateSummary(ex, { dialogId, summary, at }));
      return;
    }
    const created = await ex.run(
      createDialog(ex, {
        dialog_id: dialogId,
        resource: storedText(ex.dialect, change.resource),
        subject: storedText(ex.dialect, change.subject),
        summary: await fold(undefined),
        version: 1,
        updated_at: at,
      }),
    );
    if (created === 1) return;
  }
}

/** By dialog id; `after`: only dialogs with a greater id (keyset paging). */
export function list(ex: Ex, limit: number, after?: string) {
  return ex.all(
    ex.qb
      .selectFrom("dialogs")
      .select(DIALOG_COLUMNS)
      .$if(after !== undefined, (q) => q.where("dialog_id", ">", after as string))
      .orderBy("dialog_id")
      .limit(limit),
  );
}

/**
 * The dialog and its timeline rows in one statement (one snapshot: the summary and the rows agree), ordered
 * by the index; the caller's `sortTimeline` settles the rest (source and id) in JavaScript.
 */
export function get(ex: Ex, dialogId: string) {
  return ex.all(
    ex.qb
      .selectFrom("dialogs as d")
      .leftJoin("dialog_events as e", "e.dialog_id", "d.dialog_id")
      .select([
        "d.dialog_id",
        "d.resource",
        "d.subject",
        "d.summary",
        "d.version",
        "d.updated_at",
        "e.entry",
        "e.time_key",
      ])
      .where("d.dialog_id", "=", dialogId)
      .orderBy("e.time_key")
      .orderBy("e.rank"),
  );
}
