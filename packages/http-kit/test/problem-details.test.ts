import { connect } from "node:net";
import Fastify, { type FastifyInstance } from "fastify";
import { Counter, Registry } from "prom-client";
import { afterEach, describe, expect, it } from "vitest";
import {
  answerClientError,
  createMetricsRegistry,
  metricsRoute,
  ProblemError,
  problemDetails,
  problemType,
  statusProblem,
} from "../src/index.js";

const PROBLEM = /^application\/problem\+json; charset=utf-8$/;
let app: FastifyInstance;

async function start(routes: (app: FastifyInstance) => void): Promise<string> {
  app = Fastify({ clientErrorHandler: answerClientError, http: { maxHeaderSize: 1024 } });
  await app.register(problemDetails, {
    mapError: (error) => (error.message === "mapped" ? statusProblem(503, "mapped by the app") : undefined),
  });
  await app.register(async (scoped) => routes(scoped));
  return app.listen({ port: 0, host: "127.0.0.1" });
}

afterEach(() => app?.close());

describe("problemDetails", () => {
  it("answers 405 with Allow from the routes registered in encapsulated plugins, 404 otherwise", async () => {
    const url = await start((scoped) => {
      scoped.get("/items", async () => ({}));
      scoped.post("/items/:id/retry", async () => ({}));
      scoped.register(async (inner) => inner.delete("/items/:id", async () => ({})));
    });
    const cases: [string, string, number, string | null][] = [
      ["POST", "/items", 405, "GET, HEAD"],
      ["GET", "/items/7/retry", 405, "POST"],
      ["GET", "/items/7", 405, "DELETE"],
      ["GET", "/items/7/retry/more", 404, null],
      ["GET", "/nothing?x=1", 404, null],
    ];
    for (const [method, path, status, allow] of cases) {
      const res = await fetch(`${url}${path}`, { method });
      expect(res.status, `${method} ${path}`).toBe(status);
      expect(res.headers.get("content-type")).toMatch(PROBLEM);
      expect(res.headers.get("allow")).toBe(allow);
      expect(await res.json()).toMatchObject({ type: "about:blank", status });
    }
  });

  it("answers a route schema's refusal 400 with a JSON pointer to each bad parameter", async () => {
    const url = await start((scoped) => {
      scoped.post(
        "/things/:id",
        {
          schema: {
            params: { type: "object", properties: { id: { type: "string", pattern: "^[0-9]+$" } } },
            querystring: { type: "object", properties: { size: { type: "integer" } }, required: ["size"] },
            body: { type: "object", properties: { name: { type: "string" } }, additionalProperties: false },
          },
        },
        async () => ({}),
      );
    });
    const cases: [string, unknown, string, string, string][] = [
      ["/things/1?size=big", {}, "querystring", "/size", "type"],
      ["/things/1", {}, "querystring", "/size", "required"],
      ["/things/x?size=1", {}, "params", "/id", "pattern"],
      ["/things/1?size=1", { name: { a: 1 } }, "body", "/name", "type"],
    ];
    for (const [path, body, part, pointer, keyword] of cases) {
      const res = await fetch(`${url}${path}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      expect(res.status, path).toBe(400);
      expect(res.headers.get("content-type")).toMatch(PROBLEM);
      const problem = (await res.json()) as { issues: unknown[] };
      expect(problem, path).toMatchObject({ type: "about:blank", title: "Bad Request", status: 400 });
      expect(problem.issues, path).toEqual([expect.objectContaining({ in: part, pointer, keyword })]);
    }
  });

  it("answers thrown problems as they are, app errors as mapped, and anything else 500 without internals", async () => {
    const url = await start((scoped) => {
      scoped.get("/problem", async () => {
        throw new ProblemError(
          { type: problemType("custom"), title: "Custom", status: 409, detail: "d" },
          { "retry-after": "3" },
        );
      });
      scoped.get("/mapped", async () => {
        throw new Error("mapped");
      });
      scoped.get("/crash", async () => {
        throw new Error("secret internals");
      });
      scoped.post("/json", async () => ({}));
    });
    const problem = await fetch(`${url}/problem`);
    expect(problem.status).toBe(409);
    expect(problem.headers.get("retry-after")).toBe("3");
    expect(await problem.json()).toEqual({
      type: "urn:dialogporten-events:problem:custom",
      title: "Custom",
      status: 409,
      detail: "d",
    });
    const mapped = await fetch(`${url}/mapped`);
    expect(mapped.status).toBe(503);
    expect(await mapped.json()).toMatchObject({ detail: "mapped by the app" });
    const crash = await fetch(`${url}/crash`);
    expect(crash.status).toBe(500);
    expect(crash.headers.get("content-type")).toMatch(PROBLEM);
    expect(await crash.text()).not.toContain("secret internals");
    const badJson = await fetch(`${url}/json`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{",
    });
    expect(badJson.status).toBe(400);
    expect(badJson.headers.get("content-type")).toMatch(PROBLEM);
    const wrongType = await fetch(`${url}/json`, {
      method: "POST",
      headers: { "content-type": "text/x-nothing" },
      body: "x",
    });
    expect(wrongType.status).toBe(415);
    expect(wrongType.headers.get("content-type")).toMatch(PROBLEM);
  });

  it("answers Node's own 400 and 431 as problem+json", async () => {
    const url = new URL(await start(() => {}));
    const raw = (request: string) =>
      new Promise<string>((resolve, reject) => {
        const socket = connect(Number(url.port), url.hostname, () => socket.write(request));
        let answer = "";
        socket.on("data", (chunk) => {
          answer += chunk;
        });
        socket.on("close", () => resolve(answer));
        socket.on("error", reject);
      });
    const malformed = await raw("GET / HTTP/1.1\r\nHost: x\r\nBad\u0001Header: y\r\n\r\n");
    expect(malformed).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(malformed).toContain("Content-Type: application/problem+json; charset=utf-8");
    expect(JSON.parse(malformed.split("\r\n\r\n")[1] ?? "")).toMatchObject({ status: 400 });
    const large = await raw(`GET / HTTP/1.1\r\nHost: x\r\nX-Pad: ${"a".repeat(2048)}\r\n\r\n`);
    expect(large).toMatch(/^HTTP\/1\.1 431 /);
    expect(JSON.parse(large.split("\r\n\r\n")[1] ?? "")).toMatchObject({ status: 431 });
  });
});

describe("metricsRoute", () => {
  async function scrape(registry: Registry): Promise<{ type: string | null; text: string }> {
    app = Fastify();
    await app.register(metricsRoute, { registry });
    const url = await app.listen({ port: 0, host: "127.0.0.1" });
    const res = await fetch(`${url}/metrics`);
    const text = await res.text();
    await app.close();
    return { type: res.headers.get("content-type"), text };
  }

  it("serves its own registry only", async () => {
    const registry = new Registry();
    new Counter({ name: "kit_test_total", help: "A test counter.", registers: [registry] }).inc(2);
    const { type, text } = await scrape(registry);
    expect(type).toMatch(/^text\/plain; version=0\.0\.4; charset=utf-8$/);
    expect(text).toContain("kit_test_total 2\n");
    expect(text).not.toContain("process_cpu");
  });

  it("gives each registry the process defaults, apart from every other registry", async () => {
    const [one, two] = [createMetricsRegistry(), createMetricsRegistry()];
    new Counter({ name: "kit_one_total", help: "Only in one.", registers: [one] }).inc();
    const first = (await scrape(one)).text;
    const second = (await scrape(two)).text;
    for (const name of [
      "process_cpu_user_seconds_total",
      "process_resident_memory_bytes",
      "nodejs_heap_size_used_bytes",
      "nodejs_eventloop_lag_seconds",
      "nodejs_gc_duration_seconds",
    ]) {
      expect(first, name).toMatch(new RegExp(`^# TYPE ${name} `, "m"));
      expect(second, name).toMatch(new RegExp(`^# TYPE ${name} `, "m"));
    }
    expect(first).toContain("kit_one_total 1\n");
    expect(second).not.toContain("kit_one_total");
  });
});
