// Opening the SQLite file. Runs in the writer thread (`writer-thread.ts`), which holds the only connection.

import { mkdirSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { migrate } from "./migrations.js";

export const DATABASE_FILE = "consumer.sqlite";

/** `maxBytes`: the file may not grow beyond this; writes that would need more fail (SQLITE_FULL). */
export function openDatabase(dataDir: string, maxBytes?: number): Database.Database {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, DATABASE_FILE));
  try {
    // One connection owns the file (set before WAL so no shared memory is used): the writer thread's. That
    // makes any lease found at open time an orphan of a crashed run (or of a writer thread that died), safe
    // to release; PostgreSQL would let leases expire instead.
    db.pragma("locking_mode = EXCLUSIVE");
    db.pragma("journal_mode = WAL");
    // A commit returns only after the WAL is fsynced: the reply that lets the webhook answer 2xx comes after.
    db.pragma("synchronous = FULL");
    db.pragma("busy_timeout = 5000");
    migrate(db);
    if (maxBytes !== undefined) {
      const pageSize = db.pragma("page_size", { simple: true }) as number;
      db.pragma(`max_page_count = ${Math.max(1, Math.floor(maxBytes / pageSize))}`);
    }
    db.prepare("UPDATE inbox SET lease_owner = NULL, lease_until = NULL WHERE lease_owner IS NOT NULL").run();
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
