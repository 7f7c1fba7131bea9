// The SQLite writer thread: owns the only connection to the file, commits writes in batches (`write-batch.ts`)
// and answers reads between batches. The HTTP thread never waits for a disk; it awaits this thread's reply,
// which for a write comes only after the commit (fsync) that holds it.

import { parentPort, workerData } from "node:worker_threads";
import type Database from "better-sqlite3";
import { openDatabase } from "./sqlite-db.js";
import { prepareMaintenance } from "./sqlite-maintenance.js";
import { prepareReads, type Reads } from "./sqlite-reads.js";
import { prepareWrites, type Writes } from "./sqlite-writes.js";
import { WriteBatch } from "./write-batch.js";
import type { Call, Opened, Reply, WriterData } from "./writer-protocol.js";

if (!parentPort) throw new Error("writer-thread.ts runs as a worker thread only");
const port = parentPort;

let db: Database.Database;
try {
  const { dataDir, maxBytes } = workerData as WriterData;
  db = openDatabase(dataDir, maxBytes);
} catch (error) {
  port.postMessage({
    opened: false,
    error: error instanceof Error ? error.message : String(error),
  } satisfies Opened);
  process.exit(1); // ends this thread only
}
const maintenance = prepareMaintenance(db);
const writes: Writes = { ...prepareWrites(db), prune: maintenance.prune, replay: maintenance.replay };
const reads: Reads = { ...prepareReads(db), quarantineBatch: maintenance.quarantineBatch };
const batch = new WriteBatch(db, (replies) => port.postMessage(replies));

port.on("message", ([id, op, args]: Call) => {
  if (op === "close") {
    // Everything queued before `close` is committed and answered first (messages arrive in order).
    batch.flush();
    db.close();
    port.postMessage([[id, 0, null]] satisfies Reply[]);
    port.close();
    return;
  }
  if (Object.hasOwn(writes, op)) {
    const write = writes[op as keyof Writes] as (...a: unknown[]) => unknown;
    batch.add(id, () => write(...args));
    return;
  }
  let reply: Reply;
  try {
    const read = reads[op as keyof Reads] as ((...a: unknown[]) => unknown) | undefined;
    if (!read) throw new Error(`unknown operation ${op}`);
    reply = [id, 0, read(...args)];
  } catch (error) {
    reply = [id, 1, error instanceof Error ? error.message : String(error)];
  }
  port.postMessage([reply]);
});
port.postMessage({ opened: true } satisfies Opened);
