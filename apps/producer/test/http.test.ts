// The producer's HTTP layer: every error is problem+json (RFC 9457), 405 comes from the routes themselves,
// route schemas point at what was wrong, /metrics has the process defaults beside the producer's metrics, and
// the dead-letter list pages by cursor on SQLite and PostgreSQL.

import { mkdtempSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ALL_SCOPES } from "../src/auth/scopes.js";
import { sampleEvent } from "../src/emit/trigger.js";
import { type Service, startService } from "../src/service.js";
import { createTestDatabase, describePostgres, type TestDatabase } from "./support/postgres.js";
import { RESOURCE, startProducer, type TestProducer } from "./support/producer.js";
import { Receiver, waitFor } from "./support/receiver.js";
import { bearer } from "./support/tokens.js";

const PROBLEM = /^application\/problem\+json; charset=utf-8$/;

interface ProblemBody {
  type: string;
  title: string;
  status: number;
  errors?: unknown[];
  issues?: { in: string; pointer: string; keyword: string }[];
}

async function problemOf(res: Response, status: number): Promise<ProblemBody> {
  expect(res.status, res.url).toBe(status);
  expect(res.headers.get("content-type"), res.url).toMatch(PROBLEM);
  const body = (await res.json()) as ProblemBody;
  expect(body).toMatchObject({ type: expect.any(String), title: expect.any(String), status });
  return body;
}

