// Hostile and broken HTTP against the real server on loopback: oversized bodies, slowloris, many connections,
// wrong methods and paths, header injection in `ce-*` headers. Each must end in a bounded, correct answer
// (or a closed socket), and the server must keep serving others throughout.

import { connect, type Socket } from "node:net";
import { createEvent } from "dialogporten-events";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Running, raw, SECRET, startConsumer, statusOf } from "./helpers.js";

const created = () =>
  createEvent("dialogporten.dialog.created.v1", {
    resource: "urn:altinn:resource:hostile-test",
    resourceinstance: "0194fb2d-1bb5-7a1e-9b8b-4bc1c1d5c1f4",
    subject: "urn:altinn:organization:identifier-no:991825827",
  });

describe("hostile HTTP", () => {
  let c: Running;
  let port: number;

  beforeAll(async () => {
    c = await startConsumer({ maxBodyBytes: 4 * 1024, maxInFlight: 16, requestTimeoutMs: 1_000 });
    port = Number(new URL(c.url).port);
  });
  afterAll(() => c.stop());

  const healthy = async () => expect((await fetch(`${c.url}/healthz`)).status).toBe(200);

  it("refuses oversized bodies with 413, declared or chunked, and stays up", async () => {
    const big = JSON.stringify({ ...created(), data: { pad: "x".repeat(64 * 1024) } });
    const declared = await c.post(big);
    expect(declared.status).toBe(413);
    expect(declared.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    // Chunked, no Content-Length: cut off once the limit is passed, not buffered to the end.
    const chunks = Array.from({ length: 200 }, () => "x".repeat(1024));
    const chunked = await raw(
      port,
      `POST /webhook?code=${SECRET} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n${chunks
        .map((x) => `${x.length.toString(16)}\r\n${x}\r\n`)
        .join("")}0\r\n\r\n`,
    );
    expect(statusOf(chunked.text)).toBe(413);
    // A Content-Length far beyond the limit is refused before any body arrives.
    const liar = await raw(
      port,
      `POST /webhook?code=${SECRET} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 999999999\r\n\r\n{`,
    );
    expect(statusOf(liar.text)).toBe(413);
    expect((await c.stats()).received).toBe(0);
    await healthy();
  });

  it("cuts off a slowloris client while serving others", async () => {
    const started = Date.now();
    const socket = connect(port, "127.0.0.1");
    socket.on("error", () => {});
    // Drain the server's 408: a paused socket with unread data never sees the end of the stream or closes.
    socket.resume();
    const closed = new Promise<number>((resolve) => socket.on("close", () => resolve(Date.now() - started)));
    // Headers one byte at a time, every 100 ms: never done within the 1 s request timeout.
    const head = `POST /webhook?code=${SECRET} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nX-Pad: ${"a".repeat(200)}`;
    let i = 0;
    const trickle = setInterval(() => {
      if (!socket.destroyed && i < head.length) socket.write(head[i++] as string);
    }, 100);
    try {
      // Meanwhile the server answers everyone else promptly.
      for (let n = 0; n < 5; n++) {
        const t = Date.now();
        expect((await c.post(created())).status).toBe(200);
        expect(Date.now() - t).toBeLessThan(1_000);
      }
      const after = await closed;
      expect(after).toBeGreaterThanOrEqual(900);
      expect(after).toBeLessThan(4_000);
      expect(i).toBeLessThan(head.length); // cut off, not finished
    } finally {
      clearInterval(trickle);
      socket.destroy();
    }
    await healthy();
  });

  it("stays responsive with 500 open connections, and answers 503 beyond the in-flight bound", async () => {
    const sockets: Socket[] = [];
    try {
      await Promise.all(
        Array.from(
          { length: 500 },
          () =>
            new Promise<void>((resolve) => {
              const s = connect(port, "127.0.0.1", () => resolve());
              s.on("error", () => resolve());
              sockets.push(s);
            }),
        ),
      );
      await healthy();
      // 16 requests that sent their headers but hold back the body fill every in-flight slot.
      for (const s of sockets.slice(0, 16)) {
        s.write(
          `POST /webhook?code=${SECRET} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 10\r\n\r\n{`,
        );
      }
      await new Promise((r) => setTimeout(r, 150));
      const busy = await c.post(created());
      expect(busy.status).toBe(503);
      expect(busy.headers.get("retry-after")).toBe("1");
      expect(await busy.json()).toMatchObject({ type: "urn:dialogporten-events:problem:busy" });
    } finally {
      for (const s of sockets) s.destroy();
    }
    // The slots free up when those clients go.
    await new Promise((r) => setTimeout(r, 100));
    expect((await c.post(created())).status).toBe(200);
  });

  it("answers wrong methods with 405 and unknown paths with 404, as problem+json", async () => {
    const cases: [string, string, number, string?][] = [
      ["GET", "/webhook", 405, "POST"],
      ["PUT", "/webhook", 405, "POST"],
      ["DELETE", "/api/events", 405, "GET, HEAD"],
      ["POST", "/api/stats", 405, "GET, HEAD"],
      ["PATCH", "/api/dialogs/abc", 405, "GET, HEAD"],
      ["GET", "/api/failed/1/retry", 405, "POST"],
      ["GET", "/nothing-here", 404],
      ["POST", "/webhook/extra", 404],
      ["GET", "/api", 404],
    ];
    for (const [method, path, status, allow] of cases) {
      const res = await fetch(`${c.url}${path}`, { method, headers: { authorization: `Bearer ${SECRET}` } });
      expect(res.status, `${method} ${path}`).toBe(status);
      expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
      if (allow) expect(res.headers.get("allow")).toBe(allow);
      expect(await res.json()).toMatchObject({ status });
    }
    // Any path, any method: an answer below 500, never a crash.
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"),
        fc.webPath(),
        async (method, path) => {
          const res = await fetch(`${c.url}${path.startsWith("/") ? path : `/${path}`}`, {
            method,
            headers: { authorization: `Bearer ${SECRET}` },
          });
          await res.arrayBuffer();
          expect(res.status).toBeLessThan(500);
        },
      ),
      { numRuns: 150, seed: 7 },
    );
    await healthy();
  });

  it("refuses CR/LF injection and huge headers, and parses JSON-ish ce-* values as plain strings", async () => {
    const injected = await raw(
      port,
      `POST /webhook?code=${SECRET} HTTP/1.1\r\nHost: x\r\nce-specversion: 1.0\r\nce-id: a\rX-Evil: 1\r\nce-source: s\r\nce-type: t\r\nContent-Length: 2\r\n\r\n{}`,
    );
    expect(statusOf(injected.text)).toBe(400);
    const bareLf = await raw(
      port,
      `POST /webhook?code=${SECRET} HTTP/1.1\r\nHost: x\r\nce-id: a\nce-type: injected\r\nContent-Length: 2\r\n\r\n{}`,
    );
    expect(statusOf(bareLf.text)).toBe(400);
    const huge = await raw(
      port,
      `POST /webhook?code=${SECRET} HTTP/1.1\r\nHost: x\r\nce-id: ${"a".repeat(64 * 1024)}\r\nContent-Length: 2\r\n\r\n{}`,
    );
    expect(statusOf(huge.text)).toBe(431);
    expect((await c.stats()).received).toBe(5 + 1); // only the earlier good deliveries
    // Binary mode with arbitrary printable values in ce-* headers: 200 (stored as given) or 400, never more.
    const value = fc.string({
      unit: fc.constantFrom(..." {}[]\":,\\%abc01-_./<>'=".split("")),
      minLength: 1,
    });
    await fc.assert(
      fc.asyncProperty(value, value, async (id, source) => {
        const res = await fetch(`${c.url}/webhook?code=${SECRET}`, {
          method: "POST",
          headers: {
            "ce-specversion": "1.0",
            "ce-id": id,
            "ce-source": source,
            "ce-type": "org.example.hostile",
            "content-type": "application/json",
          },
          body: '{"k":1}',
        });
        const body = (await res.json()) as { inboxId?: number };
        expect([200, 400]).toContain(res.status);
        if (res.status === 200 && body.inboxId !== undefined) {
          const item = await c.api<{ event: { data: unknown; type: string } }>(`/api/events/${body.inboxId}`);
          expect(item.event).toMatchObject({ type: "org.example.hostile", data: { k: 1 } });
        }
      }),
      { numRuns: 100, seed: 11 },
    );
    await healthy();
  });
});
