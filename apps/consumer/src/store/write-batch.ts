// Group commit in the writer thread. A commit with `synchronous = FULL` waits for the disk; while it does,
// new calls queue up in the thread's message port, and the next turn commits all of them together: the
// batch grows with the load, and one fsync serves everything in it.
//
// The operations are async functions (they are shared with PostgreSQL), but on SQLite every statement runs
// synchronously, so a whole batch runs in one turn of the event loop: no message is handled in between.

import { classifyError, type SqliteDatabase } from "@dialogporten-events/db";
import type { ConsumerTables } from "./schema.js";
import type { Failure, Reply } from "./writer-protocol.js";

interface Item {
  id: number;
  work: () => Promise<unknown>;
}

export class WriteBatch {
  private queue: Item[] = [];
  private scheduled = false;

  /** `settle` gets one reply per item, all at once, only after the commit (or its failure). */
  constructor(
    private readonly db: SqliteDatabase<ConsumerTables>,
    private readonly settle: (replies: Reply[]) => void,
  ) {}

  add(id: number, work: () => Promise<unknown>): void {
    this.queue.push({ id, work });
    if (!this.scheduled) {
      this.scheduled = true;
      // After the poll phase: every call that arrived meanwhile is in the queue.
      setImmediate(() => void this.flush());
    }
  }

  /** Commits what is queued now (also at shutdown). */
  async flush(): Promise<void> {
    this.scheduled = false;
    const batch = this.queue;
    this.queue = [];
    if (batch.length > 0) this.settle(await this.commit(batch));
  }

  private async commit(batch: Item[]): Promise<Reply[]> {
    let itemFailed = false;
    try {
      // Fast path, no savepoints (they cost as much as the insert): every item runs in one transaction.
      return await this.db.transaction(async () => {
        const replies: Reply[] = [];
        for (const item of batch) {
          try {
            replies.push([item.id, 0, await item.work()]);
          } catch (error) {
            itemFailed = true;
            throw error;
          }
        }
        return replies;
      });
    } catch (error) {
      // The commit itself failed: nothing in the batch is durable, so nobody may be told otherwise.
      if (!itemFailed) return batch.map((item) => [item.id, 1, describe(error)]);
    }
    // One item failed and rolled the whole transaction back: run the batch again, each item in its own
    // savepoint, so that only the failing one is refused.
    try {
      return await this.db.transaction(async (tx) => {
        const replies: Reply[] = [];
        for (const item of batch) {
          try {
            replies.push([item.id, 0, await this.db.transaction(() => item.work())]);
          } catch (error) {
            replies.push([item.id, 1, describe(error)]);
          }
        }
        void tx;
        return replies;
      });
    } catch (error) {
      return batch.map((item) => [item.id, 1, describe(error)]);
    }
  }
}

export function describe(error: unknown): Failure {
  const code = (error as { code?: unknown } | null)?.code;
  return {
    message: error instanceof Error ? error.message : String(error),
    code: typeof code === "string" ? code : undefined,
    class: classifyError(error),
  };
}