describe("errors as problem+json", () => {
  let producer: TestProducer;
  let url: string;
  beforeAll(async () => {
    producer = await startProducer();
    url = producer.service.url;
  });
  afterAll(() => producer.stop());

  const post = (path: string, body: string, type = "application/json") =>
    authed(`${url}${path}`, { method: "POST", headers: { "content-type": type }, body });
  /** fetch with a token that has every scope. */
  const authed = (target: string, init: RequestInit = {}) =>
    fetch(target, { ...init, headers: { ...bearer(producer.token), ...(init.headers as object) } });

  it("answers each publish refusal as problem+json", async () => {
    const events = "/events/api/v1/events";
    const wrongType = await problemOf(
      await post(events, JSON.stringify(sampleEvent("dialogporten.dialog.created.v1"))),
      415,
    );
    expect(wrongType).toMatchObject({ type: "about:blank", title: "Unsupported Media Type" });
    const notJson = await problemOf(await post(events, "{nope", "application/cloudevents+json"), 400);
    expect(notJson).toMatchObject({ type: "about:blank", title: "Bad Request" });
    const invalid = await problemOf(
      await post(events, JSON.stringify({ specversion: "1.0" }), "application/cloudevents+json"),
      400,
    );
    expect(invalid).toMatchObject({ type: "urn:dialogporten-events:problem:invalid-event" });
    expect(invalid.errors?.length).toBeGreaterThan(0);
  });

  it("answers each subscription and dead-letter error as problem+json", async () => {
    const subs = "/events/api/v1/subscriptions";
    const invalid = await problemOf(
      await post(subs, JSON.stringify({ endPoint: "not a url", resourceFilter: RESOURCE })),
      400,
    );
    expect(invalid).toMatchObject({ type: "urn:dialogporten-events:problem:invalid-subscription" });
    expect(invalid.issues).toEqual([expect.objectContaining({ in: "body", pointer: "/endPoint" })]);
    const notObject = await problemOf(await post(subs, "[1]"), 400);
    expect(notObject.issues).toEqual([expect.objectContaining({ in: "body", pointer: "", keyword: "type" })]);
    const notJson = await problemOf(await post(subs, "{nope"), 400);
    expect(notJson).toMatchObject({ title: "Bad Request" });
    await problemOf(await authed(`${url}${subs}/999`), 404);
    await problemOf(await authed(`${url}${subs}/999`, { method: "DELETE" }), 404);
    const badId = await problemOf(await authed(`${url}${subs}/abc`), 400);
    expect(badId.issues).toEqual([expect.objectContaining({ in: "params", pointer: "/id" })]);

    await problemOf(await authed(`${url}/dead-letters/999/replay`, { method: "POST" }), 404);
    const badIds = await problemOf(await post("/dead-letters/replay", JSON.stringify({ ids: ["1"] })), 400);
    expect(badIds.issues).toContainEqual(
      expect.objectContaining({ in: "body", pointer: "/ids/0", keyword: "type" }),
    );
    const badFilter = await problemOf(await authed(`${url}/dead-letters?subscription=x`), 400);
    expect(badFilter.issues).toEqual([
      expect.objectContaining({ in: "querystring", pointer: "/subscription" }),
    ]);
    const badCursor = await problemOf(await authed(`${url}/dead-letters?after=abc`), 400);
    expect(badCursor.issues).toEqual([expect.objectContaining({ in: "querystring", pointer: "/after" })]);
  });

  it("answers 404 for an unknown path and 405 with the path's own methods from the routes", async () => {
    const notFound = await problemOf(await fetch(`${url}/nothing-here`), 404);
    expect(notFound).toMatchObject({ type: "about:blank", title: "Not Found" });
    const cases: [string, string, string][] = [
      ["PUT", "/events/api/v1/events", "POST, GET, HEAD"],
      ["PUT", "/events/api/v1/subscriptions", "POST, GET, HEAD"],
      ["PATCH", "/events/api/v1/subscriptions/1", "GET, HEAD, DELETE"],
      ["GET", "/dead-letters/replay", "POST"],
      ["DELETE", "/dead-letters", "GET, HEAD"],
      ["GET", "/dead-letters/4/replay", "POST"],
      ["POST", "/metrics", "GET, HEAD"],
      ["POST", "/healthz", "GET, HEAD"],
      ["POST", "/api/stats", "GET, HEAD"],
    ];
    for (const [method, path, allow] of cases) {
      const res = await fetch(`${url}${path}`, { method });
      expect(await problemOf(res, 405)).toMatchObject({ title: "Method Not Allowed" });
      expect(res.headers.get("allow"), `${method} ${path}`).toBe(allow);
    }
  });

  it("answers Node's own 431 as problem+json", async () => {
    const { hostname, port } = new URL(url);
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), hostname, () =>
        socket.write(`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Pad: ${"a".repeat(20_000)}\r\n\r\n`),
      );
      let text = "";
      socket.on("data", (chunk) => {
        text += chunk;
      });
      socket.on("close", () => resolve(text));
      socket.on("error", reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 431 /);
    expect(answer).toContain("Content-Type: application/problem+json; charset=utf-8");
    expect(JSON.parse(answer.split("\r\n\r\n")[1] ?? "")).toMatchObject({ status: 431 });
  });

  it("has the process defaults and the producer's metrics under their names on /metrics", async () => {
    const res = await fetch(`${url}/metrics`);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4; charset=utf-8$/);
    const text = await res.text();
    // The process defaults (the kit's registry has them all; its tests list them).
    expect(text).toMatch(/^# TYPE nodejs_heap_size_used_bytes gauge$/m);
    const own: [string, string][] = [
      ["producer_events_published_total", "counter"],
      ["producer_events_rejected_total", "counter"],
      ["producer_delivery_attempts_total", "counter"],
      ["producer_outbox_deliveries", "gauge"],
      ["producer_outbox_events", "gauge"],
      ["producer_subscriptions", "gauge"],
      ["producer_delivery_duration_seconds", "summary"],
    ];
    for (const [name, type] of own) expect(text, name).toContain(`# TYPE ${name} ${type}\n`);
    for (const outcome of ["delivered", "retry", "dead"]) {
      expect(text).toMatch(
        new RegExp(`^producer_delivery_attempts_total\\{outcome="${outcome}"\\} \\d+$`, "m"),
      );
    }
    for (const state of ["pending", "retrying", "in_flight", "delivered", "dead"]) {
      expect(text).toMatch(new RegExp(`^producer_outbox_deliveries\\{state="${state}"\\} \\d+$`, "m"));
    }
    for (const status of ["pending", "active", "failed"]) {
      expect(text).toMatch(new RegExp(`^producer_subscriptions\\{status="${status}"\\} \\d+$`, "m"));
    }
    expect(text).toMatch(/^producer_delivery_duration_seconds\{quantile="0\.5"\} /m);
  });
});

