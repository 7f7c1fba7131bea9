// The HTTP layer's shared behaviour on the consumer: 405 comes from the routes themselves (every registered
// path answers other methods with its own `Allow`), route schemas refuse bad query strings and bodies with a
// JSON pointer to what was wrong, and /metrics has the process defaults beside the consumer's own metrics.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Running, SECRET, startConsumer } from "./helpers.js";

const PROBLEM = /^application\/problem\+json; charset=utf-8$/;
const bearer = { authorization: `Bearer ${SECRET}` };

let c: Running;
beforeAll(async () => {
  c = await startConsumer();
});
afterAll(() => c.stop());

async function problemOf(res: Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toMatch(PROBLEM);
  return (await res.json()) as { type: string; title: string; status: number; issues?: unknown[] };
}

describe("routing", () => {
  it("answers 405 with the path's own methods on every route", async () => {
    const cases: [string, string, string][] = [
      ["GET", "/api/quarantine/replay", "POST"],
      ["PUT", "/api/inbox/prune", "POST"],
      ["DELETE", "/healthz", "GET, HEAD"],
      ["POST", "/metrics", "GET, HEAD"],
      ["POST", "/api/quarantine", "GET, HEAD"],
      ["PUT", "/api/events/17", "GET, HEAD"],
      ["POST", "/api/failed", "GET, HEAD"],
    ];
    for (const [method, path, allow] of cases) {
      const res = await fetch(`${c.url}${path}`, { method, headers: bearer });
      const problem = await problemOf(res, 405);
      expect(res.headers.get("allow"), `${method} ${path}`).toBe(allow);
      expect(problem).toMatchObject({ type: "about:blank", title: "Method Not Allowed", status: 405 });
    }
  });

  it("needs the secret for an unknown path or a wrong method too, so nothing tells which paths exist", async () => {
    expect((await fetch(`${c.url}/nothing-here`)).status).toBe(401);
    expect((await fetch(`${c.url}/webhook`)).status).toBe(401);
  });
});

describe("route schemas", () => {
  it("refuses a bad query string with a JSON pointer to the parameter", async () => {
    const cases: [string, string, string][] = [
      ["/api/events?kind=nope", "/kind", "enum"],
      ["/api/events?status=done", "/status", "enum"],
      ["/api/events?type=a&type=b", "/type", "type"],
      ["/api/dialogs?after=not*base64", "/after", "pattern"],
      ["/api/quarantine?limit=1&limit=2", "/limit", "type"],
    ];
    for (const [path, pointer, keyword] of cases) {
      const problem = await problemOf(await fetch(`${c.url}${path}`, { headers: bearer }), 400);
      expect(problem, path).toMatchObject({ type: "about:blank", title: "Bad Request", status: 400 });
      expect(problem.issues, path).toEqual([
        expect.objectContaining({ in: "querystring", pointer, keyword }),
      ]);
    }
  });

  it("refuses a cursor it did not make, pointing at `after`", async () => {
    const cursor = (key: unknown) => Buffer.from(JSON.stringify(key)).toString("base64url");
    for (const path of [
      `/api/events?after=${cursor("an id")}`,
      "/api/failed?after=abc",
      `/api/quarantine?after=${cursor(-1)}`,
      `/api/dialogs?after=${cursor(5)}`,
    ]) {
      const problem = await problemOf(await fetch(`${c.url}${path}`, { headers: bearer }), 400);
      expect(problem.issues, path).toEqual([
        expect.objectContaining({ in: "querystring", pointer: "/after" }),
      ]);
    }
  });

  it("refuses a bad replay body with a JSON pointer into it", async () => {
    const cases: [string, string][] = [
      ['{"ids": ["1"]}', "/ids/0"],
      ['{"ids": [0]}', "/ids/0"],
      ['{"ids": []}', "/ids"],
      ["[1]", ""],
      ["{nope", ""],
    ];
    for (const [body, pointer] of cases) {
      const res = await fetch(`${c.url}/api/quarantine/replay`, { method: "POST", headers: bearer, body });
      const problem = await problemOf(res, 400);
      expect(problem.issues, body).toContainEqual(expect.objectContaining({ in: "body", pointer }));
    }
  });
});

describe("/metrics", () => {
  it("has the process defaults and the consumer's metrics under their names", async () => {
    await c.post({ nope: true }); // one refused delivery, so labelled counters have a sample
    const res = await fetch(`${c.url}/metrics`, { headers: bearer });
    expect(res.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4; charset=utf-8$/);
    const text = await res.text();
    // The process defaults (the kit's registry has them all; its tests list them).
    expect(text).toMatch(/^# TYPE process_cpu_user_seconds_total counter$/m);
    const own: [string, string][] = [
      ["consumer_events_received_total", "counter"],
      ["consumer_events_duplicate_total", "counter"],
      ["consumer_rejected_total", "counter"],
      ["consumer_events_processed_total", "counter"],
      ["consumer_handler_failures_total", "counter"],
      ["consumer_events_failed_total", "counter"],
      ["consumer_inbox_pruned_total", "counter"],
      ["consumer_retention_runs_total", "counter"],
      ["consumer_retention_last_run_timestamp_seconds", "gauge"],
      ["consumer_quarantine_replayed_total", "counter"],
      ["consumer_webhook_duration_seconds", "histogram"],
      ["consumer_processing_lag_seconds", "histogram"],
    ];
    for (const [name, type] of own) expect(text, name).toContain(`# TYPE ${name} ${type}\n`);
    expect(text).toMatch(/^consumer_rejected_total\{reason="not-a-cloudevent"\} 1$/m);
    expect(text).toMatch(/^consumer_webhook_duration_seconds_bucket\{le="0\.001"\} \d+$/m);
    expect(text).toMatch(/^consumer_events_duplicate_total 0$/m);
  });

  it("keeps each consumer's metrics apart in one process", async () => {
    const other = await startConsumer();
    try {
      await other.post({ nope: true });
      await other.post({ nope: true });
      const text = await (await fetch(`${other.url}/metrics`, { headers: bearer })).text();
      expect(text).toMatch(/^consumer_rejected_total\{reason="not-a-cloudevent"\} 2$/m);
    } finally {
      await other.stop();
    }
  });
});
