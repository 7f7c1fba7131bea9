// The HTTP thread's side of the SQLite writer thread: starts it, sends calls, settles each promise with the
// thread's reply. Bounded: writes waiting for a commit are counted in events, and beyond the limit a call is
// refused at once (StoreBusyError, so 503) instead of queueing without end. If the thread dies, every call
// waiting on it is refused (a 5xx, never a 2xx: its commit was not confirmed), and the next call after a
// pause starts a new thread on the same file. No call waits for ever: a reply that does not come within
// `callTimeoutMs` (a message that could not cross, a thread that hangs) refuses the call the same way.

import { Worker } from "node:worker_threads";
import type { Backend, Op, OpArgs, OpResult, ReadOp, WriteOp } from "./operations.js";
import { StoreBusyError, StoreQueryError, StoreUnavailableError } from "./store.js";
import type { Call, Failure, Opened, Reply, WriterData } from "./writer-protocol.js";

export interface WriterOptions {
  dataDir: string;
  /** Bound on the file's size; writes beyond it fail. */
  maxBytes?: number | undefined;
  /** Events in writes sent but not yet committed, beyond which new writes are refused. */
  maxPendingWrites: number;
  /** Called when the thread fails (an uncaught error, or it could not open the file). */
  onError?: (error: Error) => void;
  /**
   * How long a call may wait for its reply before it is refused (StoreUnavailableError: a write may still
   * commit, unconfirmed, as when the thread dies). Also bounds `close()`. Default 30 s.
   */
  callTimeoutMs?: number;
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
  weight: number;
  timer: NodeJS.Timeout;
}

export const DEFAULT_CALL_TIMEOUT_MS = 30_000;

/** How long after a thread died the next call may start another one (calls before that get 503). */
const RESTART_PAUSE_MS = 1_000;

