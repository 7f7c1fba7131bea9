import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { openSqlite } from "@dialogporten-events/db";
import pino from "pino";
import { afterEach, expect, it } from "vitest";
import { SCOPES } from "../src/auth/scopes.js";
import { sampleEvent } from "../src/emit/trigger.js";
import { type Service, startService } from "../src/service.js";

/**
 * Only an outage is a 503. A store failure that is a bug (here: a table gone from under the producer) is a
 * 500 without `Retry-After`, logged once with its cause, and not reported as the store being unavailable.
 */
let service: Service | undefined;
let dataDir = "";
afterEach(async () => {
  await service?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

it("answers 500, not 503, to a failure that is not an outage, and logs it once with its cause", async () => {
  dataDir = mkdtempSync(join(tmpdir(), "producer-errors-"));
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n")) if (line) lines.push(JSON.parse(line));
      done();
    },
  });
  const config = {
    port: 0,
    host: "127.0.0.1",
    dataDir,
    timeScale: 0.001,
    timeoutMs: 2000,
    maxConcurrency: 2,
    logLevel: "info",
  };
  service = await startService(config, pino({ level: "info" }, sink));
  const token = await service.tokens.mint({ scopes: [SCOPES.publish], org: "digdir" });
  const publish = () =>
    fetch(`${service?.url}/events/api/v1/events`, {
      method: "POST",
      headers: { "content-type": "application/cloudevents+json", authorization: `Bearer ${token}` },
      body: JSON.stringify(sampleEvent("dialogporten.dialog.created.v1")),
    });
  expect((await publish()).status).toBe(200);

  const other = openSqlite(join(dataDir, "producer.sqlite"));
  other.connection.exec("DROP TABLE deliveries; DROP TABLE events");
  await other.close();

  const response = await publish();
  expect(response.status).toBe(500);
  expect(response.headers.get("retry-after")).toBeNull();
  const logged = lines.filter((l) => JSON.stringify(l).includes("no such table: events"));
  expect(logged).toHaveLength(1);
  expect(logged[0]).toMatchObject({ level: 50, err: { message: expect.stringContaining("no such table") } });
  expect(lines.filter((l) => String(l.msg).includes("unavailable"))).toEqual([]);
});
