// The stand-in's dialogs in the producer's database (SQLite or PostgreSQL, the same code): rows in, plain
// data out. Written inside the outbox transaction that also stores the dialog's events.

import type { Executor } from "@dialogporten-events/db";
import type { DialogsTable, DialogTables } from "../outbox/dialog-tables.js";
import type { DialogRecord, SeenEntry, StoredDialog } from "./model.js";

const toRecord = (row: DialogsTable): DialogRecord => ({
  id: row.id,
  org: row.org,
  serviceResource: row.service_resource,
  party: row.party,
  revision: row.revision,
  idempotentKey: row.idempotent_key,
  document: JSON.parse(row.document) as StoredDialog,
  createdAt: Number(row.created_at),
  updatedAt: Number(row.updated_at),
  contentUpdatedAt: Number(row.content_updated_at),
  visibleFrom: row.visible_from === null ? null : Number(row.visible_from),
  deletedAt: row.deleted_at === null ? null : Number(row.deleted_at),
});

const toRow = (r: DialogRecord): DialogsTable => ({
  id: r.id,
  org: r.org,
  service_resource: r.serviceResource,
  party: r.party,
  revision: r.revision,
  idempotent_key: r.idempotentKey,
  document: JSON.stringify(r.document),
  created_at: r.createdAt,
  updated_at: r.updatedAt,
  content_updated_at: r.contentUpdatedAt,
  visible_from: r.visibleFrom,
  deleted_at: r.deletedAt,
});

export class DialogRepository {
  constructor(private readonly db: Executor<DialogTables>) {}

  async get(id: string): Promise<DialogRecord | undefined> {
    const row = await this.db.first(this.db.qb.selectFrom("dialogs").selectAll().where("id", "=", id));
    return row && toRecord(row);
  }

  /** The dialog a service owner already created with this idempotent key. */
  async idByIdempotentKey(org: string, key: string): Promise<string | undefined> {
    const row = await this.db.first(
      this.db.qb.selectFrom("dialogs").select("id").where("org", "=", org).where("idempotent_key", "=", key),
    );
    return row?.id;
  }

  async insert(record: DialogRecord): Promise<void> {
    await this.db.run(this.db.qb.insertInto("dialogs").values(toRow(record)));
  }

  /**
   * Writes `next` only if the row still has `expectedRevision` (optimistic concurrency); false when another
   * write got there first.
   */
  async update(next: DialogRecord, expectedRevision: string): Promise<boolean> {
    const { id: _, ...row } = toRow(next);
    const changed = await this.db.run(
      this.db.qb
        .updateTable("dialogs")
        .set(row)
        .where("id", "=", next.id)
        .where("revision", "=", expectedRevision),
    );
    return changed === 1;
  }

  /** Hard delete (purge): the dialog, its child ids and its seen log. */
  async purge(id: string, expectedRevision: string): Promise<boolean> {
    const changed = await this.db.run(
      this.db.qb.deleteFrom("dialogs").where("id", "=", id).where("revision", "=", expectedRevision),
    );
    if (changed !== 1) return false;
    await this.db.run(this.db.qb.deleteFrom("dialog_children").where("dialog_id", "=", id));
    await this.db.run(this.db.qb.deleteFrom("dialog_seen").where("dialog_id", "=", id));
    return true;
  }

  /** Which of these activity or transmission ids some dialog already has. */
  async existingChildIds(ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.db.all(
      this.db.qb.selectFrom("dialog_children").select("id").where("id", "in", ids),
    );
    return new Set(rows.map((r) => r.id));
  }

  async addChildren(
    dialogId: string,
    children: { id: string; kind: "activity" | "transmission" }[],
  ): Promise<void> {
    if (children.length === 0) return;
    await this.db.run(
      this.db.qb.insertInto("dialog_children").values(children.map((c) => ({ ...c, dialog_id: dialogId }))),
    );
  }

  async seenLog(dialogId: string): Promise<SeenEntry[]> {
    const rows = await this.db.all(
      this.db.qb.selectFrom("dialog_seen").selectAll().where("dialog_id", "=", dialogId).orderBy("seen_at"),
    );
    return rows.map((r) => ({
      id: r.id,
      seenBy: r.seen_by,
      seenAt: Number(r.seen_at),
      dialogUpdatedAt: Number(r.dialog_updated_at),
    }));
  }

  /** Adds the entry unless this user already saw this change of the dialog; true when it was added. */
  async addSeen(dialogId: string, entry: SeenEntry): Promise<boolean> {
    const added = await this.db.run(
      this.db.qb
        .insertInto("dialog_seen")
        .values({
          id: entry.id,
          dialog_id: dialogId,
          seen_by: entry.seenBy,
          seen_at: entry.seenAt,
          dialog_updated_at: entry.dialogUpdatedAt,
        })
        .onConflict((c) => c.doNothing()),
    );
    return added === 1;
  }
}