export class WriterClient implements Backend {
  private thread: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private pendingWrites = 0;
  private nextId = 1;
  private opened!: Promise<void>;
  private diedAt = 0;
  private lastError: Error | undefined;
  private closed = false;
  private exited: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: WriterOptions) {
    this.spawn();
  }

  /** Resolves once the thread has opened the file; rejects (StoreUnavailableError) when it could not. */
  open(): Promise<void> {
    return this.opened;
  }

  write<K extends WriteOp>(op: K, args: OpArgs<K>, weight: number): Promise<OpResult<K>> {
    return this.call(op, args, weight);
  }

  read<K extends ReadOp>(op: K, args: OpArgs<K>): Promise<OpResult<K>> {
    return this.call(op, args);
  }

  /** The thread, for tests that kill it. */
  get worker(): Worker | undefined {
    return this.thread;
  }

  /** `weight`: the number of events a write carries (0 for reads), for the bound on pending writes. */
  call<T>(op: Op | "close", args: unknown[], weight = 0): Promise<T> {
    if (this.closed) return Promise.reject(new StoreUnavailableError("the store is closed"));
    if (!this.thread) {
      if (Date.now() - this.diedAt < RESTART_PAUSE_MS) {
        return Promise.reject(new StoreUnavailableError(this.lastError ?? "the writer thread stopped"));
      }
      this.spawn();
    }
    const { maxPendingWrites } = this.options;
    // An empty queue takes any write, so a batch larger than the limit is not refused for ever.
    if (weight > 0 && this.pendingWrites > 0 && this.pendingWrites + weight > maxPendingWrites) {
      return Promise.reject(new StoreBusyError(`${this.pendingWrites} events are waiting for a commit`));
    }
    return new Promise<T>((resolve, reject) => {
      const id = this.nextId++;
      if (this.pending.size === 0) this.thread?.ref();
      const timeoutMs = this.options.callTimeoutMs ?? DEFAULT_CALL_TIMEOUT_MS;
      const timer = setTimeout(
        () => this.settle(id, 1, `no reply to ${op} within ${timeoutMs} ms`),
        timeoutMs,
      );
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, weight, timer });
      this.pendingWrites += weight;
      try {
        this.thread?.postMessage([id, op, args] satisfies Call);
      } catch (error) {
        // The arguments cannot be copied to the thread (e.g. nested too deeply): refused, nothing was sent.
        this.settle(
          id,
          1,
          `the ${op} call could not be sent to the writer thread: ${(error as Error).message}`,
        );
      }
    });
  }

  /** Commits and answers everything sent so far, closes the file, ends the thread. */
  async close(): Promise<void> {
    if (this.closed) return;
    const done = this.thread ? this.call<void>("close", []) : Promise.resolve();
    this.closed = true;
    await done.catch(() => {});
    // `close` answered (or timed out): a thread that has not ended by then is stopped.
    const thread = this.thread;
    const timeoutMs = this.options.callTimeoutMs ?? DEFAULT_CALL_TIMEOUT_MS;
    const timer = setTimeout(() => void thread?.terminate(), Math.min(timeoutMs, 5_000));
    await this.exited;
    clearTimeout(timer);
  }

  private spawn(): void {
    const thread = new Worker(writerEntry(), {
      workerData: { dataDir: this.options.dataDir, maxBytes: this.options.maxBytes } satisfies WriterData,
    });
    this.thread = thread;
    this.lastError = undefined;
    this.exited = new Promise((resolve) => thread.once("exit", resolve));
    thread.unref(); // held only while calls are pending (see `call`/`settle`)
    let open: (ok: boolean, error?: Error) => void = () => {};
    this.opened = new Promise<void>((resolve, reject) => {
      open = (ok, error) => (ok ? resolve() : reject(new StoreUnavailableError(error)));
    });
    this.opened.catch(() => {}); // also reported through the calls and `onError`
    thread.on("message", (message: Reply[] | Opened) => {
      if (!Array.isArray(message)) {
        if (!message.opened) this.fail(new Error(`could not open the database: ${message.error}`));
        open(message.opened, this.lastError);
        return;
      }
      for (const [id, failed, value] of message) this.settle(id, failed, value);
    });
    thread.on("error", (error) => this.fail(error));
    // A reply that cannot be copied back is dropped by Node with only this event; its call times out.
    thread.on("messageerror", (error) => this.options.onError?.(error));
    thread.on("exit", (code) => {
      if (this.thread === thread) this.thread = undefined;
      this.diedAt = Date.now();
      const error = this.lastError ?? new Error(`the writer thread exited (code ${code})`);
      open(false, error);
      // Whatever was not answered was not confirmed committed: refuse it (the sender retries).
      for (const id of [...this.pending.keys()]) this.settle(id, 1, error.message);
    });
  }

  private fail(error: Error): void {
    this.lastError = error;
    this.options.onError?.(error);
  }

  private settle(id: number, failed: 0 | 1, value: unknown | Failure | string): void {
    const call = this.pending.get(id);
    if (!call) return;
    this.pending.delete(id);
    clearTimeout(call.timer);
    this.pendingWrites -= call.weight;
    if (this.pending.size === 0) this.thread?.unref();
    if (failed) call.reject(toError(value as Failure | string));
    else call.resolve(value);
  }
}

/**
 * What the thread reported: an outage or a lost thread is 503 (the sender retries), anything else (a bug, a
 * constraint broken) stays an error of its own, answered 500.
 */
function toError(failure: Failure | string): Error {
  if (typeof failure === "string") return new StoreUnavailableError(new Error(failure));
  if (failure.class === "bug") return new StoreQueryError(failure.message, failure.code);
  return new StoreUnavailableError(new Error(failure.message));
}

/**
 * The built thread module next to this one. Under vitest this file is TypeScript, which a worker thread
 * cannot load: then it is the one in dist/ (the tests' global setup builds it first).
 */
function writerEntry(): URL {
  const fromSources = import.meta.url.endsWith(".ts");
  return new URL(fromSources ? "../../dist/store/writer-thread.js" : "./writer-thread.js", import.meta.url);
}
