import { readdirSync, readFileSync } from "node:fs";
import { connect } from "node:net";
import { join } from "node:path";
import { createEvent, dialogportenEventTypes } from "dialogporten-events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { InboxItem, QuarantineItem } from "../src/index.js";
import { FIXTURES, FOREIGN, fixtures, type Running, readJson, SECRET, startConsumer } from "./helpers.js";

const PROBLEM = "application/problem+json; charset=utf-8";
const DIALOG = "0194fb2d-1bb5-7a1e-9b8b-4bc1c1d5c1f4";

function dialogCreated(id?: string) {
  return createEvent("dialogporten.dialog.created.v1", {
    resource: "urn:altinn:resource:test-service",
    resourceinstance: DIALOG,
    subject: "urn:altinn:person:identifier-no:01017012345",
    ...(id ? { id } : {}),
  });
}

/** The published overview's two examples, kept as fixtures of their types. */
function seedExamples(): unknown[] {
  return ["dialogporten.dialog.created.v1", "dialogporten.dialog.activity.signature-provided.v1"].map(
    (type) => readJson(join(FIXTURES, type, "valid/seed-overview-example.tolerant-only.json")),
  );
}

async function expectProblem(res: Response, status: number): Promise<Record<string, unknown>> {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toBe(PROBLEM);
  const body = (await res.json()) as Record<string, unknown>;
  expect(body).toMatchObject({ status, title: expect.any(String), type: expect.any(String) });
  expect(JSON.stringify(body)).not.toMatch(/\n\s+at |stack/);
  return body;
}

