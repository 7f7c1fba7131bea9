// The pull API (`GET /events/api/v1/events`) over real HTTP, on a SQLite file and on PostgreSQL: paging with
// `next` to the end, `after` (unknown, 0), LIKE patterns in `type`, size bounds, subject vs the
// Altinn-AlternativeSubject header, query refusals, the visibility delay and retention.

import { dialogportenEventTypes } from "dialogporten-events";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { sampleEvent } from "../src/emit/trigger.js";
import { pageSize } from "../src/http/pull.js";
import type { Service } from "../src/service.js";
import { createTestDatabase, describePostgres, type TestDatabase } from "./support/postgres.js";
import { startProducer } from "./support/producer.js";
import { Receiver, waitFor } from "./support/receiver.js";
import { bearer } from "./support/tokens.js";

const R = "urn:altinn:resource:pull-test";
const OTHER = "urn:altinn:resource:other";

interface Running {
  service: Service;
  auth: Record<string, string>;
  stop(): Promise<void>;
}

type Start = (options?: { visibilityDelayMs?: number; timeScale?: number }) => Promise<Running>;

async function startWith(
  databaseUrl: string | undefined,
  options: Parameters<Start>[0] = {},
): Promise<Running> {
  const producer = await startProducer({
    ...options,
    maxConcurrency: 4,
    ...(databaseUrl ? { databaseUrl } : {}),
  });
  return { service: producer.service, auth: bearer(producer.token), stop: () => producer.stop() };
}

