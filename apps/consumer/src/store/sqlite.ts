// The embedded store: one SQLite file in WAL mode, `synchronous = FULL`, written by a worker thread
// (`writer-thread.ts`) so that no fsync blocks the HTTP thread's event loop. Every method is a call to that
// thread; a write resolves only after the commit that holds it, so a 2xx still means "on disk".

import type { Worker } from "node:worker_threads";
import { ConsumerStore, type ConsumerStoreOptions } from "./consumer-store.js";
import { WriterClient } from "./writer-client.js";

export { DATABASE_FILE } from "./sqlite-file.js";

export interface SqliteStoreOptions {
  /** Events waiting for a commit beyond which deliveries get 503 (`Retry-After: 1`). Default 4096. */
  maxPendingWrites?: number;
  /** Told when the writer thread fails (it is started again on the next call, a second later at most). */
  onWriterError?: (error: Error) => void;
  /** How long a call waits for the writer thread's reply before it is refused (503). Default 30 s. */
  callTimeoutMs?: number;
  /**
   * The database file may grow to this many bytes (`PRAGMA max_page_count`); beyond it writes fail, the
   * webhook answers 503 and `/healthz` reports it, instead of the disk filling up. Default: no bound.
   */
  maxBytes?: number;
  /** Enrichment: mark each new Dialogporten event's dialog as wanting a fetch (`ConsumerStoreOptions`). */
  markDialogFetches?: boolean;
}

export function openSqliteStore(dataDir: string, options: SqliteStoreOptions = {}): SqliteStore {
  return new SqliteStore(
    new WriterClient({
      dataDir,
      maxBytes: options.maxBytes,
      maxPendingWrites: options.maxPendingWrites ?? 4096,
      ...(options.onWriterError ? { onError: options.onWriterError } : {}),
      ...(options.callTimeoutMs ? { callTimeoutMs: options.callTimeoutMs } : {}),
    }),
    { markDialogFetches: options.markDialogFetches ?? false },
  );
}

export class SqliteStore extends ConsumerStore {
  constructor(
    private readonly writer: WriterClient,
    options: ConsumerStoreOptions = {},
  ) {
    super(writer, options);
  }

  /** The writer thread, for tests that kill it. */
  get writerThread(): Worker | undefined {
    return this.writer.worker;
  }
}