describe("receiving", () => {
  let c: Running;

  beforeAll(async () => {
    c = await startConsumer({ maxBodyBytes: 4096 });
  });
  afterAll(() => c.stop());

  it("answers the subscription handshake 200 and records it", async () => {
    const [[, event]] = fixtures("platform.events.validatesubscription", "valid") as [[string, unknown]];
    const res = await c.post(event);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "accepted", kind: "subscription-validation" });
    const { events } = await c.api<{ events: InboxItem[] }>("/api/events?kind=subscription-validation");
    expect(events.map((e) => e.event)).toContainEqual(event);
  });

  it("stores every foreign CloudEvent as unknown and answers 200", async () => {
    const dir = FOREIGN;
    const files = readdirSync(dir).filter((f) => f.endsWith(".json"));
    expect(files).toHaveLength(7);
    const statuses: Record<string, string> = {};
    for (const file of files) {
      const res = await c.post(readFileSync(join(dir, file)));
      expect(res.status, file).toBe(200);
      statuses[file] = ((await res.json()) as { status: string }).status;
    }
    // The two Correspondence examples carry the same source and id: by CloudEvents rules, one event.
    expect(Object.values(statuses).filter((s) => s === "duplicate")).toHaveLength(1);
    const { events } = await c.api<{ events: InboxItem[] }>("/api/events?kind=unknown&limit=100");
    expect(events.map((e) => e.type).sort()).toEqual(
      [
        "automated.test",
        "instance.created",
        "instance.deleted",
        "instance.deleted",
        "no.altinn.broker.Published",
        "no.altinn.correspondence.Published",
      ].sort(),
    );
    // Kept as they came, extension attributes included.
    expect(events.find((e) => e.type === "automated.test")?.event).toMatchObject({
      atta: expect.any(String),
    });
  });

  it("stores a duplicate once and answers it 200", async () => {
    const event = dialogCreated();
    const before = await c.stats();
    const first = (await (await c.post(event)).json()) as { status: string; inboxId: number };
    const second = await c.post(event);
    expect(second.status).toBe(200);
    expect(await second.json()).toEqual({ ...first, status: "duplicate", kind: undefined });
    const after = await c.drained();
    expect(after.accepted - before.accepted).toBe(1);
    expect(after.duplicates - before.duplicates).toBe(1);
  });

  it("accepts application/cloudevents+json, binary mode and batches", async () => {
    const structured = await c.post(dialogCreated(), {
      headers: { "content-type": "application/cloudevents+json" },
    });
    expect(await structured.json()).toMatchObject({ status: "accepted" });

    const { data, ...attributes } = createEvent("dialogporten.dialog.activity.information.v1", {
      resource: "urn:altinn:resource:test-service",
      resourceinstance: DIALOG,
      subject: "urn:altinn:person:identifier-no:01017012345",
      data: { activityId: "0194fb2d-3f10-7b44-a1c3-5be0f4a3d2e7", extendedActivityType: "info-received" },
    });
    const headers: Record<string, string> = { "content-type": "application/json" };
    for (const [name, value] of Object.entries(attributes)) headers[`ce-${name}`] = encodeURIComponent(value);
    const binary = await c.post(data, { headers });
    const result = (await binary.json()) as { status: string; inboxId: number };
    expect(result).toMatchObject({ status: "accepted", kind: "dialogporten" });
    const stored = await c.api<InboxItem>(`/api/events/${result.inboxId}`);
    expect(stored.event).toMatchObject({ ...attributes, data, datacontenttype: "application/json" });

    const batch = await c.post([dialogCreated(), { specversion: "1.0" }, dialogCreated()], {
      headers: { "content-type": "application/cloudevents-batch+json" },
    });
    expect(batch.status).toBe(200);
    const { results } = (await batch.json()) as { results: { status: string }[] };
    expect(results.map((r) => r.status)).toEqual(["accepted", "quarantined", "accepted"]);

    const allBad = await c.post([{ specversion: "1.0" }], {
      headers: { "content-type": "application/cloudevents-batch+json" },
    });
    await expectProblem(allBad, 400);
  });

  it("quarantines invalid events and answers 400 with the issues", async () => {
    const [name, invalid] = fixtures("dialogporten.dialog.created.v1", "invalid")[0] as [string, unknown];
    const res = await c.post(invalid);
    const problem = await expectProblem(res, 400);
    expect(problem, name).toMatchObject({ code: "invalid", eventType: "dialogporten.dialog.created.v1" });
    expect((problem.issues as unknown[]).length).toBeGreaterThan(0);
    const { items } = await c.api<{ items: QuarantineItem[] }>("/api/quarantine");
    expect(items.find((i) => i.id === problem.quarantineId)?.body).toBe(JSON.stringify(invalid));
  });

  it("answers each bad input class with its status and problem+json", async () => {
    const before = await c.stats();
    expect((await expectProblem(await c.post("{not json"), 400)).code).toBe("malformed-json");
    expect((await expectProblem(await c.post({ hello: 1 }), 400)).code).toBe("not-a-cloudevent");
    await expectProblem(await c.post(dialogCreated(), { headers: { "content-type": "text/plain" } }), 415);
    await expectProblem(
      await c.post(dialogCreated(), { headers: { "content-type": "application/json; charset=latin1" } }),
      415,
    );
    await expectProblem(await c.post({ ...dialogCreated(), pad: "x".repeat(5000) }), 413);
    const after = await c.stats();
    expect(after.accepted).toBe(before.accepted);
    expect(after.quarantined - before.quarantined).toBe(2); // the malformed body and the non-CloudEvent
  });

  it("refuses a wrong or missing secret with 401 and stores nothing", async () => {
    const before = await c.stats();
    await expectProblem(await c.post(dialogCreated(), { query: "code=wrong" }), 401);
    await expectProblem(await c.post(dialogCreated(), { query: "" }), 401);
    await expectProblem(
      await c.post(dialogCreated(), { query: "", headers: { authorization: "Bearer x" } }),
      401,
    );
    expect((await c.stats()).received).toBe(before.received);
    const bearer = await c.post(dialogCreated(), {
      query: "",
      headers: { authorization: `Bearer ${SECRET}` },
    });
    expect(bearer.status).toBe(200);
    // The read API wants it too; the health check does not.
    await expectProblem(await fetch(`${c.url}/api/stats`), 401);
    await expectProblem(await fetch(`${c.url}/metrics`), 401);
    expect((await fetch(`${c.url}/healthz`)).status).toBe(200);
    expect(c.logLines.join("")).not.toContain(SECRET);
  });

  it("serves Prometheus metrics", async () => {
    const res = await fetch(`${c.url}/metrics?code=${SECRET}`);
    const text = await res.text();
    expect(text).toMatch(/^consumer_events_received_total\{kind="dialogporten"\} [1-9]/m);
    expect(text).toMatch(/^consumer_events_duplicate_total [1-9]/m);
    expect(text).toMatch(/^consumer_rejected_total\{reason="unauthorized"\} [1-9]/m);
    expect(text).toMatch(/^consumer_webhook_duration_seconds_count [1-9]/m);
  });

  it("logs one line per delivery", async () => {
    const lines = c.logLines.length;
    await c.post(dialogCreated());
    await c.api("/api/stats");
    const fresh = c.logLines.slice(lines).map((l) => JSON.parse(l) as Record<string, unknown>);
    const deliveries = fresh.filter((l) => l.msg === "delivery");
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]).toMatchObject({ path: "/webhook", status: 200, outcome: "accepted" });
  });
});

