// The SQLite writer thread: owns the only connection to the file, commits writes in batches (`write-batch.ts`)
// and answers reads between batches. The HTTP thread never waits for a disk; it awaits this thread's reply,
// which for a write comes only after the commit (fsync) that holds it.

import { join } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { migrate, openSqlite, type SqliteDatabase } from "@dialogporten-events/db";
import { releaseAllLeases } from "./inbox.js";
import { MIGRATIONS } from "./migrations.js";
import { isWrite, type Op, run } from "./operations.js";
import type { ConsumerTables } from "./schema.js";
import * as snapshots from "./snapshots.js";
import { DATABASE_FILE } from "./sqlite-file.js";
import { describe, WriteBatch } from "./write-batch.js";
import type { Call, Opened, Reply, WriterData } from "./writer-protocol.js";

if (!parentPort) throw new Error("writer-thread.ts runs as a worker thread only");
const port = parentPort;

let db: SqliteDatabase<ConsumerTables>;
try {
  const { dataDir, maxBytes } = workerData as WriterData;
  // One connection owns the file (exclusive locking): the writer thread's. That makes any lease found at
  // open time an orphan of a crashed run (or of a writer thread that died), safe to release; PostgreSQL
  // lets leases expire instead. A commit returns only after the WAL is fsynced (`synchronous = FULL`).
  db = openSqlite<ConsumerTables>(join(dataDir, DATABASE_FILE), { exclusive: true, maxBytes });
  try {
    await migrate(db, MIGRATIONS);
    await releaseAllLeases(db);
    await snapshots.releaseAllLeases(db);
  } catch (error) {
    await db.close();
    throw error;
  }
} catch (error) {
  port.postMessage({
    opened: false,
    error: error instanceof Error ? error.message : String(error),
  } satisfies Opened);
  process.exit(1); // ends this thread only
}
const batch = new WriteBatch(db, (replies) => port.postMessage(replies));

port.on("message", ([id, op, args]: Call) => {
  if (op === "close") {
    // Everything queued before `close` is committed and answered first (messages arrive in order).
    void batch.flush().then(async () => {
      await db.close();
      port.postMessage([[id, 0, null]] satisfies Reply[]);
      port.close();
    });
    return;
  }
  if (isWrite(op)) {
    batch.add(id, () => run(db, op, args as never));
    return;
  }
  // Reads run at once, between two batches (a batch takes one turn of the loop), so they see only commits.
  let answer: Promise<unknown>;
  try {
    answer = run(db, op as Op, args as never);
  } catch (error) {
    answer = Promise.reject(error);
  }
  answer.then(
    (value) => port.postMessage([[id, 0, value]] satisfies Reply[]),
    (error: unknown) => port.postMessage([[id, 1, describe(error)]] satisfies Reply[]),
  );
});
port.postMessage({ opened: true } satisfies Opened);
