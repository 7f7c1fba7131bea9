// The whole loop against the real thing: API calls to this producer's Dialogporten stand-in, its events
// delivered by the broker (reordered and duplicated on purpose), the consumer (`createConsumer`, a declared
// dependency) storing them and fetching each dialog back from the same stand-in. The consumer's snapshots
// must converge on the stand-in's own GETs, in the service-owner view and in the end-user view (whose GETs
// make the stand-in emit `updated` + `seen` of its own: the feedback loop the consumer's README describes).

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Consumer, createConsumer, type DialogSnapshot } from "@dialogporten-events/consumer";
import { afterEach, describe, expect, it } from "vitest";
import { DIALOGPORTEN_SCOPES } from "../src/auth/scopes.js";
import { activity, apiFor, dialog, freshResource, newId, PID, transmission } from "./support/dialogporten.js";
import { startProducer, type TestProducer } from "./support/producer.js";
import { waitFor } from "./support/receiver.js";

const SECRET = "enrichment-loop-secret";
const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0).reverse()) await stop();
});

async function setUp(view: "serviceowner" | "enduser") {
  const producer: TestProducer = await startProducer({
    timeScale: 0.001,
    deliveryChaos: { reorderMs: 40, duplicateRate: 0.3, seed: 11 },
  });
  stops.push(() => producer.stop());
  const api = await apiFor(producer);
  const token =
    view === "serviceowner"
      ? await producer.service.tokens.mint({ scopes: [DIALOGPORTEN_SCOPES.serviceOwner], org: "digdir" })
      : await producer.service.tokens.mint({ scopes: [DIALOGPORTEN_SCOPES.endUser], pid: PID });
  const dataDir = mkdtempSync(join(tmpdir(), "enrichment-loop-"));
  const consumer: Consumer = createConsumer({
    dataDir,
    secret: SECRET,
    logLevel: "silent",
    idlePollMs: 20,
    enrichment: {
      url: `${producer.service.url}/dialogporten`,
      token: { token },
      view,
      maxFetchesPerSecond: 200,
      concurrency: 4,
      backoff: { baseDelayMs: 50, maxDelayMs: 200 },
      pollMs: 50,
      notFoundAttempts: 40,
    },
  });
  const url = await consumer.start({ port: 0 });
  stops.push(async () => {
    await consumer.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  const resource = freshResource();
  const subscription = await producer.client.subscribe({
    endPoint: `${url}/webhook?code=${SECRET}`,
    resourceFilter: resource,
  });
  await producer.client.waitUntilActive(subscription.id);
  return { producer, api, consumer, resource };
}

/** The stand-in's own GET of a dialog, in the consumer's view. */
async function standIn(api: Awaited<ReturnType<typeof apiFor>>, view: string, dialogId: string) {
  const res = view === "serviceowner" ? await api.so("GET", `/${dialogId}`) : await api.eu(PID, dialogId);
  return { status: res.status, body: res.ok ? ((await res.json()) as { revision: string }) : undefined };
}

describe("the consumer enriches from this stand-in, under reordering and duplicates", () => {
  it("service-owner view: every snapshot converges on the stand-in's GET", async () => {
    const { api, consumer, resource } = await setUp("serviceowner");
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const id = await api.create(
        dialog(resource, {
          transmissions: [transmission()],
          activities: [activity("DialogCreated"), activity("FormSubmitted")],
        }),
      );
      ids.push(id);
      expect((await api.so("POST", `/${id}/activities`, activity("Information"))).status).toBe(201);
      expect((await api.so("POST", `/${id}/transmissions`, transmission())).status).toBe(201);
    }
    // One deleted, one deleted and restored, one purged.
    expect((await api.so("DELETE", `/${ids[1]}`)).status).toBe(204);
    expect((await api.so("DELETE", `/${ids[2]}`)).status).toBe(204);
    expect((await api.so("POST", `/${ids[2]}/actions/restore`)).status).toBe(204);
    expect((await api.so("POST", `/${ids[3]}/actions/purge`)).status).toBe(204);

    await waitFor(
      "every snapshot to equal the stand-in's GET",
      async () => {
        for (const id of ids) {
          const [snapshot, own] = await Promise.all([
            consumer.snapshot(id),
            standIn(api, "serviceowner", id),
          ]);
          if (!snapshot || snapshot.pending) return false;
          if (own.status === 404) {
            if (snapshot.status !== "deleted") return false;
          } else if (JSON.stringify(snapshot.dialog) !== JSON.stringify(own.body)) return false;
        }
        return true;
      },
      20_000,
    );
    const snapshots = (await Promise.all(ids.map((id) => consumer.snapshot(id)))) as DialogSnapshot[];
    expect(snapshots.map((s) => s.status)).toEqual(["present", "deleted", "present", "deleted"]);
    expect(snapshots[1]?.dialog).toMatchObject({ deletedAt: expect.any(String) });
    // The broker did duplicate (the chaos is on), and the consumer stored each event once.
    const stats = await consumer.store.stats();
    expect(stats.duplicates).toBeGreaterThan(0);
    // Every event the stand-in emitted, plus the subscription's validation handshake.
    expect(stats.accepted).toBe((await api.events(resource)).length + 1);
  });

  it("end-user view: a dialog not yet visible is fetched once it is, and the feedback pair settles", async () => {
    const { api, consumer, resource } = await setUp("enduser");
    // Far enough ahead that the first look below still comes before it on a loaded machine.
    const visibleFrom = new Date(Date.now() + 3_000).toISOString();
    const hidden = await api.create(
      dialog(resource, { visibleFrom, activities: [activity("DialogCreated")] }),
    );
    const open = await api.create(dialog(resource, { id: newId(), activities: [activity("DialogCreated")] }));
    // Before visibleFrom the end-user GET answers 404: the consumer keeps trying.
    expect((await standIn(api, "enduser", hidden)).status).toBe(404);

    await waitFor(
      "both dialogs fetched as present",
      async () => {
        for (const id of [hidden, open]) {
          const snapshot = await consumer.snapshot(id);
          if (!snapshot || snapshot.pending || snapshot.status !== "present") return false;
        }
        return true;
      },
      20_000,
    );
    // The consumer's own end-user GETs made the stand-in emit one `updated` + `seen` per dialog, and
    // fetching again after them changed nothing: the loop stopped.
    await waitFor(
      "one updated + seen pair per dialog, and no fetch pending",
      async () => {
        const events = await api.events(resource);
        const seen = events.filter((e) => e.type === "dialogporten.dialog.seen.v1");
        const snapshots = await Promise.all([hidden, open].map((id) => consumer.snapshot(id)));
        return seen.length === 2 && snapshots.every((s) => s && !s.pending);
      },
      20_000,
    );
    const types = (await api.events(resource)).map((e) => e.type).sort();
    expect(types.filter((t) => t === "dialogporten.dialog.updated.v1")).toHaveLength(2);
    expect(types.filter((t) => t === "dialogporten.dialog.seen.v1")).toHaveLength(2);
    for (const id of [hidden, open]) {
      const own = await standIn(api, "enduser", id);
      expect((await consumer.snapshot(id))?.revision).toBe(own.body?.revision);
    }
  });
});