// Fixtures of different types share sources and ids, and the consumer deduplicates on exactly that, so each
// type (and the overview's examples) gets a consumer of its own.
describe("each Dialogporten type", () => {
  it.each(dialogportenEventTypes)("accepts every valid fixture of %s and runs its handler", async (type) => {
    const c = await startConsumer();
    const handled: string[] = [];
    c.consumer.on(type, (event) => {
      handled.push(event.type);
    });
    const files = fixtures(type, "valid");
    const outcomes: string[] = [];
    for (const [name, event] of files) {
      const res = await c.post(event);
      expect(res.status, name).toBe(200);
      const body = (await res.json()) as { status: string; type: string };
      expect(body.type).toBe(type);
      outcomes.push(body.status);
    }
    const stats = await c.drained();
    // Some fixtures are the same event in another spelling (same source and id): duplicates, stored once.
    const accepted = outcomes.filter((o) => o === "accepted").length;
    expect(accepted).toBeGreaterThan(0);
    expect(stats).toMatchObject({ accepted, processed: accepted, quarantined: 0 });
    expect(handled).toEqual(Array(accepted).fill(type));
    await c.stop();
  });

  it("accepts both examples of the published overview", async () => {
    const c = await startConsumer();
    const examples = seedExamples();
    expect(examples).toHaveLength(2);
    for (const example of examples) {
      const res = await c.post(example);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ status: "accepted", kind: "dialogporten" });
    }
    await c.stop();
  });
});

describe("limits and failures", () => {
  it("answers 503 when the store is unavailable", async () => {
    const c = await startConsumer();
    await c.consumer.store.close();
    const res = await c.post(dialogCreated());
    await expectProblem(res, 503);
    expect(res.headers.get("retry-after")).toBe("10");
    await c.stop();
  });

  it("bounds requests in flight and times out slow clients", async () => {
    const c = await startConsumer({ maxInFlight: 1, requestTimeoutMs: 600 });
    const { port } = new URL(c.url);
    // A client that sends its headers and then dawdles over the body holds the only slot.
    const slow = connect(Number(port), "127.0.0.1");
    const closed = new Promise<number>((resolve) => {
      const started = Date.now();
      slow.on("close", () => resolve(Date.now() - started));
      slow.on("error", () => {});
    });
    // Read what the server sends (its 408, when that beats the reset): a paused socket with unread data
    // never sees the end of the stream, so it would never close.
    let answer = "";
    slow.on("data", (chunk) => {
      answer += String(chunk);
    });
    slow.write(
      `POST /webhook?code=${SECRET} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{`,
    );
    await new Promise((r) => setTimeout(r, 100));
    const busy = await c.post(dialogCreated());
    await expectProblem(busy, 503);
    expect(busy.headers.get("retry-after")).toBe("1");
    expect(await closed).toBeLessThan(3_000);
    if (answer !== "") expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    // The slot is free again.
    expect((await c.post(dialogCreated())).status).toBe(200);
    await c.stop();
  });

  it("refuses to start without a secret unless told it is insecure", async () => {
    const { createConsumer } = await import("../src/index.js");
    expect(() => createConsumer({ dataDir: "/nonexistent/never-created" })).toThrow(/secret/);
    const c = await startConsumer({ secret: undefined, insecure: true });
    expect((await fetch(`${c.url}/api/stats`)).status).toBe(200);
    await c.stop();
  });
});
