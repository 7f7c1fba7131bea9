// Group commit in the writer thread. A commit with `synchronous = FULL` waits for the disk; while it does,
// new calls queue up in the thread's message port, and the next turn commits all of them together: the
// batch grows with the load, and one fsync serves everything in it.

import type Database from "better-sqlite3";
import type { Reply } from "./writer-protocol.js";

interface Item {
  id: number;
  work: () => unknown;
}

export class WriteBatch {
  private queue: Item[] = [];
  private scheduled = false;

  /** `settle` gets one reply per item, all at once, only after the commit (or its failure). */
  constructor(
    private readonly db: Database.Database,
    private readonly settle: (replies: Reply[]) => void,
  ) {}

  add(id: number, work: () => unknown): void {
    this.queue.push({ id, work });
    if (!this.scheduled) {
      this.scheduled = true;
      // After the poll phase: every call that arrived meanwhile is in the queue.
      setImmediate(() => this.flush());
    }
  }

  /** Commits what is queued now (shutdown). */
  flush(): void {
    this.scheduled = false;
    const batch = this.queue;
    this.queue = [];
    if (batch.length > 0) this.settle(this.commit(batch));
  }

  private commit(batch: Item[]): Reply[] {
    let itemFailed = false;
    try {
      // Fast path, no savepoints (they cost as much as the insert): every item runs in one transaction.
      return this.db.transaction(() =>
        batch.map((item): Reply => {
          try {
            return [item.id, 0, item.work()];
          } catch (error) {
            itemFailed = true;
            throw error;
          }
        }),
      )();
    } catch (error) {
      // The commit itself failed: nothing in the batch is durable, so nobody may be told otherwise.
      if (!itemFailed) return batch.map((item) => [item.id, 1, message(error)]);
    }
    // One item failed and rolled the whole transaction back: run the batch again, each item in its own
    // savepoint, so that only the failing one is refused.
    try {
      return this.db.transaction(() =>
        batch.map((item): Reply => {
          try {
            return [item.id, 0, this.db.transaction(item.work)()];
          } catch (error) {
            return [item.id, 1, message(error)];
          }
        }),
      )();
    } catch (error) {
      return batch.map((item) => [item.id, 1, message(error)]);
    }
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
