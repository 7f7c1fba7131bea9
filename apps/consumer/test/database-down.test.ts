// The database goes away under a running consumer (a TCP proxy between them is cut: open connections drop,
// new ones are refused) and comes back. Meanwhile the webhook answers 503 problem+json, so the broker
// retries; afterwards the same consumer, not restarted, accepts again and processes everything.

import { createEvent, type DialogportenEvent } from "dialogporten-events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Running, SECRET, startConsumer, waitFor } from "./helpers.js";
import { type CuttableProxy, createTestDatabase, hasPostgres, startProxy, type TestDatabase } from "./pg.js";

const DIALOGS = 5;

function events(round: string): DialogportenEvent[] {
  return Array.from({ length: DIALOGS }, (_, d) =>
    createEvent("dialogporten.dialog.updated.v1", {
      resource: `urn:altinn:resource:db-down-${round}`,
      resourceinstance: `0194fb2d-${String(d).padStart(4, "0")}-7000-8000-0000000000dd`,
      subject: "urn:altinn:organization:identifier-no:991825827",
    }),
  );
}

describe.runIf(hasPostgres)("database down", () => {
  let db: TestDatabase;
  let proxy: CuttableProxy;
  let c: Running;

  beforeAll(async () => {
    db = await createTestDatabase("consumer_down");
    proxy = await startProxy(db.url);
    c = await startConsumer({ databaseUrl: proxy.url, leaseMs: 1_000 });
  });
  afterAll(async () => {
    await c?.stop();
    await proxy?.close();
    await db?.drop();
  });

  it("answers 503 while the database is away and recovers by itself when it returns", async () => {
    const before = events("before");
    for (const e of before) expect((await c.post(e)).status).toBe(200);
    await c.drained();

    await proxy.cut();
    const during = events("during");
    for (const e of during) {
      const res = await c.post(e);
      expect(res.status).toBe(503);
      expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
      expect(res.headers.get("retry-after")).toBe("10");
      expect(await res.json()).toMatchObject({
        status: 503,
        type: "urn:dialogporten-events:problem:store-unavailable",
      });
    }
    expect((await fetch(`${c.url}/healthz`)).status).toBe(503);
    const stats = await fetch(`${c.url}/api/stats`, { headers: { authorization: `Bearer ${SECRET}` } });
    expect(stats.status).toBe(503);
    // Let the worker run into the outage too (it backs off and must not die).
    await new Promise((r) => setTimeout(r, 600));

    await proxy.restore();
    // The broker retries: the first tries may still meet a connection that died in the cut.
    for (const e of during) {
      await waitFor(async () => ((await c.post(e)).status === 200 ? true : undefined), 15_000);
    }
    expect((await fetch(`${c.url}/healthz`)).status).toBe(200);
    const after = await c.drained();
    expect(after).toMatchObject({
      accepted: 2 * DIALOGS,
      processed: 2 * DIALOGS,
      failed: 0,
      pending: 0,
      quarantined: 0,
    });
    const versions = await db.query<{ version: number }>("SELECT version FROM dialogs");
    expect(versions.map((v) => v.version)).toEqual(Array(DIALOGS).fill(2));

    // The outage was logged, without the webhook secret or the database password.
    const log = c.logLines.join("");
    expect(log).toContain("store unavailable");
    expect(log).not.toContain(SECRET);
    const password = new URL(db.url).password;
    if (password) expect(log).not.toContain(password);
  }, 40_000);
});
