// The optional delivery chaos (DELIVERY_REORDER_MS, DELIVERY_DUPLICATE_RATE): over real HTTP on loopback, a
// receiver gets every event at least once, some twice, not in publication order; the same seed repeats the
// same duplicates; off, every event arrives once.

import { afterEach, describe, expect, it } from "vitest";
import { configFromEnv } from "../src/config.js";
import { type DeliveryChaos, loseAnswer, reorderDelay } from "../src/delivery/chaos.js";
import { sampleEvent } from "../src/emit/trigger.js";
import { RESOURCE, startProducer, type TestProducer } from "./support/producer.js";
import { Receiver, waitFor } from "./support/receiver.js";

let producer: TestProducer | undefined;
const receivers: Receiver[] = [];
async function stopAll() {
  await producer?.stop();
  await Promise.all(receivers.splice(0).map((r) => r.stop()));
  producer = undefined;
}
afterEach(stopAll);

/** Publishes `count` events one after the other (publication order), a save's worth of types repeated. */
async function run(options: { deliveryChaos?: DeliveryChaos; maxConcurrency?: number }, count: number) {
  producer = await startProducer(options);
  const receiver = await new Receiver().start();
  receivers.push(receiver);
  const s = await producer.client.subscribe({ endPoint: receiver.url, resourceFilter: RESOURCE });
  await producer.client.waitUntilActive(s.id);
  const save = [
    "dialogporten.dialog.created.v1",
    "dialogporten.dialog.transmission.created.v1",
    "dialogporten.dialog.activity.created.v1",
  ] as const;
  const published = Array.from({ length: count }, (_, i) => sampleEvent(save[i % save.length] ?? save[0]));
  for (const e of published) expect((await producer.client.publish(e)).status).toBe(200);
  const client = producer.client;
  const stats = await waitFor("the outbox to settle", async () => {
    const st = await client.stats();
    return st.pending + st.retrying + st.inFlight === 0 ? st : undefined;
  });
  const metrics = await (await fetch(`${producer.service.url}/metrics`)).text();
  const duplicatesMetric = Number(/^producer_delivery_duplicates_total (\d+)$/m.exec(metrics)?.[1]);
  const ids = receiver.events().map((r) => r.json.id);
  const timesReceived = published.map((e) => ids.filter((id) => id === e.id).length);
  const firstArrival = [...new Set(ids)];
  const index = new Map(published.map((e, i) => [e.id, i]));
  return {
    stats,
    ids,
    timesReceived,
    duplicatesMetric,
    arrivalOrder: firstArrival.map((id) => index.get(id)),
    duplicated: timesReceived.flatMap((n, i) => (n > 1 ? [i] : [])),
  };
}

const chaos: DeliveryChaos = { reorderMs: 120, duplicateRate: 0.3, seed: 7 };
const COUNT = 30;

