import { SUBSCRIPTION_VALIDATION_TYPE, validateEvent } from "dialogporten-events";
import { afterEach, describe, expect, it } from "vitest";
import { SCOPES } from "../src/auth/scopes.js";
import { sampleEvent } from "../src/emit/trigger.js";
import { RESOURCE, startProducer, type TestProducer } from "./support/producer.js";
import { Receiver, waitFor } from "./support/receiver.js";
import { bearer, mintToken } from "./support/tokens.js";

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
    const created = await producer.client.subscribe({
      endPoint: `${receiver.url}?code=s3cret`,
      resourceFilter: RESOURCE,
    });
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
    const { id } = await producer.client.subscribe({ endPoint: receiver.url, resourceFilter: RESOURCE });
    await waitFor("failure", async () => (await producer?.client.subscription(id))?.status === "failed");
    expect(receiver.received).toHaveLength(12);
  });

  it("creates (201, Location singular), lists, gets and deletes; another consumer gets 403", async () => {
    producer = await startProducer();
    const base = `${producer.service.url}/events/api/v1/subscriptions`;
    const auth = bearer(producer.token);
    const created = await fetch(base, {
      method: "POST",
      headers: { "content-type": "application/json", ...auth },
      body: JSON.stringify({ endPoint: "http://127.0.0.1:9/a", resourceFilter: "URN:altinn:resource:X" }),
    });
    expect(created.status).toBe(201);
    const a = (await created.json()) as { id: number };
    expect(created.headers.get("location")).toBe(`/events/api/v1/subscription/${a.id}`);
    const b = await producer.client.subscribe({ endPoint: "http://127.0.0.1:9/b", resourceFilter: RESOURCE });
    const list = (await (await fetch(base, { headers: auth })).json()) as {
      count: number;
      subscriptions: { id: number }[];
    };
    expect(list.subscriptions.map((s) => s.id)).toEqual([a.id, b.id]);
    expect(await producer.client.subscription(a.id)).toMatchObject({
      resourceFilter: "urn:altinn:resource:x", // stored lower-cased
      subjectFilter: null,
      includeSubunits: false,
      consumer: "/org/digdir",
      validated: false,
    });

    const other = bearer(await mintToken(producer.dataDir, [SCOPES.subscribe], "skd"));
    expect(((await (await fetch(base, { headers: other })).json()) as { count: number }).count).toBe(0);
    expect((await fetch(`${base}/${a.id}`, { headers: other })).status).toBe(403);
    expect((await fetch(`${base}/${a.id}`, { method: "DELETE", headers: other })).status).toBe(403);

    expect((await fetch(`${base}/${a.id}`, { method: "DELETE", headers: auth })).status).toBe(200);
    expect((await fetch(`${base}/${a.id}`, { headers: auth })).status).toBe(404);
    expect((await fetch(`${base}/${a.id}`, { method: "DELETE", headers: auth })).status).toBe(404);
  });

  it("refuses each invalid subscription with a pointer to the field", async () => {
    producer = await startProducer();
    const post = (body: object) =>
      fetch(`${producer?.service.url}/events/api/v1/subscriptions`, {
        method: "POST",
        headers: { "content-type": "application/json", ...bearer(producer?.token ?? "") },
        body: JSON.stringify(body),
      });
    const ok = { endPoint: "https://example.com/hook", resourceFilter: RESOURCE };
    const cases: [object, string, string][] = [
      [{ resourceFilter: RESOURCE }, "/endPoint", "required"],
      [{ endPoint: ok.endPoint }, "/resourceFilter", "required"],
      [{ ...ok, endPoint: "/relative" }, "/endPoint", "format"],
      [{ ...ok, endPoint: "http://example.com/hook" }, "/endPoint", "protocol"],
      [{ ...ok, endPoint: "ftp://127.0.0.1/hook" }, "/endPoint", "protocol"],
      [{ ...ok, resourceFilter: "urn:altinn:resource:with space" }, "/resourceFilter", "pattern"],
      [{ ...ok, resourceFilter: "not-a-urn" }, "/resourceFilter", "pattern"],
      [{ ...ok, sourceFilter: "https://x" }, "/sourceFilter", "app-only"],
      [{ ...ok, alternativeSubjectFilter: "/person/1" }, "/alternativeSubjectFilter", "app-only"],
      [{ ...ok, includeSubunits: true }, "/includeSubunits", "requires-subject"],
      [{ ...ok, includeSubunits: "yes" }, "/includeSubunits", "type"],
      [{ ...ok, typeFilter: 7 }, "/typeFilter", "type"],
    ];
    for (const [body, pointer, keyword] of cases) {
      const res = await post(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
      const problem = (await res.json()) as { issues: { in: string; pointer: string; keyword: string }[] };
      expect(problem.issues, JSON.stringify(body)).toContainEqual(
        expect.objectContaining({ in: "body", pointer, keyword }),
      );
    }
    // What is allowed: http on loopback, app resources with their own filters, subunits with a subject.
    for (const body of [
      { ...ok, endPoint: "http://localhost:1/x" },
      { ...ok, endPoint: "http://[::1]:1/x" },
      {
        ...ok,
        resourceFilter: "urn:altinn:resource:app_ttd_app",
        sourceFilter: "https://ttd.apps.altinn.no/ttd/app",
      },
      {
        ...ok,
        resourceFilter: "urn:altinn:resource:app_ttd_app",
        alternativeSubjectFilter: "/person/01017012345",
      },
      { ...ok, subjectFilter: "urn:altinn:organization:identifier-no:991825827", includeSubunits: true },
    ])
      expect((await post(body)).status, JSON.stringify(body)).toBe(201);
  });
});
