import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { afterAll, beforeAll, expect, it } from "vitest";
import { ALL_SCOPES } from "../src/auth/scopes.js";
import { ProducerClient } from "../src/cli/client.js";
import { sampleEvent } from "../src/emit/trigger.js";
import { type Service, startService } from "../src/service.js";
import { createTestDatabase, describePostgres, sql, type TestDatabase } from "./support/postgres.js";
import { RESOURCE } from "./support/producer.js";
import { Receiver, waitFor } from "./support/receiver.js";
import { TcpProxy } from "./support/tcp-proxy.js";

/**
 * PostgreSQL goes away under a running producer (a TCP relay between them is cut: open connections reset,
 * new ones dropped) and comes back, without a restart. While it is away a publish is answered 503
 * (problem+json) and nothing of it is stored; what was accepted before is all delivered once it is back.
 */
describePostgres("producer while PostgreSQL is unreachable", (serverUrl) => {
  let db: TestDatabase;
  let proxy: TcpProxy;
  let receiver: Receiver | undefined;
  let service: Service | undefined;

  beforeAll(async () => {
    db = await createTestDatabase(serverUrl, "producer_outage");
    const target = new URL(db.url);
    proxy = await new TcpProxy(target.hostname, Number(target.port || 5432)).start();
  });
  afterAll(async () => {
    await service?.close().catch(() => undefined);
    await receiver?.stop();
    await proxy?.stop();
    await db?.drop();
  });

  it("answers 503 and stores nothing while the database is away, and delivers every accepted event after", async () => {
    receiver = await new Receiver(() => ({ status: 200, delayMs: 30 })).start();
    const viaProxy = new URL(db.url);
    viaProxy.hostname = "127.0.0.1";
    viaProxy.port = String(proxy.port);
    service = await startService(
      {
        port: 0,
        host: "127.0.0.1",
        // The outbox is in PostgreSQL; the folder keeps only the signing key.
        dataDir: mkdtempSync(join(tmpdir(), "producer-pg-outage-")),
        databaseUrl: viaProxy.toString(),
        timeScale: 0.001,
        timeoutMs: 2000,
        maxConcurrency: 2,
        logLevel: "silent",
      },
      pino({ level: "silent" }),
    );
    const token = await service.tokens.mint({ scopes: ALL_SCOPES, org: "digdir" });
    const client = new ProducerClient(service.url, token);
    const s = await client.subscribe({ endPoint: receiver.url, resourceFilter: RESOURCE });
    await client.waitUntilActive(s.id);

    const accepted: string[] = [];
    const publishOk = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const event = sampleEvent("dialogporten.dialog.activity.information.v1");
        expect((await client.publish(event)).status).toBe(200);
        accepted.push(event.id);
      }
    };
    const refused: string[] = [];
    const outage = async (publishes: number) => {
      proxy.cut();
      const pendingAtCut = accepted.filter((id) => !receiver?.acknowledged.has(id)).length;
      expect(pendingAtCut, "accepted events were still queued when the database went away").toBeGreaterThan(
        0,
      );
      for (let i = 0; i < publishes; i++) {
        const event = sampleEvent("dialogporten.dialog.updated.v1");
        const started = Date.now();
        const response = await fetch(`${service?.url}/events/api/v1/events`, {
          method: "POST",
          headers: { "content-type": "application/cloudevents+json", authorization: `Bearer ${token}` },
          body: JSON.stringify(event),
        });
        expect(response.status).toBe(503);
        expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
        expect(response.headers.get("retry-after")).toBe("1");
        expect(await response.json()).toMatchObject({ status: 503, title: "Service unavailable" });
        expect(Date.now() - started, "a 503 comes quickly, not after a hang").toBeLessThan(5000);
        refused.push(event.id);
      }
      // The service itself stays up through the outage; the delivery loop keeps trying.
      expect((await fetch(`${service?.url}/healthz`)).status).toBe(200);
      await new Promise((r) => setTimeout(r, 1500));
      expect(proxy.isDown).toBe(true);
      proxy.restore();
    };

    await publishOk(80);
    await outage(15);
    await publishOk(40); // the database is back: publishing works again without a restart
    await outage(15);
    await publishOk(20);

    await waitFor(
      "every accepted event to be delivered and acknowledged",
      () => accepted.every((id) => receiver?.acknowledged.has(id)),
      25_000,
    );
    // Refused means refused: no half-written event was delivered or left in the outbox.
    const got = new Set(receiver.events().map((r) => r.json.id));
    expect(refused.filter((id) => got.has(id))).toEqual([]);
    const rows = await sql<{ id: string }>(db.url, "SELECT id FROM producer.events");
    const stored = new Set(rows.map((r) => r.id));
    expect(refused.filter((id) => stored.has(id))).toEqual([]);
    expect(rows).toHaveLength(accepted.length + 1); // and the validation event
    await waitFor("the outbox to settle", async () => {
      const st = await client.stats();
      return st.pending + st.retrying === 0 ? st : undefined;
    });
    const states = await sql<{ status: string; n: number }>(
      db.url,
      "SELECT status, COUNT(*)::int AS n FROM producer.deliveries GROUP BY status",
    );
    expect(states).toEqual([{ status: "delivered", n: accepted.length + 1 }]);
    console.info(
      `outage: 2 outages, ${refused.length} publishes answered 503 (none stored), ${accepted.length} accepted, ` +
        `all delivered (${receiver.events().length} POSTs received), 0 lost`,
    );
  }, 60_000);
});
