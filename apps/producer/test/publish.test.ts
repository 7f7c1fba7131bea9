import { afterEach, describe, expect, it } from "vitest";
import { sampleEvent } from "../src/emit/trigger.js";
import { RESOURCE, startProducer, type TestProducer } from "./support/producer.js";
import { Receiver } from "./support/receiver.js";
import { bearer } from "./support/tokens.js";

let producer: TestProducer | undefined;
let receiver: Receiver | undefined;
afterEach(async () => {
  await producer?.stop();
  await receiver?.stop();
});

const post = (url: string, body: string, contentType = "application/cloudevents+json") =>
  fetch(`${url}/events/api/v1/events`, {
    method: "POST",
    headers: { "content-type": contentType, ...bearer(producer?.token ?? "") },
    body,
  });

describe("publish endpoint", () => {
  it("accepts a strict event with 200 and no body", async () => {
    producer = await startProducer();
    const response = await post(
      producer.service.url,
      JSON.stringify(sampleEvent("dialogporten.dialog.created.v1")),
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("");
    expect((await producer.client.stats()).events).toBe(1);
  });

  it("refuses what strict mode refuses, says why, and queues nothing", async () => {
    producer = await startProducer();
    receiver = await new Receiver().start();
    const s = await producer.client.subscribe({ endPoint: receiver.url, resourceFilter: RESOURCE });
    await producer.client.waitUntilActive(s.id);
    const good = sampleEvent("dialogporten.dialog.activity.created.v1");
    const cases: [string, unknown][] = [
      // The overview's double-colon subject: receivers tolerate it, a producer must not emit it.
      ["double colon", { ...good, subject: "urn:altinn:organization:identifier-no::991825827" }],
      [
        "source names another activity",
        { ...good, data: { activityId: "8a0c1f4e-2b7d-4c1a-9e3f-5d6b7a8c9d0e" } },
      ],
      ["upper-case id", { ...good, id: good.id.toUpperCase() }],
      ["missing time", { ...good, time: undefined }],
      ["retired type", { ...good, type: "dialogporten.dialog.read.v1" }],
      [
        "validation event",
        {
          specversion: "1.0",
          id: good.id,
          source: "https://platform.altinn.no/events/api/v1/subscriptions/1",
          type: "platform.events.validatesubscription",
        },
      ],
    ];
    for (const [name, body] of cases) {
      const response = await post(producer.service.url, JSON.stringify(body));
      expect(response.status, name).toBe(400);
      const problem = (await response.json()) as { errors: { pointer: string; message: string }[] };
      expect(problem.errors.length, name).toBeGreaterThan(0);
    }
    expect((await post(producer.service.url, "{not json")).status).toBe(400);
    expect((await post(producer.service.url, JSON.stringify(good), "application/json")).status).toBe(415);
    const stats = await producer.client.stats();
    expect(stats.events).toBe(1); // only the subscription's validation event
    expect(stats.byType.map((t) => t.type)).toEqual(["platform.events.validatesubscription"]);
    expect(receiver.events()).toHaveLength(0);
    const metrics = await (await fetch(`${producer.service.url}/metrics`)).text();
    expect(metrics).toContain("producer_events_rejected_total 7");
  });
});
