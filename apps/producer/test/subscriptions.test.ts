import { SUBSCRIPTION_VALIDATION_TYPE, validateEvent } from "dialogporten-events";
import { afterEach, describe, expect, it } from "vitest";
import { sampleEvent } from "../src/emit/trigger.js";
import { startProducer, type TestProducer } from "./support/producer.js";
import { Receiver, waitFor } from "./support/receiver.js";

let producer: TestProducer | undefined;
let receiver: Receiver | undefined;
afterEach(async () => {
  await producer?.stop();
  await receiver?.stop();
  producer = receiver = undefined;
});

describe("subscription API and validation handshake", () => {
  it("sends the validation event and activates the subscription only after a 2xx", async () => {
    let accept = false;
    receiver = await new Receiver(() => ({ status: accept ? 200 : 500 })).start();
    producer = await startProducer({ timeScale: 0.001 });
    const created = await producer.client.subscribe({ endPoint: `${receiver.url}?code=s3cret` });
    expect(created).toMatchObject({ status: "pending", validated: false });

    await waitFor("a refused validation", () => receiver?.received.length);
    const first = receiver.received[0];
    expect(first?.json.type).toBe(SUBSCRIPTION_VALIDATION_TYPE);
    expect(first?.json.source).toBe(`https://platform.altinn.no/events/api/v1/subscriptions/${created.id}`);
    expect(validateEvent(first?.json, { mode: "strict" }).kind).toBe("subscription-validation");
    expect(first?.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(first?.url).toBe("/webhook?code=s3cret");
    expect(Object.keys(first?.headers ?? {}).filter((h) => h.startsWith("ce-"))).toEqual([]);

    // Not active yet: an event published now is not queued for it.
    expect((await producer.client.subscription(created.id)).status).toBe("pending");
    await producer.client.publish(sampleEvent("dialogporten.dialog.created.v1"));
    expect(
      (await producer.client.stats()).byType.find((t) => t.type === "dialogporten.dialog.created.v1")
        ?.pending,
    ).toBe(0);

    accept = true;
    const active = await producer.client.waitUntilActive(created.id);
    expect(active.validated).toBe(true);
    // The retried validation reuses the same event (same id).
    const validations = receiver.received.filter((r) => r.json.type === SUBSCRIPTION_VALIDATION_TYPE);
    expect(new Set(validations.map((v) => v.json.id)).size).toBe(1);
    expect(validations.length).toBeGreaterThanOrEqual(2);

    const event = sampleEvent("dialogporten.dialog.updated.v1");
    await producer.client.publish(event);
    await waitFor("the event after activation", () => receiver?.events().some((r) => r.json.id === event.id));
    expect(receiver.events().map((r) => r.json.type)).toEqual(["dialogporten.dialog.updated.v1"]);
  });

  it("marks a subscription failed when validation is never answered with a 2xx", async () => {
    receiver = await new Receiver(() => ({ status: 404 })).start();
    producer = await startProducer();
    const { id } = await producer.client.subscribe({ endPoint: receiver.url });
    await waitFor("failure", async () => (await producer?.client.subscription(id))?.status === "failed");
    expect(receiver.received).toHaveLength(12);
  });

  it("creates, lists, gets and deletes; refuses a bad subscription", async () => {
    producer = await startProducer();
    const base = `${producer.service.url}/events/api/v1/subscriptions`;
    const bad = await fetch(base, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ endPoint: "not a url", resourceFilter: "Resource With Spaces" }),
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: string[] }).errors).toHaveLength(2);

    const a = await producer.client.subscribe({
      endPoint: "http://127.0.0.1:9/a",
      resourceFilter: "urn:altinn:resource:x",
    });
    const b = await producer.client.subscribe({ endPoint: "http://127.0.0.1:9/b" });
    const list = (await (await fetch(base)).json()) as { count: number; subscriptions: { id: number }[] };
    expect(list.subscriptions.map((s) => s.id)).toEqual([a.id, b.id]);
    expect(await producer.client.subscription(a.id)).toMatchObject({
      resourceFilter: "urn:altinn:resource:x",
      subjectFilter: null,
    });
    expect((await fetch(`${base}/${a.id}`, { method: "DELETE" })).status).toBe(200);
    expect((await fetch(`${base}/${a.id}`)).status).toBe(404);
    expect((await fetch(`${base}/${a.id}`, { method: "DELETE" })).status).toBe(404);
  });
});
