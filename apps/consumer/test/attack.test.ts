// What an operator's attack run found (issue 12, section 5), each reproduced over real HTTP on loopback
// against a real consumer: SQLite always, PostgreSQL too where the store matters (DATABASE_URL).

import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { connect, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, deflateSync, gzipSync } from "node:zlib";
import { createEvent } from "dialogporten-events";
import { afterAll, describe, expect, it } from "vitest";
import { type ConsumerStats, openSqliteStore, type QuarantineItem, readConfig } from "../src/index.js";
import { raw, SECRET, startConsumer, statusOf, waitFor } from "./helpers.js";
import { startMainProcess } from "./processes.js";
import { targets } from "./targets.js";

const PROBLEM = /^application\/problem\+json/;

const created = (id?: string) =>
  createEvent("dialogporten.dialog.created.v1", {
    resource: "urn:altinn:resource:attack-test",
    resourceinstance: "0194fb2d-1bb5-7a1e-9b8b-4bc1c1d5c1f4",
    subject: "urn:altinn:organization:identifier-no:991825827",
    ...(id ? { id } : {}),
  });

/** An unknown CloudEvent whose `data` is `depth` nested arrays, as JSON text (7 KB at 3 500). */
const deepEvent = (id: string, depth: number) =>
  `{"specversion":"1.0","id":"${id}","source":"urn:attack","type":"org.example.deep","data":${"[".repeat(depth)}${"]".repeat(depth)}}`;

const dirs: string[] = [];
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const headerOf = (text: string, name: string) =>
  new RegExp(`^${name}: *(.*)$`, "im").exec(text.split("\r\n\r\n")[0] ?? "")?.[1]?.trim();

const bearer = { authorization: `Bearer ${SECRET}` };

