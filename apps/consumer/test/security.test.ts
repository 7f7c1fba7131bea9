// The secret never leaves: not in the log, not in an answer, not in /metrics, whatever the request did. The
// optional allow-list of sender addresses, with and without a trusted proxy.

import { createEvent } from "dialogporten-events";
import { describe, expect, it } from "vitest";
import { ConfigError, createConsumer, readConfig } from "../src/index.js";
import { SECRET, startConsumer } from "./helpers.js";

const created = () =>
  createEvent("dialogporten.dialog.created.v1", {
    resource: "urn:altinn:resource:security-test",
    resourceinstance: "0194fb2d-1bb5-7a1e-9b8b-4bc1c1d5c1f4",
    subject: "urn:altinn:organization:identifier-no:991825827",
  });

describe("secrets", () => {
  it("appear in no log line, no answer and no metric, whatever the request", async () => {
    const c = await startConsumer({ maxBodyBytes: 2048 });
    c.consumer.on("dialogporten.dialog.created.v1", () => {
      throw new Error("handler failure"); // error paths log too
    });
    const wrong = `${SECRET}-but-wrong`;
    const requests: [string, RequestInit][] = [
      [`/webhook?code=${SECRET}`, { method: "POST", body: JSON.stringify(created()) }],
      [`/webhook?code=${SECRET}`, { method: "POST", body: JSON.stringify(created()) }],
      [`/webhook?code=${SECRET}`, { method: "POST", body: "{not json" }],
      [`/webhook?code=${SECRET}`, { method: "POST", body: JSON.stringify({ specversion: "1.0" }) }],
      [`/webhook?code=${SECRET}`, { method: "POST", body: "x".repeat(4096) }],
      [`/webhook?code=${SECRET}`, { method: "POST", body: "{}", headers: { "content-type": "text/plain" } }],
      [`/webhook?code=${SECRET}&code=${SECRET}`, { method: "POST", body: JSON.stringify(created()) }],
      [`/webhook?code=${wrong}`, { method: "POST", body: JSON.stringify(created()) }],
      [`/webhook`, { method: "POST", body: "{}", headers: { authorization: `Bearer ${wrong}` } }],
      [`/webhook?code=${SECRET}`, { method: "GET" }],
      [`/nowhere?code=${SECRET}`, { method: "GET" }],
      [`/api/events/abc?code=${SECRET}`, { method: "GET" }],
      [`/api/events?kind=bad&code=${SECRET}`, { method: "GET" }],
      [`/api/failed/9/retry?code=${SECRET}`, { method: "POST" }],
      [`/healthz?code=${SECRET}`, { method: "GET" }],
    ];
    const bodies: string[] = [];
    for (const [path, init] of requests) {
      const res = await fetch(`${c.url}${path}`, {
        ...init,
        headers: { "content-type": "application/json", ...(init.headers as Record<string, string>) },
      });
      bodies.push(JSON.stringify([...res.headers]), await res.text());
    }
    await c.drained();
    const metrics = await (await fetch(`${c.url}/metrics?code=${SECRET}`)).text();
    expect(metrics).toContain("consumer_events_received_total");
    const log = c.logLines.join("");
    expect(log).toContain('"msg":"delivery"');
    expect(log).toContain("handler failure");
    for (const [where, text] of [
      ["log", log],
      ["answers", bodies.join("\n")],
      ["metrics", metrics],
    ] as const) {
      expect(text, where).not.toContain(SECRET);
      expect(text, where).not.toContain(encodeURIComponent(SECRET));
    }
    expect(bodies.join("\n")).toContain("Unauthorized"); // the wrong ones were refused
    await c.stop();
  });
});

describe("allow-list of sender addresses", () => {
  it("is off by default, and when on, only listed addresses may deliver (the read API stays reachable)", async () => {
    const open = await startConsumer();
    expect((await open.post(created())).status).toBe(200);
    await open.stop();

    const allowed = await startConsumer({ allowedSourceIps: ["10.0.0.0/8", "127.0.0.1"] });
    expect((await allowed.post(created())).status).toBe(200);
    await allowed.stop();

    const broker = await startConsumer({ allowedSourceIps: ["20.100.46.139", "20.100.24.41"] });
    const refused = await broker.post(created());
    expect(refused.status).toBe(403);
    expect(refused.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(await refused.json()).toMatchObject({
      type: "urn:dialogporten-events:problem:address-not-allowed",
    });
    // Without TRUST_PROXY a forged X-Forwarded-For changes nothing.
    expect((await broker.post(created(), { headers: { "x-forwarded-for": "20.100.46.139" } })).status).toBe(
      403,
    );
    expect((await broker.stats()).received).toBe(0);
    await broker.stop();

    const proxied = await startConsumer({ allowedSourceIps: ["20.100.46.139"], trustProxy: ["127.0.0.1"] });
    expect((await proxied.post(created(), { headers: { "x-forwarded-for": "20.100.46.139" } })).status).toBe(
      200,
    );
    expect((await proxied.post(created(), { headers: { "x-forwarded-for": "198.51.100.7" } })).status).toBe(
      403,
    );
    await proxied.stop();
  });

  it("refuses an entry that is not an address or range", () => {
    expect(() =>
      createConsumer({ insecure: true, allowedSourceIps: ["20.100.46.139/33"], dataDir: "/x" }),
    ).toThrow(ConfigError);
    expect(() =>
      createConsumer({ insecure: true, allowedSourceIps: ["example.org"], dataDir: "/x" }),
    ).toThrow(ConfigError);
  });

  it("reads DATABASE_URL, LEASE_MS, ALLOWED_SOURCE_IPS and TRUST_PROXY from the environment", () => {
    const config = readConfig(
      {
        WEBHOOK_SECRET: "s",
        DATABASE_URL: "postgres://u:p@db:5432/consumer",
        LEASE_MS: "5000",
        ALLOWED_SOURCE_IPS: " 20.100.46.139, 20.100.24.41 ",
        TRUST_PROXY: "1",
      },
      [],
    );
    expect(config).toMatchObject({
      databaseUrl: "postgres://u:p@db:5432/consumer",
      leaseMs: 5000,
      allowedSourceIps: ["20.100.46.139", "20.100.24.41"],
      trustProxy: 1,
    });
    expect(readConfig({ WEBHOOK_SECRET: "s" }, [])).toMatchObject({
      databaseUrl: undefined,
      allowedSourceIps: undefined,
      trustProxy: undefined,
    });
  });
});
