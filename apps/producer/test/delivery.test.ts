import { dialogportenEventTypes, validateEvent } from "dialogporten-events";
import { afterEach, describe, expect, it } from "vitest";
import { MAX_ATTEMPTS, RETRY_DELAYS_MS, retryDelay } from "../src/delivery/schedule.js";
import { sampleEvent } from "../src/emit/trigger.js";
import { RESOURCE, startProducer, type TestProducer } from "./support/producer.js";
import { Receiver, waitFor } from "./support/receiver.js";
import { bearer } from "./support/tokens.js";

let producer: TestProducer | undefined;
const receivers: Receiver[] = [];
afterEach(async () => {
  await producer?.stop();
  await Promise.all(receivers.splice(0).map((r) => r.stop()));
  producer = undefined;
});

async function subscribed(behavior?: ConstructorParameters<typeof Receiver>[0]) {
  const r = await new Receiver(behavior).start();
  receivers.push(r);
  const s = await producer?.client.subscribe({ endPoint: r.url, resourceFilter: RESOURCE });
  await producer?.client.waitUntilActive(s?.id as number);
  return r;
}

const settled = () =>
  waitFor("the outbox to settle", async () => {
    const s = await producer?.client.stats();
    return s && s.pending + s.retrying + s.inFlight === 0 ? s : undefined;
  });

describe("retry schedule", () => {
  it("is the broker's: 11 waits from 10 s to 12 h, 12 attempts, scaled", () => {
    expect(RETRY_DELAYS_MS.map((ms) => ms / 1000)).toEqual([
      10, 30, 60, 300, 600, 1800, 3600, 10800, 21600, 43200, 43200,
    ]);
    expect(MAX_ATTEMPTS).toBe(12);
    expect(retryDelay(1, 0.005)).toBe(50);
    expect(retryDelay(11)).toBe(12 * 3600 * 1000);
    expect(retryDelay(12)).toBeUndefined();
  });
});

