// Whether deliveries can be stored right now, for `/healthz`. A store that answers a ping can still be unable
// to write (a full disk, a database file at its size bound); the last delivery write tells. A failure is held
// for a while only, so an instance taken out of rotation for it is tried again rather than left out for
// ever; every failure while it is tried again renews it, and a successful write clears it at once.

import { StoreBusyError, StoreUnavailableError } from "../store/store.js";

/** How long one failed delivery write keeps `/healthz` at 503 when no write follows. */
export const WRITE_FAILURE_HOLD_MS = 30_000;

export class WriteHealth {
  private failedAt = 0;
  private lastError: Error | undefined;

  /** Runs a delivery write and records its outcome; backpressure (`StoreBusyError`) is not a failure. */
  async track<T>(write: () => Promise<T>): Promise<T> {
    try {
      const result = await write();
      this.lastError = undefined;
      return result;
    } catch (error) {
      if (error instanceof StoreUnavailableError && !(error instanceof StoreBusyError)) {
        this.failedAt = Date.now();
        this.lastError = error;
      }
      throw error;
    }
  }

  /** The failure that makes the store unhealthy now, if any. */
  failing(now = Date.now()): Error | undefined {
    return this.lastError && now - this.failedAt < WRITE_FAILURE_HOLD_MS ? this.lastError : undefined;
  }
}