describe("delivery chaos", () => {
  it("delivers every event at least once, some twice, out of publication order", async () => {
    const r = await run({ deliveryChaos: chaos }, COUNT);
    expect(r.timesReceived.every((n) => n === 1 || n === 2)).toBe(true);
    expect(r.duplicated.length).toBeGreaterThan(0);
    expect(r.duplicated.length).toBeLessThan(COUNT);
    expect(r.arrivalOrder).toHaveLength(COUNT);
    expect(r.arrivalOrder).not.toEqual([...r.arrivalOrder].sort((a, b) => (a ?? 0) - (b ?? 0)));
    // Every extra POST is counted, and the outbox has every delivery delivered, none dead.
    expect(r.duplicatesMetric).toBe(r.ids.length - COUNT);
    expect(r.stats).toMatchObject({ dead: 0, pending: 0 });
    expect(r.stats.delivered).toBe(COUNT + 1); // and the validation
    console.log(
      `chaos seed ${chaos.seed}: ${r.ids.length} POSTs for ${COUNT} events, duplicated #${r.duplicated.join(",")}; first arrivals ${r.arrivalOrder.join(",")}`,
    );
  });

  it("lets many deliveries wait at once without Node's listener-leak warning", async () => {
    // Every delivery in flight waits on the worker's one shutdown signal (here: its chaos delay).
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(`${warning.name}: ${warning.message}`);
    process.on("warning", onWarning);
    try {
      const r = await run({ deliveryChaos: { ...chaos, reorderMs: 300 }, maxConcurrency: 24 }, COUNT);
      expect(r.stats).toMatchObject({ dead: 0, pending: 0 });
    } finally {
      process.off("warning", onWarning);
    }
    expect(warnings.filter((w) => w.startsWith("MaxListenersExceededWarning"))).toEqual([]);
  });

  it("repeats the same duplicates with the same seed, other ones with another", async () => {
    const first = await run({ deliveryChaos: chaos }, COUNT);
    await stopAll();
    const again = await run({ deliveryChaos: chaos }, COUNT);
    await stopAll();
    const other = await run({ deliveryChaos: { ...chaos, seed: 8 } }, COUNT);
    expect(again.duplicated).toEqual(first.duplicated);
    expect(other.duplicated).not.toEqual(first.duplicated);
  });

  it("off: every event once, in publication order (one POST at a time), no duplicates counted", async () => {
    const r = await run({ maxConcurrency: 1 }, COUNT);
    expect(r.timesReceived.every((n) => n === 1)).toBe(true);
    expect(r.arrivalOrder).toEqual(Array.from({ length: COUNT }, (_, i) => i));
    expect(r.duplicatesMetric).toBe(0);
  });

  it("draws per delivery: delays within the bound, at most one duplicate per delivery", () => {
    const delays = Array.from({ length: 1000 }, (_, id) => reorderDelay(chaos, { id, attempts: 0 }));
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...delays)).toBeLessThanOrEqual(chaos.reorderMs);
    expect(new Set(delays).size).toBeGreaterThan(50);
    const lost = Array.from({ length: 1000 }, (_, id) =>
      loseAnswer(chaos, { id, attempts: 0, lastStatus: null }),
    );
    const share = lost.filter(Boolean).length / 1000;
    expect(share).toBeGreaterThan(0.25);
    expect(share).toBeLessThan(0.35);
    // After a 2xx was treated as lost, the retry is never lost again.
    expect(
      Array.from({ length: 1000 }, (_, id) => loseAnswer(chaos, { id, attempts: 1, lastStatus: 200 })).some(
        Boolean,
      ),
    ).toBe(false);
  });

  it("is read from the environment, off by default, with errors naming the variable", () => {
    expect(configFromEnv({}).deliveryChaos).toBeUndefined();
    expect(
      configFromEnv({ DELIVERY_REORDER_MS: "250", DELIVERY_DUPLICATE_RATE: "0.1", DELIVERY_CHAOS_SEED: "42" })
        .deliveryChaos,
    ).toEqual({ reorderMs: 250, duplicateRate: 0.1, seed: 42 });
    expect(Number.isSafeInteger(configFromEnv({ DELIVERY_DUPLICATE_RATE: "0.5" }).deliveryChaos?.seed)).toBe(
      true,
    );
    expect(() => configFromEnv({ DELIVERY_DUPLICATE_RATE: "1.5" })).toThrow(/DELIVERY_DUPLICATE_RATE=1.5/);
    expect(() => configFromEnv({ DELIVERY_REORDER_MS: "-1" })).toThrow(/DELIVERY_REORDER_MS=-1/);
    expect(() => configFromEnv({ DELIVERY_REORDER_MS: "soon" })).toThrow(/DELIVERY_REORDER_MS=soon/);
    expect(() => configFromEnv({ DELIVERY_REORDER_MS: "10", DELIVERY_CHAOS_SEED: "1.5" })).toThrow(
      /DELIVERY_CHAOS_SEED=1.5/,
    );
  });
});
