import type Database from "better-sqlite3";

interface Pending {
  work: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit for SQLite. A commit with `synchronous = FULL` waits for the disk, so one transaction per
 * request caps a webhook at the disk's fsync rate. Writes submitted during one turn of the event loop are
 * run together in one transaction instead, each in its own savepoint so one failing write rolls back
 * alone, and every promise settles only after that transaction has committed: no answer precedes its
 * commit, and the fsync is shared by everything in the batch.
 */
export class GroupCommit {
  private queue: Pending[] = [];
  private scheduled = false;
  private idle: (() => void)[] = [];

  constructor(private readonly db: Database.Database) {}

  submit<T>(work: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /** Resolves once everything submitted so far has been committed (or refused). */
  drain(): Promise<void> {
    if (!this.scheduled) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }

  private flush(): void {
    this.scheduled = false;
    const batch = this.queue;
    this.queue = [];
    const outcomes: { ok: boolean; value: unknown }[] = [];
    try {
      this.db.transaction(() => {
        for (const item of batch) {
          try {
            outcomes.push({ ok: true, value: this.db.transaction(item.work)() });
          } catch (error) {
            outcomes.push({ ok: false, value: error });
          }
        }
      })();
    } catch (error) {
      // The commit itself failed: nothing in the batch is durable, so nobody may be told otherwise.
      for (const item of batch) item.reject(error);
      this.settleIdle();
      return;
    }
    batch.forEach((item, i) => {
      const outcome = outcomes[i] as { ok: boolean; value: unknown };
      if (outcome.ok) item.resolve(outcome.value);
      else item.reject(outcome.value);
    });
    this.settleIdle();
  }

  private settleIdle(): void {
    if (this.scheduled) return;
    for (const resolve of this.idle.splice(0)) resolve();
  }
}
