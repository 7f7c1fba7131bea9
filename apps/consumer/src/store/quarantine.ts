// The quarantine repository: refused deliveries, kept as they came, and what a replay does with them.

import { type Executor, prepared, returningId } from "@dialogporten-events/db";
import type { RefusedRow } from "./rows.js";
import type { ConsumerTables } from "./schema.js";
import type { QuarantineCode } from "./store.js";
import { storedText } from "./text.js";

type Ex = Executor<ConsumerTables>;

/** Ids per statement when a replay names its rows (bound parameters are limited). */
const IDS_PER_QUERY = 1000;

const insertRow = prepared<
  ConsumerTables,
  { at: number; code: QuarantineCode; type: string | null; issues: string; body: Uint8Array },
  unknown
>((qb, p, dialect) =>
  returningId(
    qb.insertInto("quarantine").values({
      received_at: p("at"),
      code: p("code"),
      type: p("type"),
      issues: p("issues"),
      body: p("body"),
    }),
    dialect,
  ),
);

export async function insert(ex: Ex, row: RefusedRow, at: number): Promise<number> {
  const [, code, type, issues, body] = row;
  const inserted = await ex.insert(
    insertRow(ex, {
      at,
      code,
      type: type === null ? null : storedText(ex.dialect, type),
      issues,
      body: Buffer.from(body, "utf8"),
    }),
  );
  return inserted as number;
}

/** Newest first; `after`: only rows with a smaller id (keyset paging). */
export function list(ex: Ex, limit: number, after?: number) {
  return ex.all(
    ex.qb
      .selectFrom("quarantine")
      .selectAll()
      .$if(after !== undefined, (q) => q.where("id", "<", after as number))
      .orderBy("id", "desc")
      .limit(limit),
  );
}

/** The next rows of a replay after `afterId` in id order: all of them, or only those in `ids` (ascending). */
export async function batch(ex: Ex, afterId: number, ids: readonly number[] | null, limit: number) {
  const next = ex.qb.selectFrom("quarantine").select(["id", "body"]).where("id", ">", afterId).orderBy("id");
  if (!ids) return ex.all(next.limit(limit));
  const wanted = ids.filter((id) => id > afterId);
  const rows: { id: number; body: Uint8Array }[] = [];
  for (let i = 0; i < wanted.length && rows.length < limit; i += IDS_PER_QUERY) {
    const some = wanted.slice(i, i + IDS_PER_QUERY);
    rows.push(...(await ex.all(next.where("id", "in", some).limit(limit - rows.length))));
  }
  return rows;
}

/** Removes a row that moves to the inbox; false when a concurrent replay took it first. */
export async function take(ex: Ex, id: number): Promise<boolean> {
  return (await ex.run(ex.qb.deleteFrom("quarantine").where("id", "=", id))) === 1;
}

/** Still refused: the body stays as it came; what the current contract says about it is refreshed. */
export async function refresh(
  ex: Ex,
  id: number,
  code: QuarantineCode,
  type: string | null,
  issues: string,
): Promise<boolean> {
  const changed = await ex.run(
    ex.qb
      .updateTable("quarantine")
      .set({ code, type: type === null ? null : storedText(ex.dialect, type), issues })
      .where("id", "=", id),
  );
  return changed === 1;
}
