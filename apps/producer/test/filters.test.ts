import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { sampleEvent } from "../src/emit/trigger.js";
import { matches } from "../src/subscriptions/filters.js";
import { parseUnitTree } from "../src/subscriptions/units.js";
import { RESOURCE, startProducer, type TestProducer } from "./support/producer.js";
import { Receiver, waitFor } from "./support/receiver.js";

const none = {
  resourceFilter: null,
  subjectFilter: null,
  typeFilter: null,
  sourceFilter: null,
  alternativeSubjectFilter: null,
  includeSubunits: false,
};
const event = {
  type: "dialogporten.dialog.created.v1",
  resource: "urn:altinn:resource:a",
  subject: "urn:altinn:person:identifier-no:12345678901",
};

describe("filter matching", () => {
  it("is exact, case-sensitive, and an empty typeFilter matches nothing", () => {
    expect(matches(none, event)).toBe(true);
    expect(matches({ ...none, resourceFilter: "urn:altinn:resource:a" }, event)).toBe(true);
    expect(matches({ ...none, resourceFilter: "urn:altinn:resource" }, event)).toBe(false);
    expect(matches({ ...none, typeFilter: "dialogporten.dialog.created.v1" }, event)).toBe(true);
    expect(matches({ ...none, typeFilter: "dialogporten.dialog.*" }, event)).toBe(false);
    expect(matches({ ...none, typeFilter: "" }, event)).toBe(false);
    expect(matches({ ...none, subjectFilter: event.subject.toUpperCase() }, event)).toBe(false);
  });
});

describe("subunit fan-out", () => {
  const org = (n: string) => `urn:altinn:organization:identifier-no:${n}`;
  const units = parseUnitTree({ "991825827": ["973861778", "974760673"] });
  const onMain = { ...none, subjectFilter: org("991825827"), includeSubunits: true };
  const at = (subject: string) => ({ ...event, subject });

  it("gives a main unit's subscription its subunits' events only with includeSubunits", () => {
    expect(matches(onMain, at(org("991825827")), units)).toBe(true);
    expect(matches(onMain, at(org("973861778")), units)).toBe(true);
    expect(matches(onMain, at(org("974760673")), units)).toBe(true);
    expect(matches(onMain, at(org("912345678")), units)).toBe(false);
    expect(matches({ ...onMain, includeSubunits: false }, at(org("973861778")), units)).toBe(false);
    // A subunit's subscription does not get the main unit's events.
    expect(matches({ ...onMain, subjectFilter: org("973861778") }, at(org("991825827")), units)).toBe(false);
    expect(matches({ ...onMain, subjectFilter: "/org/991825827" }, at("/org/973861778"), units)).toBe(true);
    expect(matches(onMain, at("/org/973861778"), units)).toBe(false);
  });

  it("refuses a unit tree file that is not one, naming where", () => {
    expect(() => parseUnitTree({ "991825827": ["97386177"] })).toThrow(/"\/991825827\/0"/);
    expect(() => parseUnitTree({ x: [] })).toThrow(/"\/x"/);
    expect(() => parseUnitTree([])).toThrow(/at ""/);
  });
});

let producer: TestProducer | undefined;
const receivers: Receiver[] = [];
afterEach(async () => {
  await producer?.stop();
  await Promise.all(receivers.splice(0).map((r) => r.stop()));
});

describe("fan-out to subscriptions over HTTP", () => {
  it("delivers each event only to the subscriptions whose filters all match", async () => {
    producer = await startProducer();
    const party = "urn:altinn:person:identifier-no:12345678901";
    const [a, b] = ["urn:altinn:resource:a", "urn:altinn:resource:b"];
    // The broker requires a resource filter; each other filter narrows it.
    const filters: Record<string, string>[] = [
      { resourceFilter: a },
      { resourceFilter: a, subjectFilter: party },
      { resourceFilter: a, typeFilter: "dialogporten.dialog.seen.v1" },
      { resourceFilter: a, typeFilter: "" },
      { resourceFilter: b, subjectFilter: party },
      { resourceFilter: b },
    ];
    for (const f of filters) {
      const r = await new Receiver().start();
      receivers.push(r);
      const s = await producer.client.subscribe({ endPoint: r.url, ...f });
      await producer.client.waitUntilActive(s.id);
    }
    const published = [
      sampleEvent("dialogporten.dialog.seen.v1", { resource: "urn:altinn:resource:a", party }),
      sampleEvent("dialogporten.dialog.seen.v1", { resource: "urn:altinn:resource:b" }),
      sampleEvent("dialogporten.dialog.created.v1", { resource: "urn:altinn:resource:a" }),
      sampleEvent("dialogporten.dialog.activity.information.v1", {
        resource: "urn:altinn:resource:b",
        party,
      }),
    ];
    for (const e of published) expect((await producer.client.publish(e)).status).toBe(200);
    await waitFor("settled", async () => {
      const s = await producer?.client.stats();
      return s && s.pending + s.retrying + s.inFlight === 0;
    });
    const got = receivers.map((r) =>
      r
        .events()
        .map((x) => published.findIndex((p) => p.id === x.json.id))
        .sort(),
    );
    expect(got).toEqual([[0, 2], [0], [0], [], [3], [1, 3]]);
  });
});

describe("subunit fan-out over HTTP", () => {
  it("delivers a subunit's event to the main unit's subscription with includeSubunits (unit tree from the sample file)", async () => {
    producer = await startProducer({
      unitsFile: fileURLToPath(new URL("../config/units.sample.json", import.meta.url)),
    });
    const org = (n: string) => `urn:altinn:organization:identifier-no:${n}`;
    const [withSubunits, withoutSubunits] = [await new Receiver().start(), await new Receiver().start()];
    receivers.push(withSubunits, withoutSubunits);
    for (const [r, includeSubunits] of [
      [withSubunits, true],
      [withoutSubunits, false],
    ] as const) {
      const s = await producer.client.subscribe({
        endPoint: r.url,
        resourceFilter: RESOURCE,
        subjectFilter: org("991825827"),
        includeSubunits,
      });
      await producer.client.waitUntilActive(s.id);
    }
    const published = ["991825827", "973861778", "310000002", "974760673"].map((n) =>
      sampleEvent("dialogporten.dialog.created.v1", { party: org(n) }),
    );
    for (const e of published) expect((await producer.client.publish(e)).status).toBe(200);
    await waitFor("settled", async () => {
      const s = await producer?.client.stats();
      return s && s.pending + s.retrying + s.inFlight === 0;
    });
    const got = (r: Receiver) =>
      r
        .events()
        .map((x) => published.findIndex((p) => p.id === x.json.id))
        .sort();
    expect(got(withSubunits)).toEqual([0, 1, 3]);
    expect(got(withoutSubunits)).toEqual([0]);
  });
});
