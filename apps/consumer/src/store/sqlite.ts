// The embedded store: one SQLite file in WAL mode, `synchronous = FULL` so a commit is on disk before the
// webhook answers. better-sqlite3 is synchronous; each method does its work in one call and one transaction.

import { mkdirSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { type DialogSummary, sortTimeline, type TimelineEntry } from "../projection/dialogs.js";
import { GroupCommit } from "./group-commit.js";
import { migrate } from "./migrations.js";
import {
  type ConsumerStats,
  type DeliveryEntry,
  type DialogDetail,
  type DialogRecord,
  type EventFilter,
  type InboxItem,
  type ProjectionChange,
  type QuarantineItem,
  type RecordResult,
  type Store,
  StoreUnavailableError,
} from "./store.js";

interface InboxRow {
  id: number;
  source: string;
  event_id: string;
  type: string;
  kind: InboxItem["kind"];
  body: string;
  warnings: string;
  received_at: string;
  status: InboxItem["status"];
  attempts: number;
  next_attempt_at: string;
  processed_at: string | null;
  last_error: string | null;
}

export const DATABASE_FILE = "consumer.sqlite";

export function openSqliteStore(dataDir: string): Store {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, DATABASE_FILE));
  // One process owns the file (set before WAL so no shared memory is used). That makes any lease found at
  // open time an orphan of a crashed run, safe to release; PostgreSQL would let leases expire instead.
  db.pragma("locking_mode = EXCLUSIVE");
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.pragma("busy_timeout = 5000");
  migrate(db);
  db.prepare("UPDATE inbox SET lease_owner = NULL, lease_until = NULL WHERE lease_owner IS NOT NULL").run();
  return new SqliteStore(db);
}

class SqliteStore implements Store {
  private readonly commits: GroupCommit;
  private readonly q;