function pullSuite(start: Start) {
  let running: Running | undefined;
  let receiver: Receiver | undefined;
  afterEach(async () => {
    await running?.stop();
    await receiver?.stop();
    running = receiver = undefined;
  });

  const pull = (query: string, headers: Record<string, string> = {}) =>
    fetch(`${running?.service.url}/events/api/v1/events?${query}`, {
      headers: { ...running?.auth, ...headers },
    });
  const ids = async (response: Response) => {
    expect(response.status, await response.clone().text()).toBe(200);
    return ((await response.json()) as { id: string }[]).map((e) => e.id);
  };
  async function publish(events: { id: string }[]) {
    for (const e of events) expect((await running?.service.broker.publish(e))?.accepted).toBe(true);
  }

  it("pages oldest first and `next` (a full URL, parameters kept) leads through every event once", async () => {
    running = await start();
    const events = dialogportenEventTypes.map((t) => sampleEvent(t, { resource: R }));
    await publish([sampleEvent("dialogporten.dialog.created.v1", { resource: OTHER }), ...events]);

    const seen: string[] = [];
    let pages = 0;
    let next: string | null =
      `${running.service.url}/events/api/v1/events?resource=${encodeURIComponent(R)}&after=0&size=5`;
    while (next) {
      const response: Response = await fetch(next, { headers: running.auth });
      expect(response.headers.get("content-type")).toBe("application/cloudevents+json; charset=utf-8");
      const page = (await response.json()) as { id: string; resource: string; datacontenttype?: string }[];
      expect(page.every((e) => e.resource === R)).toBe(true);
      seen.push(...page.map((e) => e.id));
      next = response.headers.get("next");
      if (page.length === 0) expect(next).toBeNull();
      else {
        const url = new URL(next as string);
        expect(url.origin).toBe(running.service.url);
        expect(url.pathname).toBe("/events/api/v1/events");
        expect(Object.fromEntries(url.searchParams)).toEqual({
          resource: R,
          after: page.at(-1)?.id,
          size: "5",
        });
      }
      pages++;
    }
    expect(pages).toBe(6); // 5 + 5 + 5 + 5 + 3, then an empty page without `next`
    expect(seen).toEqual(events.map((e) => e.id));

    // The stored CloudEvent as receivers get it (datacontenttype added with data).
    const [activity] = (await (
      await pull(`resource=${R}&after=0&type=dialogporten.dialog.activity.created.v1`)
    ).json()) as {
      datacontenttype?: string;
    }[];
    expect(activity?.datacontenttype).toBe("application/json");
  });

  it("starts from the beginning for `after=0` and an unknown id, after the given one otherwise", async () => {
    running = await start();
    const events = Array.from({ length: 5 }, () =>
      sampleEvent("dialogporten.dialog.updated.v1", { resource: R }),
    );
    await publish(events);
    const all = events.map((e) => e.id);
    expect(await ids(await pull(`resource=${R}&after=0`))).toEqual(all);
    expect(await ids(await pull(`resource=${R}&after=no-such-id`))).toEqual(all);
    expect(await ids(await pull(`resource=${R}&after=${events[1]?.id}`))).toEqual(all.slice(2));
    expect(await ids(await pull(`resource=${R}&after=${events[4]?.id}`))).toEqual([]);
    expect((await pull(`resource=${R}&after=${events[4]?.id}`)).headers.get("next")).toBeNull();
  });

  it("matches `type` with LIKE: % and _ as wildcards, case-sensitive, repeatable", async () => {
    running = await start();
    const types = [
      "dialogporten.dialog.created.v1",
      "dialogporten.dialog.seen.v1",
      "dialogporten.dialog.activity.created.v1",
      "dialogporten.dialog.activity.information.v1",
    ] as const;
    const events = types.map((t) => sampleEvent(t, { resource: R }));
    await publish(events);
    const q = (...patterns: string[]) =>
      pull(`resource=${R}&after=0&${patterns.map((p) => `type=${encodeURIComponent(p)}`).join("&")}`);
    expect(await ids(await q("dialogporten.dialog.activity.%"))).toEqual([events[2]?.id, events[3]?.id]);
    expect(await ids(await q("%.created.v1"))).toEqual([events[0]?.id, events[2]?.id]);
    expect(await ids(await q("dialogporten.dialog.seen.v_"))).toEqual([events[1]?.id]);
    expect(await ids(await q("dialogporten_dialog_seen_v1"))).toEqual([events[1]?.id]);
    expect(await ids(await q("dialogporten.dialog.seen.v1", "dialogporten.dialog.created.v1"))).toEqual([
      events[0]?.id,
      events[1]?.id,
    ]);
    expect(await ids(await q("DIALOGPORTEN.%"))).toEqual([]);
    expect(await ids(await q("dialogporten.dialog.seen"))).toEqual([]);
    // A backslash escapes: `\_` is a literal underscore, which no type has.
    expect(await ids(await q("dialogporten\\_dialog%"))).toEqual([]);
  });

  it("takes a size below 1 as 50 and one above 1000 as 1000", async () => {
    running = await start();
    const events = Array.from({ length: 1001 }, () =>
      sampleEvent("dialogporten.dialog.seen.v1", { resource: R }),
    );
    await publish(events);
    expect(await ids(await pull(`resource=${R}&after=0&size=0`))).toEqual(
      events.slice(0, 50).map((e) => e.id),
    );
    expect(await ids(await pull(`resource=${R}&after=0&size=-7`))).toHaveLength(50);
    expect(await ids(await pull(`resource=${R}&after=0`))).toHaveLength(50);
    expect(await ids(await pull(`resource=${R}&after=0&size=3`))).toHaveLength(3);
    expect(await ids(await pull(`resource=${R}&after=0&size=5000`))).toEqual(
      events.slice(0, 1000).map((e) => e.id),
    );
  });

  it("filters by subject; subject and Altinn-AlternativeSubject together are refused", async () => {
    running = await start();
    const a = "urn:altinn:organization:identifier-no:991825827";
    const b = "urn:altinn:person:identifier-no:08895699684";
    const events = [a, b, a].map((party) =>
      sampleEvent("dialogporten.dialog.updated.v1", { resource: R, party }),
    );
    await publish(events);
    expect(await ids(await pull(`resource=${R}&after=0&subject=${a}`))).toEqual([
      events[0]?.id,
      events[2]?.id,
    ]);
    expect(await ids(await pull(`resource=${R}&after=0&subject=`))).toHaveLength(3);
    // No Dialogporten event carries an alternative subject.
    expect(
      await ids(await pull(`resource=${R}&after=0`, { "altinn-alternativesubject": "/person/1" })),
    ).toEqual([]);
    const both = await pull(`resource=${R}&after=0&subject=${a}`, {
      "Altinn-AlternativeSubject": "/person/1",
    });
    expect(both.status).toBe(400);
    expect(both.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(((await both.json()) as { issues: unknown[] }).issues).toEqual([
      expect.objectContaining({ in: "querystring", pointer: "/subject" }),
      expect.objectContaining({ in: "headers", pointer: "/altinn-alternativesubject" }),
    ]);
  });

  it("refuses a query without resource or after, or with a resource that is not urn:altinn:resource:", async () => {
    running = await start();
    const cases: [string, string][] = [
      ["after=0", "/resource"],
      [`resource=${R}`, "/after"],
      [`resource=${R}&after=`, "/after"],
      ["resource=urn:altinn:app:x&after=0", "/resource"],
      [`resource=${R}&after=0&size=ten`, "/size"],
    ];
    for (const [query, pointer] of cases) {
      const response = await pull(query);
      expect(response.status, query).toBe(400);
      expect(((await response.json()) as { issues: unknown[] }).issues, query).toContainEqual(
        expect.objectContaining({ in: "querystring", pointer }),
      );
    }
  });

  it("shows an event only once the visibility delay has passed", async () => {
    running = await start({ visibilityDelayMs: 800 });
    const event = sampleEvent("dialogporten.dialog.created.v1", { resource: R });
    const publishedAt = Date.now();
    await publish([event]);
    expect(await ids(await pull(`resource=${R}&after=0`))).toEqual([]);
    // `after` naming the invisible event starts from the beginning too: it is not known yet.
    expect(await ids(await pull(`resource=${R}&after=${event.id}`))).toEqual([]);
    await waitFor(
      "the event to become visible",
      async () => (await ids(await pull(`resource=${R}&after=0`))).length > 0,
    );
    expect(Date.now() - publishedAt).toBeGreaterThanOrEqual(800);
    expect(await ids(await pull(`resource=${R}&after=0`))).toEqual([event.id]);
  });

  it("prunes events past retention, keeping those still being delivered", async () => {
    running = await start({ timeScale: 1 }); // the first retry is 10 s away: the delivery stays pending
    receiver = await new Receiver(({ json }) => ({
      status: json.type.startsWith("platform") ? 200 : 500,
    })).start();
    const subscribed = await running.service.broker.subscribe({
      endPoint: receiver.url,
      resourceFilter: R,
      subjectFilter: null,
      typeFilter: null,
      sourceFilter: null,
      alternativeSubjectFilter: null,
      includeSubunits: false,
      consumer: "/org/digdir",
    });
    await waitFor(
      "validation",
      async () => (await running?.service.broker.getSubscription(subscribed.id))?.status === "active",
    );
    const pending = sampleEvent("dialogporten.dialog.created.v1", { resource: R });
    const done = sampleEvent("dialogporten.dialog.created.v1", { resource: OTHER });
    await publish([pending, done]);
    await waitFor("the failed attempt", () => receiver?.events().length);
    const ninetyOneDays = Date.now() + 91 * 24 * 3600 * 1000;
    expect(await running.service.broker.prune(Date.now())).toBe(0);
    expect(await running.service.broker.prune(ninetyOneDays)).toBe(2); // `done` and the validation event
    expect(await ids(await pull(`resource=${OTHER}&after=0`))).toEqual([]);
    expect(await ids(await pull(`resource=${R}&after=0`))).toEqual([pending.id]);
  });
}

describe("pull API: sqlite", () => {
  it("clamps sizes as Altinn Events", () => {
    expect([0, -1, 1, 50, 1000, 1001, 5000].map(pageSize)).toEqual([50, 50, 1, 50, 1000, 1000, 1000]);
    expect(pageSize(undefined)).toBe(50);
  });
  pullSuite((options) => startWith(undefined, options));
});

describePostgres("pull API: postgres", (serverUrl) => {
  const databases: TestDatabase[] = [];
  afterAll(() => Promise.all(databases.map((d) => d.drop())));
  pullSuite(async (options) => {
    const db = await createTestDatabase(serverUrl, "producer_pull");
    databases.push(db);
    return startWith(db.url, options);
  });
});
