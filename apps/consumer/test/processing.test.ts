import { createEvent, type DialogCreatedV1Event } from "dialogporten-events";
import { describe, expect, expectTypeOf, it } from "vitest";
import type { InboxItem } from "../src/index.js";
import { nextAttemptAt } from "../src/processing/backoff.js";
import { SECRET, startConsumer, waitFor } from "./helpers.js";

const created = () =>
  createEvent("dialogporten.dialog.created.v1", {
    resource: "urn:altinn:resource:test-service",
    resourceinstance: "0194fb2d-1bb5-7a1e-9b8b-4bc1c1d5c1f4",
    subject: "urn:altinn:person:identifier-no:01017012345",
  });

describe("processing", () => {
  it("runs handlers after the answer with the event narrowed to its type", async () => {
    const c = await startConsumer();
    const seen: string[] = [];
    c.consumer.on("dialogporten.dialog.created.v1", (event, context) => {
      expectTypeOf(event).toEqualTypeOf<DialogCreatedV1Event>();
      seen.push(`${event.resourceinstance} ${context.attempt}`);
    });
    await c.post(created());
    await waitFor(async () => (seen.length ? true : undefined));
    expect(seen).toEqual(["0194fb2d-1bb5-7a1e-9b8b-4bc1c1d5c1f4 1"]);
    await c.stop();
  });

  it("retries a failing handler with backoff until it succeeds, and processes the item once", async () => {
    const c = await startConsumer();
    const attempts: number[] = [];
    c.consumer.on("dialogporten.dialog.created.v1", (_event, { attempt }) => {
      attempts.push(attempt);
      if (attempt < 3) throw new Error(`flaky ${attempt}`);
    });
    const { inboxId } = (await (await c.post(created())).json()) as { inboxId: number };
    const stats = await c.drained();
    expect(attempts).toEqual([1, 2, 3]);
    expect(stats).toMatchObject({ processed: 1, failed: 0, pending: 0 });
    expect(await c.api<InboxItem>(`/api/events/${inboxId}`)).toMatchObject({
      status: "processed",
      attempts: 3,
      lastError: null,
    });
    await c.stop();
  });

  it("parks an item after the last attempt, lists it, and retries it on request", async () => {
    const c = await startConsumer({ retry: { maxAttempts: 2, baseDelayMs: 5, maxDelayMs: 10 } });
    let broken = true;
    c.consumer.on("dialogporten.dialog.created.v1", () => {
      if (broken) throw new Error("downstream is down");
    });
    const { inboxId } = (await (await c.post(created())).json()) as { inboxId: number };
    const parked = await waitFor(async () => {
      const { events } = await c.api<{ events: InboxItem[] }>("/api/failed");
      return events.length ? events : undefined;
    });
    expect(parked).toMatchObject([
      { id: inboxId, status: "failed", attempts: 2, lastError: "downstream is down" },
    ]);
    expect(await c.stats()).toMatchObject({ failed: 1, processed: 0, dialogs: 0 });

    broken = false;
    const retry = await fetch(`${c.url}/api/failed/${inboxId}/retry?code=${SECRET}`, { method: "POST" });
    expect(retry.status).toBe(202);
    await waitFor(async () => ((await c.stats()).processed === 1 ? true : undefined));
    expect(await c.stats()).toMatchObject({ failed: 0, processed: 1, dialogs: 1 });
    const again = await fetch(`${c.url}/api/failed/${inboxId}/retry?code=${SECRET}`, { method: "POST" });
    expect(again.status).toBe(404);
    const nonsense = await fetch(`${c.url}/api/failed/abc/retry?code=${SECRET}`, { method: "POST" });
    expect(nonsense.status).toBe(404);
    expect((await fetch(`${c.url}/api/events/abc?code=${SECRET}`)).status).toBe(404);
    await c.stop();
  });

  it("resumes unprocessed items after a restart on the same data dir", async () => {
    const first = await startConsumer({ processing: false });
    for (let i = 0; i < 5; i++) expect((await first.post(created())).status).toBe(200);
    expect(await first.stats()).toMatchObject({ accepted: 5, pending: 5, processed: 0 });
    await first.consumer.close();

    let calls = 0;
    const second = await startConsumer({}, first.dataDir, (consumer) =>
      consumer.on("dialogporten.dialog.created.v1", () => {
        calls++;
      }),
    );
    expect(await second.drained()).toMatchObject({ accepted: 5, processed: 5, pending: 0 });
    expect(calls).toBe(5);
    await second.stop();
  });

  it("backs off exponentially with jitter, capped, and parks after the last attempt", () => {
    const policy = { maxAttempts: 4, baseDelayMs: 1000, maxDelayMs: 3000 };
    const now = new Date(0);
    const delay = (attempts: number, r: number) => nextAttemptAt(policy, attempts, now, () => r)?.getTime();
    expect([delay(1, 0), delay(1, 1)]).toEqual([500, 1000]);
    expect([delay(2, 0), delay(2, 1)]).toEqual([1000, 2000]);
    expect(delay(3, 1)).toBe(3000);
    expect(delay(4, 0)).toBeUndefined();
  });
});