describe("delivery over HTTP", () => {
  it("delivers every one of the 23 types, one event per POST, as the broker sends them", async () => {
    producer = await startProducer();
    const receiver = await subscribed();
    const events = dialogportenEventTypes.map((t) => sampleEvent(t));
    for (const e of events) expect((await producer.client.publish(e)).status).toBe(200);
    await settled();
    const got = receiver.events();
    expect(got.map((r) => r.json.type).sort()).toEqual([...dialogportenEventTypes].sort());
    for (const r of got) {
      expect(r.headers["content-type"]).toBe("application/json; charset=utf-8");
      expect(validateEvent(r.json, { mode: "strict" }).kind).toBe("dialogporten");
      expect(r.json.datacontenttype).toBe("data" in r.json ? "application/json" : undefined);
      const sent = events.find((e) => e.id === r.json.id);
      expect({ ...r.json, datacontenttype: undefined }).toEqual({ ...sent, datacontenttype: undefined });
    }
  });

  it("retries a 500 on the scaled schedule and stops at the first 2xx", async () => {
    producer = await startProducer({ timeScale: 0.002 }); // 10 s -> 20 ms, 30 s -> 60 ms
    const receiver = await subscribed(({ json, attempt }) => ({
      status: json.type.startsWith("platform") || attempt > 2 ? 200 : 500,
    }));
    const event = sampleEvent("dialogporten.dialog.seen.v1");
    await producer.client.publish(event);
    const stats = await settled();
    const tries = receiver.received.filter((r) => r.json.id === event.id);
    expect(tries).toHaveLength(3);
    expect((tries[1]?.at as number) - (tries[0]?.at as number)).toBeGreaterThanOrEqual(18);
    expect((tries[2]?.at as number) - (tries[1]?.at as number)).toBeGreaterThanOrEqual(58);
    expect(stats.byType.find((t) => t.type === event.type)).toMatchObject({
      delivered: 1,
      retried: 1,
      retries: 2,
    });
  });

  it("treats a receiver slower than the timeout as a failure and retries", async () => {
    producer = await startProducer({ timeoutMs: 200 });
    const receiver = await subscribed(({ json, attempt }) =>
      json.type.startsWith("platform") || attempt > 1 ? { status: 200 } : { status: 200, delayMs: 1000 },
    );
    const event = sampleEvent("dialogporten.dialog.deleted.v1");
    await producer.client.publish(event);
    await settled();
    expect(receiver.received.filter((r) => r.json.id === event.id)).toHaveLength(2);
    const stats = await producer.client.stats();
    expect(stats.byType.find((t) => t.type === event.type)).toMatchObject({ delivered: 1, retried: 1 });
  });

  it("dead-letters after 12 attempts, lists it, and replays it on request", async () => {
    producer = await startProducer();
    let up = false;
    const receiver = await subscribed(({ json }) => ({
      status: json.type.startsWith("platform") || up ? 200 : 503,
    }));
    const event = sampleEvent("dialogporten.dialog.activity.payment-made.v1");
    await producer.client.publish(event);
    const stats = await settled();
    expect(stats.dead).toBe(1);
    expect(receiver.received.filter((r) => r.json.id === event.id)).toHaveLength(12);
    const list = (await (
      await fetch(`${producer.service.url}/dead-letters`, { headers: bearer(producer.token) })
    ).json()) as {
      deadLetters: { id: number; attempts: number; lastStatus: number; event: { id: string } }[];
    };
    expect(list.deadLetters).toHaveLength(1);
    expect(list.deadLetters[0]).toMatchObject({ attempts: 12, lastStatus: 503, event: { id: event.id } });

    up = true;
    const replay = await fetch(`${producer.service.url}/dead-letters/${list.deadLetters[0]?.id}/replay`, {
      method: "POST",
      headers: bearer(producer.token),
    });
    expect(await replay.json()).toEqual({ replayed: 1 });
    const after = await settled();
    expect(after).toMatchObject({ dead: 0 });
    expect(receiver.received.filter((r) => r.json.id === event.id)).toHaveLength(13);
    expect(
      (
        await fetch(`${producer.service.url}/dead-letters/999/replay`, {
          method: "POST",
          headers: bearer(producer.token),
        })
      ).status,
    ).toBe(404);
  });

  it("does not let a slow subscriber hold back a fast one", async () => {
    producer = await startProducer({ timeoutMs: 10_000, maxConcurrency: 2 });
    const slow = await subscribed(({ json }) => ({
      status: 200,
      delayMs: json.type.startsWith("platform") ? 0 : 4000,
    }));
    const fast = await subscribed();
    const events = Array.from({ length: 30 }, () => sampleEvent("dialogporten.dialog.updated.v1"));
    const start = Date.now();
    for (const e of events) await producer.client.publish(e);
    await waitFor("the fast subscriber to get all", () => fast.events().length === events.length);
    expect(Date.now() - start).toBeLessThan(3000);
    // The slow one has only ever had its own two slots busy.
    expect(slow.events().length).toBeLessThanOrEqual(2);
  });

  it("delivers a re-published id again, as the broker does (duplicates are the receiver's job)", async () => {
    producer = await startProducer();
    const receiver = await subscribed();
    const event = sampleEvent("dialogporten.dialog.created.v1");
    await producer.client.publish(event);
    await producer.client.publish(event);
    await settled();
    expect(receiver.events().filter((r) => r.json.id === event.id)).toHaveLength(2);
  });

  it("serves Prometheus metrics", async () => {
    producer = await startProducer();
    await subscribed();
    await producer.client.publish(sampleEvent("dialogporten.dialog.created.v1"));
    await settled();
    const text = await (await fetch(`${producer.service.url}/metrics`)).text();
    expect(text).toContain("producer_events_published_total 1");
    expect(text).toContain('producer_outbox_deliveries{state="delivered"} 2');
    expect(text).toContain('producer_subscriptions{status="active"} 1');
  });
});
