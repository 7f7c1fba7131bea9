// The consumer (`@dialogporten-events/consumer`, a declared dependency) against this producer over real HTTP:
// pull mode through `createConsumer` with a token this producer minted, following `next` page by page, and
// the consumer bin's subscription commands (`subscribe`, `subscriptions`, `unsubscribe`).

import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { type ConsumerStats, createConsumer, type InboxItem } from "@dialogporten-events/consumer";
import { dialogportenEventTypes } from "dialogporten-events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consumerMain } from "../src/demo/consumer.js";
import { sampleEvent } from "../src/emit/trigger.js";
import { startProducer, type TestProducer } from "./support/producer.js";
import { waitFor } from "./support/receiver.js";

const RESOURCE = "urn:altinn:resource:consumer-pull-test";
const SECRET = "consumer-pull-test-secret";

let producer: TestProducer;
beforeAll(async () => {
  producer = await startProducer();
});
afterAll(async () => {
  await producer?.stop();
});

describe("the consumer against this producer", () => {
  it("pulls what was published, through paging, once, beside the same event pushed", async () => {
    // Every event type, then more, 25 in all.
    const types = [...dialogportenEventTypes, ...dialogportenEventTypes].slice(0, 25);
    const events = types.map((type) => sampleEvent(type, { resource: RESOURCE }));
    for (const event of events) {
      const res = await fetch(`${producer.service.url}/events/api/v1/events`, {
        method: "POST",
        headers: {
          authorization: `Bearer ${producer.token}`,
          "content-type": "application/cloudevents+json",
        },
        body: JSON.stringify(event),
      });
      expect(res.status, await res.text()).toBeLessThan(300);
    }
    const dataDir = mkdtempSync(join(tmpdir(), "consumer-pull-"));
    const consumer = createConsumer({
      dataDir,
      secret: SECRET,
      logLevel: "silent",
      pull: {
        url: producer.service.url,
        token: { token: producer.token },
        resources: [RESOURCE],
        pageSize: 10,
        pollIntervalMs: 50,
      },
    });
    try {
      const url = await consumer.start({ port: 0 });
      const auth = { authorization: `Bearer ${SECRET}` };
      const api = async <T>(path: string) => {
        const res = await fetch(`${url}${path}`, { headers: auth });
        expect(res.status, await res.clone().text()).toBe(200);
        return (await res.json()) as T;
      };
      // The same event pushed as well: stored once.
      const pushed = await fetch(`${url}/webhook`, {
        method: "POST",
        headers: { ...auth, "content-type": "application/cloudevents+json" },
        body: JSON.stringify(events[3]),
      });
      expect(pushed.status, await pushed.clone().text()).toBeLessThan(300);
      const stats = await waitFor("25 events processed", async () => {
        const s = await api<ConsumerStats>("/api/stats");
        return s.processed === 25 ? s : undefined;
      });
      expect(stats).toMatchObject({
        accepted: 25,
        duplicates: 1,
        quarantined: 0,
      } satisfies Partial<ConsumerStats>);
      const inbox = await api<{ events: InboxItem[] }>("/api/events?limit=100");
      expect(inbox.events.map((e) => e.eventId).sort()).toEqual(events.map((e) => e.id).sort());
      const metrics = await (await fetch(`${url}/metrics`, { headers: auth })).text();
      expect(metrics).toContain(`consumer_pull_events_total{resource="${RESOURCE}"} 25`);
      // 25 events at 10 a page: three full or short pages with events, then at least one empty page.
      expect(metrics).toMatch(
        new RegExp(`consumer_pull_pages_total\\{resource="${RESOURCE}"\\} ([4-9]|\\d{2,})`),
      );
    } finally {
      await consumer.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("subscribe, subscriptions, unsubscribe through the consumer's bin", async () => {
    const main = consumerMain();
    expect(existsSync(main), `the consumer is not built: ${main}`).toBe(true);
    const run = async (...args: string[]) =>
      (
        await promisify(execFile)(process.execPath, [main, ...args], {
          env: {
            ...process.env,
            ALTINN_EVENTS_URL: producer.service.url,
            ALTINN_EVENTS_TOKEN: producer.token,
          },
        })
      ).stdout;
    const created = JSON.parse(
      await run("subscribe", "--endpoint", "http://127.0.0.1:9/webhook?code=x", "--resource", RESOURCE),
    ) as { id: number };
    expect(created.id).toBeGreaterThan(0);
    const listed = JSON.parse(await run("subscriptions")) as { subscriptions: { id: number }[] };
    expect(listed.subscriptions.map((s) => s.id)).toContain(created.id);
    await run("unsubscribe", String(created.id));
    const after = JSON.parse(await run("subscriptions")) as { subscriptions: { id: number }[] };
    expect(after.subscriptions.map((s) => s.id)).not.toContain(created.id);
  });
});