  constructor(private readonly db: Database.Database) {
    this.commits = new GroupCommit(db);
    this.q = {
      insertInbox: db.prepare(
        `INSERT INTO inbox (source, event_id, type, kind, body, warnings, received_at, next_attempt_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source, event_id) DO NOTHING`,
      ),
      findInbox: db.prepare("SELECT id FROM inbox WHERE source = ? AND event_id = ?").pluck(),
      insertQuarantine: db.prepare(
        "INSERT INTO quarantine (received_at, code, type, issues, body) VALUES (?, ?, ?, ?, ?)",
      ),
      bump: db.prepare(
        "INSERT INTO counters (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = value + excluded.value",
      ),
      claim: db.prepare(
        `UPDATE inbox SET lease_owner = ?, lease_until = ?, attempts = attempts + 1
         WHERE id IN (SELECT id FROM inbox
                      WHERE status = 'pending' AND next_attempt_at <= ? AND (lease_until IS NULL OR lease_until <= ?)
                      ORDER BY next_attempt_at, id LIMIT ?)
         RETURNING *`,
      ),
      complete: db.prepare(
        `UPDATE inbox SET status = 'processed', processed_at = ?, lease_owner = NULL, lease_until = NULL, last_error = NULL
         WHERE id = ? AND lease_owner = ? AND status = 'pending'`,
      ),
      fail: db.prepare(
        `UPDATE inbox SET status = ?, next_attempt_at = ?, last_error = ?, lease_owner = NULL, lease_until = NULL
         WHERE id = ? AND lease_owner = ? AND status = 'pending'`,
      ),
      retryFailed: db.prepare(
        "UPDATE inbox SET status = 'pending', attempts = 0, next_attempt_at = ? WHERE id = ? AND status = 'failed'",
      ),
      insertDialogEvent: db.prepare(
        `INSERT INTO dialog_events (dialog_id, source, event_id, time_key, rank, type, folds, entry)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
      ),
      getSummary: db.prepare("SELECT summary FROM dialogs WHERE dialog_id = ?").pluck(),
      foldEntries: db.prepare("SELECT entry FROM dialog_events WHERE dialog_id = ? AND folds = 1").pluck(),
      putDialog: db.prepare(
        `INSERT INTO dialogs (dialog_id, resource, subject, summary, version, updated_at) VALUES (?, ?, ?, ?, 1, ?)
         ON CONFLICT (dialog_id) DO UPDATE SET summary = excluded.summary, version = version + 1,
                                               updated_at = excluded.updated_at`,
      ),
      getDialog: db.prepare("SELECT * FROM dialogs WHERE dialog_id = ?"),
      // Ordered by the index; `sortTimeline` settles the rest (source and id, as `compareEntries`) in JS.
      timeline: db
        .prepare("SELECT entry, time_key FROM dialog_events WHERE dialog_id = ? ORDER BY time_key, rank")
        .raw(),
      getEvent: db.prepare("SELECT * FROM inbox WHERE id = ?"),
      listQuarantine: db.prepare("SELECT * FROM quarantine ORDER BY id DESC LIMIT ?"),
      listDialogs: db.prepare("SELECT * FROM dialogs ORDER BY updated_at DESC, dialog_id LIMIT ?"),
      stats: db.prepare(
        `SELECT
           (SELECT count(*) FROM inbox) AS accepted,
           (SELECT coalesce(max(value), 0) FROM counters WHERE name = 'duplicates') AS duplicates,
           (SELECT count(*) FROM quarantine) AS quarantined,
           (SELECT count(*) FROM inbox WHERE kind = 'unknown') AS unknown,
           (SELECT count(*) FROM inbox WHERE kind = 'subscription-validation') AS subscriptionValidations,
           (SELECT count(*) FROM inbox WHERE status = 'processed') AS processed,
           (SELECT count(*) FROM inbox WHERE status = 'failed') AS failed,
           (SELECT count(*) FROM inbox WHERE status = 'pending') AS pending,
           (SELECT count(*) FROM dialogs) AS dialogs`,
      ),
    };
  }

  async recordDeliveries(entries: readonly DeliveryEntry[], now: Date): Promise<RecordResult[]> {
    const at = now.toISOString();
    return this.write(() => {
      const results = entries.map((entry): RecordResult => {
        if (entry.outcome === "quarantine") {
          const issues = JSON.stringify(entry.issues);
          const info = this.q.insertQuarantine.run(at, entry.code, entry.type ?? null, issues, entry.body);
          return { outcome: "quarantined", quarantineId: Number(info.lastInsertRowid) };
        }
        const { source, eventId, type, kind } = entry;
        const body = JSON.stringify(entry.event);
        const warnings = JSON.stringify(entry.warnings);
        const info = this.q.insertInbox.run(source, eventId, type, kind, body, warnings, at, at);
        if (info.changes === 1) return { outcome: "stored", inboxId: Number(info.lastInsertRowid) };
        return { outcome: "duplicate", inboxId: this.q.findInbox.get(source, eventId) as number };
      });
      const duplicates = results.filter((r) => r.outcome === "duplicate").length;
      if (duplicates > 0) this.q.bump.run("duplicates", duplicates);
      return results;
    });
  }

  async claimDue(owner: string, now: Date, leaseMs: number, limit: number): Promise<InboxItem[]> {
    const at = now.toISOString();
    const until = new Date(now.getTime() + leaseMs).toISOString();
    // Through group commit too: the counted attempt is durable before any handler runs (so an item that
    // crashes the process gets parked), and the fsync is shared with the deliveries of the same turn.
    const rows = await this.write(() => this.q.claim.all(owner, until, at, at, limit) as InboxRow[]);
    return this.guard(() => rows.sort((a, b) => a.id - b.id).map(toInboxItem));
  }

  async complete(id: number, owner: string, now: Date, change?: ProjectionChange): Promise<boolean> {
    const at = now.toISOString();
    return this.write(() => {
      if (this.q.complete.run(at, id, owner).changes === 0) return false;
      if (change) this.applyChange(change, at);
      return true;
    });
  }

  /** See `ProjectionChange`: one row insert and one summary update, inside the caller's transaction. */
  private applyChange(change: ProjectionChange, at: string): void {
    const { dialogId, row } = change;
    const entry = JSON.stringify(row.entry);
    const { source, eventId, timeKey, rank, type, folds } = row;
    const q = this.q;
    if (
      q.insertDialogEvent.run(dialogId, source, eventId, timeKey, rank, type, folds ? 1 : 0, entry)
        .changes === 0
    ) {
      return; // already on the timeline: nothing changes, the version included
    }
    const stored = q.getSummary.get(dialogId) as string | undefined;
    let { summary, refold } = change.summarize(stored === undefined ? undefined : JSON.parse(stored));
    if (refold) summary = change.refold(summary, (q.foldEntries.all(dialogId) as string[]).map(parseEntry));
    q.putDialog.run(dialogId, change.resource, change.subject, JSON.stringify(summary), at);
  }

  async fail(id: number, owner: string, error: string, retryAt: Date | null): Promise<boolean> {
    const status = retryAt ? "pending" : "failed";
    const next = (retryAt ?? new Date()).toISOString();
    return this.write(() => this.q.fail.run(status, next, error, id, owner).changes === 1);
  }

  async retryFailed(id: number, now: Date): Promise<boolean> {
    return this.guard(() => this.q.retryFailed.run(now.toISOString(), id).changes === 1);
  }

  async listEvents(filter: EventFilter): Promise<InboxItem[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    for (const [column, value] of [
      ["type", filter.type],
      ["kind", filter.kind],
      ["status", filter.status],
    ] as const) {
      if (value === undefined) continue;
      where.push(`${column} = ?`);
      params.push(value);
    }
    const sql = `SELECT * FROM inbox ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY id DESC LIMIT ?`;
    return this.guard(() =>
      (this.db.prepare(sql).all(...params, filter.limit) as InboxRow[]).map(toInboxItem),
    );
  }

  async getEvent(id: number): Promise<InboxItem | undefined> {
    return this.guard(() => {
      const row = this.q.getEvent.get(id) as InboxRow | undefined;
      return row && toInboxItem(row);
    });
  }

  async listQuarantine(limit: number): Promise<QuarantineItem[]> {
    type Row = Omit<QuarantineItem, "issues" | "receivedAt"> & { issues: string; received_at: string };
    return this.guard(() =>
      (this.q.listQuarantine.all(limit) as Row[]).map((r) => ({
        id: r.id,
        receivedAt: r.received_at,
        code: r.code,
        type: r.type,
        issues: JSON.parse(r.issues),
        body: r.body,
      })),
    );
  }

  async listDialogs(limit: number): Promise<DialogRecord[]> {
    return this.guard(() => (this.q.listDialogs.all(limit) as DialogRow[]).map(toDialogRecord));
  }

  async getDialog(dialogId: string): Promise<DialogDetail | undefined> {
    return this.guard(() => {
      // Two reads in one synchronous call: no write can commit between them.
      const row = this.q.getDialog.get(dialogId) as DialogRow | undefined;
      if (!row) return undefined;
      const rows = this.q.timeline.all(dialogId) as [entry: string, timeKey: string][];
      const timeline = sortTimeline(
        rows.map((r) => parseEntry(r[0])),
        rows.map((r) => r[1]),
      );
      return { ...toDialogRecord(row), timeline };
    });
  }

  async stats(): Promise<ConsumerStats> {
    return this.guard(() => {
      const row = this.q.stats.get() as Omit<ConsumerStats, "received">;
      return { received: row.accepted + row.duplicates + row.quarantined, ...row };
    });
  }

  async ping(): Promise<void> {
    this.guard(() => this.db.prepare("SELECT 1").get());
  }

  async close(): Promise<void> {
    await this.commits.drain();
    if (this.db.open) this.db.close();
  }

  /** Any failure of SQLite itself (closed, disk full, locked) means: not now, try again. */
  /** Writes go through group commit: durable when the promise resolves, one fsync per batch. */
  private async write<T>(work: () => T): Promise<T> {
    try {
      return await this.commits.submit(work);
    } catch (error) {
      throw new StoreUnavailableError(error);
    }
  }

  private guard<T>(work: () => T): T {
    try {
      return work();
    } catch (error) {
      throw new StoreUnavailableError(error);
    }
  }
}

interface DialogRow {
  dialog_id: string;
  resource: string;
  subject: string;
  summary: string;
  version: number;
  updated_at: string;
}

function toDialogRecord(row: DialogRow): DialogRecord {
  return {
    dialogId: row.dialog_id,
    resource: row.resource,
    subject: row.subject,
    summary: JSON.parse(row.summary) as DialogSummary,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

function parseEntry(json: string): TimelineEntry {
  return JSON.parse(json) as TimelineEntry;
}

function toInboxItem(row: InboxRow): InboxItem {
  return {
    id: row.id,
    source: row.source,
    eventId: row.event_id,
    type: row.type,
    kind: row.kind,
    status: row.status,
    attempts: row.attempts,
    receivedAt: row.received_at,
    nextAttemptAt: row.next_attempt_at,
    processedAt: row.processed_at,
    lastError: row.last_error,
    event: JSON.parse(row.body) as Record<string, unknown>,
    warnings: JSON.parse(row.warnings),
  };
}