describe("1. a deeply nested event in the SQLite writer thread", () => {
  it("is processed and readable after a restart, and SIGTERM ends the process in bounded time", async () => {
    // Stored as an earlier version did (it answered 200 for it): the store itself, no depth bound.
    const dataDir = mkdtempSync(join(tmpdir(), "consumer-attack-"));
    dirs.push(dataDir);
    const store = openSqliteStore(dataDir);
    await store.open();
    const event = JSON.parse(deepEvent("deep-1", 3_500)) as { id: string; source: string; type: string };
    const [stored] = await store.recordDeliveries(
      [
        {
          outcome: "accept",
          kind: "unknown",
          source: event.source,
          eventId: event.id,
          type: event.type,
          event,
          warnings: [],
        },
      ],
      new Date(),
    );
    expect(stored).toMatchObject({ outcome: "stored", inboxId: 1 });
    await store.close();

    const { child, url, exited } = await startMainProcess({ DATABASE_URL: "", DATA_DIR: dataDir }, children);
    const api = async (path: string) =>
      fetch(`${url}${path}`, { headers: bearer, signal: AbortSignal.timeout(5_000) });
    const stats = await waitFor(async () => {
      const s = (await (await api("/api/stats")).json()) as ConsumerStats;
      return s.pending === 0 ? s : undefined;
    }, 8_000);
    expect(stats).toMatchObject({ accepted: 1, processed: 1, pending: 0 });
    const item = await api("/api/events/1");
    expect(item.status).toBe(200);
    expect(((await item.json()) as { eventId: string }).eventId).toBe("deep-1");
    // A delivery after it is served as usual.
    const res = await fetch(`${url}/webhook?code=${SECRET}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(created()),
      signal: AbortSignal.timeout(5_000),
    });
    expect(res.status).toBe(200);
    const started = Date.now();
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("refuses a store call whose message cannot cross to the thread, instead of waiting for ever", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "consumer-attack-"));
    dirs.push(dataDir);
    const store = openSqliteStore(dataDir);
    await store.open();
    let deep: unknown = "x";
    for (let i = 0; i < 20_000; i++) deep = [deep];
    const started = Date.now();
    await expect(store.listEvents({ type: deep as string, limit: 1 })).rejects.toThrow(/store/);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await store.listEvents({ limit: 1 })).toEqual([]); // and the next call is served
    await store.close();
  });
});

for (const target of targets()) {
  describe.skipIf(!target.available)(`on ${target.name}`, () => {
    afterAll(() => target.cleanup());

    it("2. bounds nesting depth: deeper input is 400 and quarantined as raw text, never 500", async () => {
      const c = await startConsumer(await target.options());
      try {
        for (const depth of [100, 3_500, 5_000]) {
          const body = deepEvent(`deep-${depth}`, depth);
          const res = await c.post(body);
          expect(res.status, `depth ${depth}`).toBe(400);
          expect(res.headers.get("content-type")).toMatch(PROBLEM);
          const problem = (await res.json()) as { code: string; quarantineId: number };
          expect(problem.code).toBe("too-deep");
          const { items } = await c.api<{ items: QuarantineItem[] }>("/api/quarantine?limit=1");
          expect(items[0]).toMatchObject({ id: problem.quarantineId, body });
        }
        // A batch with one deep member is one refusal, kept as it came.
        const batch = `[${JSON.stringify(created())},${deepEvent("deep-b", 200)}]`;
        const res = await c.post(batch, {
          headers: { "content-type": "application/cloudevents-batch+json" },
        });
        expect(res.status).toBe(400);
        expect(await res.json()).toMatchObject({ code: "too-deep" });
        // Within the bound: accepted, processed and readable.
        const ok = await c.post(deepEvent("deep-60", 60));
        expect(ok.status).toBe(200);
        const { inboxId } = (await ok.json()) as { inboxId: number };
        expect((await c.drained()).pending).toBe(0);
        expect(await c.api(`/api/events/${inboxId}`)).toMatchObject({ eventId: "deep-60" });
        expect(await c.stats()).toMatchObject({ accepted: 1, quarantined: 4 });
        // Configurable.
      } finally {
        await c.stop();
      }
      const lenient = await startConsumer({ ...(await target.options()), maxJsonDepth: 200 });
      try {
        expect((await lenient.post(deepEvent("deep-150", 150))).status).toBe(200);
        expect((await lenient.post(deepEvent("deep-250", 250))).status).toBe(400);
      } finally {
        await lenient.stop();
      }
    });

    it("3. bounds the events in a batch and the size of the answer", async () => {
      const c = await startConsumer(await target.options());
      try {
        const body = `[${Array(60_000).fill("{}").join(",")}]`;
        const res = await c.post(body, { headers: { "content-type": "application/cloudevents-batch+json" } });
        expect(res.status).toBe(413);
        expect(res.headers.get("content-type")).toMatch(PROBLEM);
        const text = await res.text();
        expect(text.length).toBeLessThan(2_000);
        const problem = JSON.parse(text) as { code: string; quarantineId: number };
        expect(problem.code).toBe("too-many-events");
        const { items } = await c.api<{ items: QuarantineItem[] }>("/api/quarantine?limit=5");
        expect(items).toHaveLength(1);
        expect(items[0]).toMatchObject({ id: problem.quarantineId, body });
        expect(await c.stats()).toMatchObject({ quarantined: 1, accepted: 0 });
      } finally {
        await c.stop();
      }
      // Up to the bound a batch is answered per member, but only so many are listed in full.
      const wide = await startConsumer({ ...(await target.options()), maxBatchEvents: 500 });
      try {
        const members = [...Array(300).fill({}), created(), created()];
        const res = await wide.post(members, {
          headers: { "content-type": "application/cloudevents-batch+json" },
        });
        expect(res.status).toBe(200);
        const answer = (await res.json()) as {
          results: unknown[];
          counts: Record<string, number>;
          omitted: number;
        };
        expect(answer.counts).toEqual({ accepted: 2, duplicate: 0, quarantined: 300 });
        expect(answer.results.length).toBeLessThanOrEqual(100);
        expect(answer.omitted).toBe(302 - answer.results.length);
        // The accepted ones are always listed: the sender needs their ids.
        expect(answer.results.filter((r) => (r as { status: string }).status === "accepted")).toHaveLength(2);
        expect((await wide.stats()).quarantined).toBe(300);
      } finally {
        await wide.stop();
      }
    });

    it("6. answers a repeated query parameter 400, not 503", async () => {
      const c = await startConsumer(await target.options());
      try {
        for (const path of [
          "/api/events?type=a&type=b",
          "/api/events?kind=unknown&kind=dialogporten",
          "/api/quarantine?limit=1&limit=2",
        ]) {
          const res = await fetch(`${c.url}${path}`, { headers: bearer });
          expect(res.status, path).toBe(400);
          expect(res.headers.get("content-type")).toMatch(PROBLEM);
        }
        const metrics = await (await fetch(`${c.url}/metrics`, { headers: bearer })).text();
        expect(metrics).not.toMatch(/store-unavailable/);
        expect((await fetch(`${c.url}/healthz`)).status).toBe(200);
        expect((await fetch(`${c.url}/api/events?type=a&limit=5`, { headers: bearer })).status).toBe(200);
      } finally {
        await c.stop();
      }
    });

    it("7. refuses lone surrogates in identity attributes, alike on every store", async () => {
      const c = await startConsumer(await target.options());
      try {
        const json = (id: string, source = "urn:attack") =>
          `{"specversion":"1.0","id":"${id}","source":"${source}","type":"org.example.unicode"}`;
        for (const body of [
          json("ls-\\ud800"),
          json("ls-\\udc00"),
          json("ls-\\udc00\\ud800"),
          json("ok", "urn:\\udfff"),
        ]) {
          const res = await c.post(body);
          expect(res.status, body).toBe(400);
          const problem = (await res.json()) as {
            code: string;
            issues: { pointer: string }[];
            quarantineId: number;
          };
          // The contract refuses a `source` that is no URI reference before the consumer's own check.
          expect(["invalid", "not-a-cloudevent"]).toContain(problem.code);
          expect(problem.issues.map((i) => i.pointer)).toContainEqual(
            expect.stringMatching(/^\/(id|source)$/),
          );
          const { items } = await c.api<{ items: QuarantineItem[] }>("/api/quarantine?limit=1");
          expect(items[0]?.id).toBe(problem.quarantineId);
        }
        // Well-formed text is stored as it came, U+FFFD and a proper pair included, each its own event.
        for (const id of ["ls-\\ufffd", "ls-\\ud83d\\ude00"]) {
          const res = await c.post(json(id));
          expect(res.status, id).toBe(200);
          expect(await res.json()).toMatchObject({ status: "accepted" });
        }
        const { events } = await c.api<{ events: { eventId: string }[] }>(
          "/api/events?type=org.example.unicode",
        );
        expect(events.map((e) => e.eventId).sort()).toEqual(["ls-\ud83d\ude00", "ls-\ufffd"]);
      } finally {
        await c.stop();
      }
    });
  });
}

describe("HTTP limits (SQLite)", () => {
  it("4. closes sockets that send nothing, and serves a delivery beside 500 of them", async () => {
    const c = await startConsumer({ connectionTimeoutMs: 1_500 });
    const port = Number(new URL(c.url).port);
    const sockets: Socket[] = [];
    try {
      const opened = Date.now();
      const closings: Promise<number>[] = [];
      await Promise.all(
        Array.from({ length: 500 }, () => {
          const s = connect(port, "127.0.0.1");
          s.on("error", () => {});
          sockets.push(s);
          closings.push(new Promise<number>((done) => s.on("close", () => done(Date.now() - opened))));
          return new Promise<void>((done) => s.on("connect", () => done()));
        }),
      );
      const t = Date.now();
      const res = await c.post(created());
      expect(res.status).toBe(200);
      expect(Date.now() - t).toBeLessThan(1_000);
      const closed = await Promise.all(
        closings.map((closing) =>
          Promise.race([closing, new Promise<number>((r) => setTimeout(() => r(-1), 6_000))]),
        ),
      );
      expect(closed.filter((ms) => ms < 0)).toHaveLength(0); // every idle socket was closed by the server
      expect(Math.max(...closed)).toBeLessThan(4_000);
    } finally {
      for (const s of sockets) s.destroy();
      await c.stop();
    }
  });

  it("4. cuts off a slow body after the request timeout (default 10 s, was 30 s)", async () => {
    expect(readConfig({ WEBHOOK_SECRET: "s" }, [])).toMatchObject({
      requestTimeoutMs: 10_000,
      headersTimeoutMs: 5_000,
      connectionTimeoutMs: 10_000,
    });
    const c = await startConsumer({ requestTimeoutMs: 800 });
    const port = Number(new URL(c.url).port);
    const socket = connect(port, "127.0.0.1");
    socket.on("error", () => {});
    let text = "";
    socket.on("data", (d) => {
      text += d.toString("latin1");
    });
    const started = Date.now();
    const closed = new Promise<number>((done) => socket.on("close", () => done(Date.now() - started)));
    socket.write(
      `POST /webhook?code=${SECRET} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{`,
    );
    const trickle = setInterval(() => !socket.destroyed && socket.write(" "), 100);
    try {
      const after = await Promise.race([closed, new Promise<number>((r) => setTimeout(() => r(-1), 5_000))]);
      expect(after).toBeGreaterThan(0);
      expect(after).toBeLessThan(2_500);
      expect(statusOf(text)).toBe(408);
      expect(headerOf(text, "content-type")).toMatch(PROBLEM);
    } finally {
      clearInterval(trickle);
      socket.destroy();
      await c.stop();
    }
  });

  it("5. decodes gzip, deflate and br within the body limit; refuses other encodings and bombs", async () => {
    const c = await startConsumer({ maxBodyBytes: 16 * 1024 });
    try {
      const encoders = { gzip: gzipSync, deflate: deflateSync, br: brotliCompressSync } as const;
      for (const [encoding, encode] of Object.entries(encoders)) {
        const res = await c.post(encode(Buffer.from(JSON.stringify(created()))), {
          headers: { "content-encoding": encoding },
        });
        expect(res.status, encoding).toBe(200);
        expect(await res.json()).toMatchObject({ status: "accepted" });
      }
      // Plain JSON that claims to be br: not br; nothing stored.
      const liar = await c.post(JSON.stringify(created()), { headers: { "content-encoding": "br" } });
      expect(liar.status).toBe(400);
      expect(liar.headers.get("content-type")).toMatch(PROBLEM);
      const unknown = await c.post(JSON.stringify(created()), { headers: { "content-encoding": "zstd" } });
      expect(unknown.status).toBe(415);
      expect(unknown.headers.get("accept-encoding")).toBe("gzip, deflate, br");
      // 10 MB of zeros in 10 KB: 413, not 10 MB in memory.
      const bomb = gzipSync(Buffer.alloc(10 * 1024 * 1024, " "));
      expect(bomb.length).toBeLessThan(16 * 1024);
      const big = await c.post(bomb, { headers: { "content-encoding": "gzip" } });
      expect(big.status).toBe(413);
      expect(await c.stats()).toMatchObject({ accepted: 3, quarantined: 0 });
    } finally {
      await c.stop();
    }
  });

  it("8. answers Node-level 400, 408 and 431 as problem+json", async () => {
    const c = await startConsumer({ headersTimeoutMs: 500, requestTimeoutMs: 10_000 });
    const port = Number(new URL(c.url).port);
    try {
      const bad = await raw(port, "GARBAGE\r\n\r\n");
      const huge = await raw(
        port,
        `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Pad: ${"a".repeat(64 * 1024)}\r\n\r\n`,
      );
      const slow = await raw(port, "GET /healthz HTTP/1.1\r\nHost: x\r\n", 4_000);
      for (const [answer, status] of [
        [bad, 400],
        [huge, 431],
        [slow, 408],
      ] as const) {
        expect(statusOf(answer.text)).toBe(status);
        expect(headerOf(answer.text, "content-type")).toMatch(PROBLEM);
        const body = JSON.parse(answer.text.split("\r\n\r\n")[1] ?? "") as { status: number; title: string };
        expect(body).toMatchObject({ status, type: "about:blank", title: expect.any(String) });
      }
    } finally {
      await c.stop();
    }
  });

  it("9. accepts a correct ?code= whatever non-Bearer Authorization header comes with it", async () => {
    const c = await startConsumer();
    try {
      const basic = await c.post(created(), { headers: { authorization: "Basic cHJveHk6cGFzcw==" } });
      expect(basic.status).toBe(200);
      expect(
        (await c.post(created(), { query: "code=wrong", headers: { authorization: "Basic eDp5" } })).status,
      ).toBe(401);
      expect((await c.post(created(), { query: "", headers: { authorization: "Basic eDp5" } })).status).toBe(
        401,
      );
      expect(
        (await c.post(created(), { query: "", headers: { authorization: "Bearer wrong" } })).status,
      ).toBe(401);
    } finally {
      await c.stop();
    }
  });

  it("10. reports unhealthy while SQLite cannot write", async () => {
    const c = await startConsumer({ processing: false, sqliteMaxBytes: 512 * 1024 });
    try {
      expect((await fetch(`${c.url}/healthz`)).status).toBe(200);
      const pad = "x".repeat(1_500);
      let refused: Response | undefined;
      for (let i = 0; i < 2_000 && !refused; i++) {
        const res = await c.post({ ...created(), data: { pad } });
        if (res.status !== 400 && res.status !== 200) refused = res;
      }
      expect(refused?.status).toBe(503);
      const health = await fetch(`${c.url}/healthz`);
      expect(health.status).toBe(503);
      expect(health.headers.get("content-type")).toMatch(PROBLEM);
    } finally {
      await c.stop();
    }
  });
});