/** Dead letters through the real path: a subscriber that takes the handshake and refuses every event. */
function deadLetterPaging(start: () => Promise<{ service: Service; stop(): Promise<void> }>) {
  let running: { service: Service; stop(): Promise<void> } | undefined;
  let receiver: Receiver | undefined;
  afterEach(async () => {
    await running?.stop();
    await receiver?.stop();
  });

  it("lists every dead letter once over several pages, the filter carried to the next page", async () => {
    running = await start();
    const { url } = running.service;
    receiver = await new Receiver(({ json }) => ({
      status: json.type.startsWith("platform") ? 200 : 503,
    })).start();
    const client = running.service.broker;
    const auth = bearer(await running.service.tokens.mint({ scopes: ALL_SCOPES, org: "digdir" }));
    const subscribe = await fetch(`${url}/events/api/v1/subscriptions`, {
      method: "POST",
      headers: { "content-type": "application/json", ...auth },
      body: JSON.stringify({ endPoint: receiver.url, resourceFilter: RESOURCE }),
    });
    const { id } = (await subscribe.json()) as { id: number };
    await waitFor("the subscription to be active", async () =>
      (await client.getSubscription(id))?.status === "active" ? true : undefined,
    );
    for (let n = 0; n < 7; n++) {
      const outcome = await client.publish(sampleEvent("dialogporten.dialog.updated.v1"));
      expect(outcome.accepted).toBe(true);
    }
    await waitFor("7 dead letters", async () => ((await client.stats()).dead === 7 ? true : undefined));

    const seen: number[] = [];
    let pages = 0;
    for (let next: string | null = `/dead-letters?subscription=${id}&limit=3`; next !== null; pages++) {
      const page = (await (await fetch(`${url}${next}`, { headers: auth })).json()) as {
        count: number;
        deadLetters: { id: number; subscriptionId: number }[];
        next: string | null;
      };
      expect(page.count).toBe(page.deadLetters.length);
      expect(page.deadLetters.every((d) => d.subscriptionId === id)).toBe(true);
      seen.push(...page.deadLetters.map((d) => d.id));
      if (page.next) expect(new URL(page.next, url).searchParams.get("subscription")).toBe(String(id));
      next = page.next;
    }
    expect(pages).toBe(3);
    expect(seen).toHaveLength(7);
    expect(seen).toEqual([...new Set(seen)].sort((a, b) => a - b)); // each once, by id
    const whole = (await (await fetch(`${url}/dead-letters`, { headers: auth })).json()) as {
      deadLetters: { id: number }[];
      next: null;
    };
    expect(whole.next).toBeNull();
    expect(whole.deadLetters.map((d) => d.id)).toEqual(seen);
  });
}

describe("dead-letter paging: sqlite", () => {
  deadLetterPaging(async () => {
    const producer = await startProducer();
    return { service: producer.service, stop: () => producer.stop() };
  });
});

describePostgres("dead-letter paging: postgres", (serverUrl) => {
  let db: TestDatabase | undefined;
  afterAll(() => db?.drop());
  deadLetterPaging(async () => {
    db = await createTestDatabase(serverUrl, "producer_http");
    const service = await startService(
      {
        port: 0,
        host: "127.0.0.1",
        dataDir: mkdtempSync(join(tmpdir(), "producer-http-")),
        databaseUrl: db.url,
        timeScale: 0.00001,
        timeoutMs: 2000,
        maxConcurrency: 8,
        logLevel: "silent",
      },
      pino({ level: "silent" }),
    );
    return { service, stop: () => service.close() };
  });
});
