// Test helpers: a real consumer on loopback with a real SQLite file in a fresh temp dir.

import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Writable } from "node:stream";
import pino from "pino";
import { type Consumer, type ConsumerOptions, type ConsumerStats, createConsumer } from "../src/index.js";

export const SECRET = "test-secret-6f1c";
export const FIXTURES = resolve(import.meta.dirname, "../../../schemas/fixtures");
/** Real CloudEvents of other producers that reach the same webhook (see its SOURCES.md). */
export const FOREIGN = join(FIXTURES, "_foreign");

export interface Running {
  consumer: Consumer;
  url: string;
  dataDir: string;
  logLines: string[];
  post(body: unknown, init?: { headers?: Record<string, string>; query?: string }): Promise<Response>;
  api<T = unknown>(path: string): Promise<T>;
  stats(): Promise<ConsumerStats>;
  /** Waits until nothing is pending (the worker drained the inbox). */
  drained(): Promise<ConsumerStats>;
  stop(): Promise<void>;
}

export async function startConsumer(
  options: ConsumerOptions = {},
  dataDir = mkdtempSync(join(tmpdir(), "consumer-test-")),
  /** Runs before `start()`: register handlers here so none misses an item already in the inbox. */
  setup: (consumer: Consumer) => void = () => {},
): Promise<Running> {
  const logLines: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  const consumer = createConsumer({
    dataDir,
    secret: SECRET,
    idlePollMs: 20,
    retry: { baseDelayMs: 10, maxDelayMs: 50 },
    logger: pino({ level: "debug" }, sink),
    ...options,
  });
  setup(consumer);
  const url = await consumer.start({ port: 0, host: "127.0.0.1" });
  const running: Running = {
    consumer,
    url,
    dataDir,
    logLines,
    post: (body, init = {}) =>
      fetch(`${url}/webhook?${init.query ?? `code=${SECRET}`}`, {
        method: "POST",
        headers: { "content-type": "application/json; charset=utf-8", ...init.headers },
        body: typeof body === "string" || body instanceof Uint8Array ? body : JSON.stringify(body),
      }),
    async api<T>(path: string) {
      const res = await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${SECRET}` } });
      if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return (await res.json()) as T;
    },
    stats: () => running.api<ConsumerStats>("/api/stats"),
    async drained() {
      return waitFor(async () => {
        const stats = await running.stats();
        return stats.pending === 0 ? stats : undefined;
      });
    },
    async stop() {
      await consumer.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return running;
}

export async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 20));
  }
}

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, "utf8"));
}

/** Every fixture file of a type and validity, as [file name, parsed JSON]. */
export function fixtures(type: string, validity: "valid" | "invalid"): [string, unknown][] {
  const dir = join(FIXTURES, type, validity);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => [f, readJson(join(dir, f))]);
}

/** A small deterministic PRNG, so a shuffled test that fails can be replayed. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Sends raw bytes and resolves with what came back before the server closed (or `waitMs` passed). */
export function raw(
  port: number,
  payload: string | Buffer,
  waitMs = 3_000,
): Promise<{ text: string; closed: boolean }> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    let text = "";
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ text, closed: false });
    }, waitMs);
    socket.on("data", (chunk) => {
      text += chunk.toString("latin1");
    });
    socket.on("error", () => {});
    socket.on("close", () => {
      clearTimeout(timer);
      resolve({ text, closed: true });
    });
    socket.write(payload);
  });
}

export const statusOf = (text: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0);
