// Enrichment against a fake Dialogporten on loopback (`fake-dialogporten.ts`), on both stores: the dialog
// behind each stored Dialogporten event is fetched and its latest snapshot kept; fetches are coalesced per
// dialog, paced, retried with backoff, and never hold up the event itself.

import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createEvent, type DialogportenEvent, type DialogportenEventType } from "dialogporten-events";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { readConfig } from "../src/config.js";
import {
  type ConsumerOptions,
  createConsumer,
  type DialogSnapshot,
  type EnrichmentOptions,
  openSqliteStore,
} from "../src/index.js";
import { replaces } from "../src/store/snapshots.js";
import { FakeDialogporten, type ForcedAnswer } from "./fake-dialogporten.js";
import { type Running, SECRET, startConsumer, waitFor } from "./helpers.js";
import { targets } from "./targets.js";

const PARTY = "urn:altinn:organization:identifier-no:991825827";
let second = 0;

/** An event of `dialogId` with a fresh id, each a second later than the one before. */
function eventOf(type: DialogportenEventType, dialogId: string): DialogportenEvent {
  second++;
  const fields = {
    resource: "urn:altinn:resource:super-simple-service",
    resourceinstance: dialogId,
    subject: PARTY,
    time: new Date(Date.UTC(2026, 2, 1, 10) + second * 1000).toISOString(),
    ...(type.startsWith("dialogporten.dialog.activity.") ? { data: { activityId: randomUUID() } } : {}),
  };
  return createEvent(type as "dialogporten.dialog.created.v1", fields as never);
}

const newDialogId = () => randomUUID();

const metricsOf = async (r: Running) =>
  (await fetch(`${r.url}/metrics`, { headers: { authorization: `Bearer ${SECRET}` } })).text();

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

for (const target of targets()) {
  describe.skipIf(!target.available)(`enrichment (${target.name})`, () => {
    let fake: FakeDialogporten;
    const running: Running[] = [];
    beforeEach(async () => {
      fake = new FakeDialogporten();
      await fake.start();
    });
    afterEach(async () => {
      for (const r of running.splice(0)) await r.stop();
      await fake.stop();
    });
    afterAll(() => target.cleanup());

    async function start(
      enrichment: Partial<EnrichmentOptions> = {},
      options: ConsumerOptions = {},
      dataDir?: string,
    ) {
      const r = await startConsumer(
        {
          ...(options.databaseUrl ? {} : await target.options()),
          ...options,
          enrichment: {
            url: fake.url,
            token: { token: "good-token" },
            pollMs: 20,
            backoff: { baseDelayMs: 40, maxDelayMs: 200 },
            maxFetchesPerSecond: 1000,
            ...enrichment,
          },
        },
        dataDir,
      );
      running.push(r);
      return r;
    }

    async function post(r: Running, event: unknown) {
      const res = await r.post(event);
      expect(res.status).toBe(200);
      return (await res.json()) as { status: string };
    }

    const snapshotWhen = (r: Running, dialogId: string, ok: (s: DialogSnapshot) => boolean, ms = 10_000) =>
      waitFor(async () => {
        const s = await r.consumer.snapshot(dialogId);
        return s && ok(s) && !s.pending ? s : undefined;
      }, ms);

    it("fetches the dialog behind an activity that came before created; not for foreign or validation events", async () => {
      const r = await start();
      const dialogId = newDialogId();
      const dialog = fake.put(dialogId);
      await post(r, eventOf("dialogporten.dialog.activity.information.v1", dialogId));
      await post(r, eventOf("dialogporten.dialog.created.v1", dialogId));
      await post(r, {
        specversion: "1.0",
        id: "foreign-1",
        source: "urn:example:other-producer",
        type: "com.example.thing.v1",
      });
      await post(r, {
        specversion: "1.0",
        id: randomUUID(),
        source: "https://platform.altinn.no/events/api/v1/subscriptions/1",
        type: "platform.events.validatesubscription",
      });
      const snapshot = await snapshotWhen(r, dialogId, (s) => s.status === "present");
      expect(snapshot).toMatchObject({
        dialogId,
        status: "present",
        revision: dialog.revision,
        lastError: null,
      });
      expect(snapshot.dialog).toEqual(dialog);
      expect(snapshot.updatedAt).toBe(new Date(Date.parse(dialog.updatedAt as string)).toISOString());
      await r.drained();
      // Both events were processed as without enrichment; only the one dialog was asked for, by the service
      // owner's view, with the token.
      expect((await r.stats()).processed).toBe(4);
      expect(new Set(fake.calls.map((c) => c.dialogId))).toEqual(new Set([dialogId]));
      expect(fake.calls.length).toBeGreaterThanOrEqual(1);
      expect(fake.calls.length).toBeLessThanOrEqual(2);
      expect(
        fake.calls.every((c) => c.view === "serviceowner" && c.authorization === "Bearer good-token"),
      ).toBe(true);
      expect(await r.consumer.store.pendingFetches()).toBe(0);
    });

    it("stores one snapshot for a duplicate and fetches once", async () => {
      const r = await start();
      const dialogId = newDialogId();
      fake.put(dialogId);
      const event = eventOf("dialogporten.dialog.created.v1", dialogId);
      expect((await post(r, event)).status).toBe("accepted");
      await snapshotWhen(r, dialogId, (s) => s.status === "present");
      expect((await post(r, event)).status).toBe("duplicate");
      await sleep(300); // time for a fetch the duplicate would have caused
      expect(fake.callsFor(dialogId)).toHaveLength(1);
      expect(await r.consumer.store.pendingFetches()).toBe(0);
    });

    it("coalesces a burst: 50 events on one dialog during a fetch cost one more fetch, which sees the end", async () => {
      const r = await start();
      const dialogId = newDialogId();
      fake.put(dialogId, { progress: 0 });
      let open = () => {};
      fake.gate = new Promise((resolve) => {
        open = resolve;
      });
      await post(r, eventOf("dialogporten.dialog.created.v1", dialogId));
      // The first fetch is in flight (answered as the dialog stood then, held at the gate) ...
      await waitFor(async () => (fake.callsFor(dialogId).length === 1 ? true : undefined));
      // ... while 49 more events arrive, each after a change of the dialog, as a real one's do.
      for (let i = 1; i < 50; i++) {
        fake.put(dialogId, { progress: i });
        await post(r, eventOf("dialogporten.dialog.updated.v1", dialogId));
      }
      expect(fake.callsFor(dialogId)).toHaveLength(1);
      fake.gate = undefined;
      open();
      const last = fake.dialogs.get(dialogId);
      const snapshot = await snapshotWhen(r, dialogId, (s) => s.revision === last?.revision);
      expect(snapshot.dialog).toMatchObject({ progress: 49 });
      await sleep(200);
      // The fetch in flight covered the first event; the 49 that came during it, one fetch more.
      expect(fake.callsFor(dialogId)).toHaveLength(2);
      expect(await metricsOf(r)).toMatch(/consumer_enrichment_fetches_total\{outcome="present"\} 2/);
      expect(await metricsOf(r)).toMatch(/consumer_enrichment_queue_depth 0/);
    });

    it("paces fetches and bounds those in flight", async () => {
      const r = await start({ maxFetchesPerSecond: 20, concurrency: 2 });
      fake.delayMs = 30;
      const ids = Array.from({ length: 12 }, newDialogId);
      for (const id of ids) {
        fake.put(id);
        await post(r, eventOf("dialogporten.dialog.created.v1", id));
      }
      for (const id of ids) await snapshotWhen(r, id, (s) => s.status === "present");
      const times = fake.calls.map((c) => c.at).sort((a, b) => a - b);
      expect(fake.calls).toHaveLength(12);
      // 12 starts at 20 per second, evenly paced: at least 11 intervals of 50 ms (a little slack for timers).
      expect((times.at(-1) as number) - (times[0] as number)).toBeGreaterThanOrEqual(11 * 50 - 30);
      expect(fake.maxInFlight).toBeLessThanOrEqual(2);
    });

    it("lets more than ten fetches wait for their turn without Node's listener-leak warning", async () => {
      // Each fetch waiting on the pacing listens on the enricher's one stop signal.
      const warnings: string[] = [];
      const onWarning = (warning: Error) => warnings.push(`${warning.name}: ${warning.message}`);
      process.on("warning", onWarning);
      try {
        const r = await start({ maxFetchesPerSecond: 50, concurrency: 16 });
        const ids = Array.from({ length: 16 }, newDialogId);
        for (const id of ids) fake.put(id);
        await Promise.all(ids.map((id) => post(r, eventOf("dialogporten.dialog.created.v1", id))));
        for (const id of ids) await snapshotWhen(r, id, (s) => s.status === "present");
      } finally {
        process.off("warning", onWarning);
      }
      expect(warnings.filter((w) => w.startsWith("MaxListenersExceededWarning"))).toEqual([]);
    });

    it("retries a 404 (not visible yet) until the dialog appears; gives up as not-yet-visible after the bound", async () => {
      const r = await start({ notFoundAttempts: 3 });
      const later = newDialogId();
      await post(r, eventOf("dialogporten.dialog.created.v1", later));
      await waitFor(async () => (fake.callsFor(later).length >= 2 ? true : undefined));
      const dialog = fake.put(later); // visibleFrom has come
      const snapshot = await snapshotWhen(r, later, (s) => s.status === "present");
      expect(snapshot.revision).toBe(dialog.revision);
      expect(fake.callsFor(later)).toHaveLength(3);

      const never = newDialogId();
      await post(r, eventOf("dialogporten.dialog.created.v1", never));
      const hidden = await snapshotWhen(r, never, (s) => s.status === "not-yet-visible");
      expect(hidden).toMatchObject({ revision: null, dialog: null });
      expect(fake.callsFor(never)).toHaveLength(3);
      await sleep(200);
      expect(fake.callsFor(never)).toHaveLength(3); // given up until the dialog's next event
      const metrics = await metricsOf(r);
      expect(metrics).toMatch(/consumer_enrichment_fetches_total\{outcome="not-found"\} [1-9]/);
      expect(metrics).toMatch(/consumer_enrichment_fetches_total\{outcome="not-yet-visible"\} 1/);
    });

    it("marks a dialog deleted on 410, and on 404 after a deleted event, keeping the last dialog seen", async () => {
      const r = await start({ notFoundAttempts: 5 });
      const gone = newDialogId();
      const before = fake.put(gone);
      await post(r, eventOf("dialogporten.dialog.created.v1", gone));
      await snapshotWhen(r, gone, (s) => s.status === "present");
      fake.answer = (call) => (call.dialogId === gone ? { status: 410 } : undefined);
      await post(r, eventOf("dialogporten.dialog.deleted.v1", gone));
      const deleted = await snapshotWhen(r, gone, (s) => s.status === "deleted");
      expect(deleted.dialog).toEqual(before);

      const purged = newDialogId();
      fake.put(purged);
      await post(r, eventOf("dialogporten.dialog.created.v1", purged));
      await snapshotWhen(r, purged, (s) => s.status === "present");
      fake.dialogs.delete(purged); // 404 from now on
      const calls = fake.callsFor(purged).length;
      await post(r, eventOf("dialogporten.dialog.deleted.v1", purged));
      await snapshotWhen(r, purged, (s) => s.status === "deleted");
      expect(fake.callsFor(purged)).toHaveLength(calls + 1); // no 404 retries: the delete explains it

      // The service-owner view answers a deleted dialog with `deletedAt`: deleted, with that dialog.
      const soft = newDialogId();
      fake.put(soft, { deletedAt: new Date().toISOString() });
      await post(r, eventOf("dialogporten.dialog.deleted.v1", soft));
      const softly = await snapshotWhen(r, soft, (s) => s.status === "deleted");
      expect(softly.dialog).toMatchObject({ id: soft });
    });

    it("reads the token file again after a 401", async () => {
      const dir = mkdtempSync(join(tmpdir(), "dialogporten-token-"));
      const tokenFile = join(dir, "token");
      writeFileSync(tokenFile, "expired-token\n");
      try {
        const r = await start({ token: { tokenFile } });
        const dialogId = newDialogId();
        fake.put(dialogId);
        await post(r, eventOf("dialogporten.dialog.created.v1", dialogId));
        // The 401 makes the client read the file again (still the old token) and ask once more.
        await waitFor(async () => (fake.callsFor(dialogId).length >= 2 ? true : undefined));
        writeFileSync(tokenFile, "good-token\n"); // renewed by someone else
        await snapshotWhen(r, dialogId, (s) => s.status === "present");
        const tokens = fake.callsFor(dialogId).map((c) => c.authorization);
        expect(tokens.slice(0, 2)).toEqual(["Bearer expired-token", "Bearer expired-token"]);
        expect(tokens.at(-1)).toBe("Bearer good-token");
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it("processes events while Dialogporten is down, and fetches once it is back", async () => {
      const r = await start();
      await fake.stop();
      const dialogId = newDialogId();
      fake.put(dialogId);
      await post(r, eventOf("dialogporten.dialog.created.v1", dialogId));
      await post(r, eventOf("dialogporten.dialog.activity.information.v1", dialogId));
      // The events are processed as usual; the fetch fails and is retried with backoff.
      const stats = await r.drained();
      expect(stats.processed).toBe(2);
      await waitFor(async () =>
        /consumer_enrichment_fetches_total\{outcome="failed"\} [2-9]/.test(await metricsOf(r))
          ? true
          : undefined,
      );
      expect(await r.consumer.snapshot(dialogId)).toBeUndefined();
      expect((await r.api<{ state: string }>(`/api/dialogs/${dialogId}`)).state).toBe("created");
      await fake.start();
      await snapshotWhen(r, dialogId, (s) => s.status === "present");
    });

    it("never lets one dialog's fetch hold up another's, nor the events", async () => {
      const r = await start({ concurrency: 2 });
      const stuck = newDialogId();
      const other = newDialogId();
      fake.put(stuck);
      fake.put(other);
      let open = () => {};
      fake.gate = new Promise((resolve) => {
        open = resolve;
      });
      fake.gated = (id) => id === stuck;
      await post(r, eventOf("dialogporten.dialog.created.v1", stuck));
      await waitFor(async () => (fake.callsFor(stuck).length === 1 ? true : undefined));
      await post(r, eventOf("dialogporten.dialog.created.v1", other));
      await post(r, eventOf("dialogporten.dialog.updated.v1", stuck));
      await snapshotWhen(r, other, (s) => s.status === "present");
      expect((await r.drained()).processed).toBe(3);
      expect(await r.consumer.snapshot(stuck)).toBeUndefined(); // still in flight
      open();
      await snapshotWhen(r, stuck, (s) => s.status === "present");
    });

    it("waits as long as Retry-After says on 503 and 429", async () => {
      const r = await start({ backoff: { baseDelayMs: 10, maxDelayMs: 20 } });
      const dialogId = newDialogId();
      fake.put(dialogId);
      fake.answer = (_call, nth): ForcedAnswer | undefined =>
        nth === 1
          ? {
              status: 503,
              headers: { "retry-after": "1", "content-type": "text/plain" },
              body: "maintenance",
            }
          : nth === 2
            ? { status: 429, headers: { "retry-after": "1" } }
            : undefined;
      await post(r, eventOf("dialogporten.dialog.created.v1", dialogId));
      await snapshotWhen(r, dialogId, (s) => s.status === "present");
      const [first, second, third] = fake.callsFor(dialogId).map((c) => c.at) as [number, number, number];
      expect(second - first).toBeGreaterThanOrEqual(950);
      expect(third - second).toBeGreaterThanOrEqual(950);
    });

    it("fetches after a restart what was stored but not yet fetched", async () => {
      const options = await target.options();
      const dataDir = mkdtempSync(join(tmpdir(), "consumer-test-"));
      // First run stores only (no worker, no enricher): the events' dialogs are marked in their transaction.
      const first = await startConsumer(
        {
          ...options,
          processing: false,
          enrichment: { url: fake.url, token: { token: "good-token" }, pollMs: 20 },
        },
        dataDir,
      );
      const ids = [newDialogId(), newDialogId()];
      for (const id of ids) {
        fake.put(id);
        await post(first, eventOf("dialogporten.dialog.created.v1", id));
        await post(first, eventOf("dialogporten.dialog.updated.v1", id));
      }
      expect(await first.consumer.store.pendingFetches()).toBe(2);
      await first.consumer.close();
      expect(fake.calls).toHaveLength(0);

      const second = await start({}, options, dataDir);
      for (const id of ids) await snapshotWhen(second, id, (s) => s.status === "present");
      expect(fake.calls).toHaveLength(2);
    });

    it("gives a fetch cut short by close back, and fetches it at the next start", async () => {
      const options = await target.options();
      const dataDir = mkdtempSync(join(tmpdir(), "consumer-test-"));
      const enrichment = { url: fake.url, token: { token: "good-token" }, pollMs: 20 };
      const first = await startConsumer({ ...options, enrichment }, dataDir);
      const dialogId = newDialogId();
      fake.put(dialogId);
      let open = () => {};
      fake.gate = new Promise((resolve) => {
        open = resolve;
      });
      await post(first, eventOf("dialogporten.dialog.created.v1", dialogId));
      await waitFor(async () => (fake.callsFor(dialogId).length === 1 ? true : undefined));
      await first.consumer.close(); // the fetch in flight is aborted
      fake.gate = undefined;
      open();
      expect(await first.consumer.store.snapshot(dialogId).catch(() => undefined)).toBeUndefined();
      // Not held by the stopped instance's lease (PostgreSQL would otherwise wait for it to expire).
      const second = await start({}, options, dataDir);
      await snapshotWhen(second, dialogId, (s) => s.status === "present", 5_000);
      expect(fake.callsFor(dialogId)).toHaveLength(2);
    });

    it("asks the end-user view when told to", async () => {
      const r = await start({ view: "enduser" });
      const dialogId = newDialogId();
      fake.put(dialogId);
      await post(r, eventOf("dialogporten.dialog.created.v1", dialogId));
      await snapshotWhen(r, dialogId, (s) => s.status === "present");
      expect(fake.callsFor(dialogId).map((c) => c.view)).toEqual(["enduser"]);
    });

    it("serves the snapshot read-only behind the secret", async () => {
      const r = await start();
      const dialogId = newDialogId();
      const dialog = fake.put(dialogId);
      await post(r, eventOf("dialogporten.dialog.created.v1", dialogId));
      const snapshot = await snapshotWhen(r, dialogId, (s) => s.status === "present");
      const path = `/api/dialogs/${dialogId}/snapshot`;
      const body = await r.api<DialogSnapshot>(path);
      expect(body).toEqual(snapshot);
      expect(body).toMatchObject({ dialogId, status: "present", revision: dialog.revision, pending: false });
      const upper = await r.api<DialogSnapshot>(`/api/dialogs/${dialogId.toUpperCase()}/snapshot`);
      expect(upper.dialogId).toBe(dialogId);
      expect((await fetch(`${r.url}${path}`)).status).toBe(401);
      expect((await fetch(`${r.url}${path}`, { headers: { authorization: "Bearer wrong" } })).status).toBe(
        401,
      );
      const missing = await fetch(`${r.url}/api/dialogs/${newDialogId()}/snapshot`, {
        headers: { authorization: `Bearer ${SECRET}` },
      });
      expect(missing.status).toBe(404);
      expect(missing.headers.get("content-type")).toMatch(/application\/problem\+json/);
      const wrongMethod = await fetch(`${r.url}${path}`, {
        method: "POST",
        headers: { authorization: `Bearer ${SECRET}` },
      });
      expect(wrongMethod.status).toBe(405);
    });

    it("keeps the newer snapshot when fetches finish out of order (store)", async () => {
      // The store only (no enricher racing the test), as two instances finishing one dialog would use it.
      const reopened = await startConsumer({
        ...(await target.options()),
        processing: false,
        enrichment: { url: fake.url, token: { token: "good-token" } },
      });
      running.push(reopened);
      const store = reopened.consumer.store;
      const dialogId = newDialogId();
      await post(reopened, eventOf("dialogporten.dialog.created.v1", dialogId));
      const [claim] = await store.claimFetches("test", new Date(), 60_000, 10);
      expect(claim).toMatchObject({ dialogId, wanted: 1, attempts: 0, deleted: false });
      const older = fake.put(dialogId, { updatedAt: "2026-03-01T10:00:00.000Z" });
      const newer = fake.put(dialogId, { updatedAt: "2026-03-01T10:00:05.000Z" });
      const at = (dialog: typeof older, startedAt: number) => ({
        status: "present" as const,
        revision: dialog.revision ?? null,
        dialog,
        updatedAt: Date.parse(dialog.updatedAt as string),
        startedAt,
      });
      // The newer answer lands first (it was sent later), then the older one: the older one is refused.
      expect(await store.finishFetch("test", claim as never, at(newer, 2_000), new Date())).toBe(true);
      expect(await store.finishFetch("other", claim as never, at(older, 1_000), new Date())).toBe(false);
      expect((await store.snapshot(dialogId))?.revision).toBe(newer.revision);
      // Same updatedAt (an end user's seen changes no updatedAt): the later-sent request wins.
      const seen = { ...newer, revision: "seen-1" };
      expect(await store.finishFetch("test", claim as never, at(seen, 3_000), new Date())).toBe(true);
      expect((await store.snapshot(dialogId))?.revision).toBe("seen-1");
      // A 410 carries no updatedAt: it wins only when sent later; the last dialog stays.
      const deleted = { status: "deleted" as const, revision: null, dialog: null, updatedAt: null };
      expect(
        await store.finishFetch("test", claim as never, { ...deleted, startedAt: 2_500 }, new Date()),
      ).toBe(false);
      expect(
        await store.finishFetch("test", claim as never, { ...deleted, startedAt: 4_000 }, new Date()),
      ).toBe(true);
      expect(await store.snapshot(dialogId)).toMatchObject({
        status: "deleted",
        revision: null,
        dialog: seen,
      });
      expect(await store.pendingFetches()).toBe(0);
    });

    it("marks nothing when enrichment is off", async () => {
      const r = await startConsumer(await target.options());
      running.push(r);
      await post(r, eventOf("dialogporten.dialog.created.v1", newDialogId()));
      await r.drained();
      expect(await r.consumer.store.pendingFetches()).toBe(0);
    });
  });
}

describe("the overwrite rule", () => {
  const stored = { status: "present" as const, updated_at: 5_000, started_at: 100 };
  it("orders by the dialog's updatedAt, then by when the request was sent", () => {
    expect(replaces(stored, { updatedAt: 6_000, startedAt: 50 })).toBe(true);
    expect(replaces(stored, { updatedAt: 4_000, startedAt: 200 })).toBe(false);
    expect(replaces(stored, { updatedAt: 5_000, startedAt: 200 })).toBe(true);
    expect(replaces(stored, { updatedAt: 5_000, startedAt: 50 })).toBe(false);
    expect(replaces(stored, { updatedAt: null, startedAt: 200 })).toBe(true);
    expect(replaces(stored, { updatedAt: null, startedAt: 50 })).toBe(false);
    expect(
      replaces({ status: null, updated_at: null, started_at: null }, { updatedAt: null, startedAt: 0 }),
    ).toBe(true);
  });
});

describe("enrichment configuration", () => {
  const base = { WEBHOOK_SECRET: "s" };
  it("is off without DIALOGPORTEN_URL and reads the rest when it is set", () => {
    expect(readConfig(base, []).enrichment).toBeUndefined();
    expect(
      readConfig(
        {
          ...base,
          DIALOGPORTEN_URL: "http://127.0.0.1:4000/dialogporten",
          DIALOGPORTEN_TOKEN_FILE: "/run/secrets/dp",
          DIALOGPORTEN_VIEW: "enduser",
          DIALOGPORTEN_MAX_FETCHES_PER_SECOND: "5",
          DIALOGPORTEN_FETCH_CONCURRENCY: "2",
          DIALOGPORTEN_NOT_FOUND_ATTEMPTS: "9",
        },
        [],
      ).enrichment,
    ).toEqual({
      url: "http://127.0.0.1:4000/dialogporten",
      token: { tokenFile: "/run/secrets/dp" },
      view: "enduser",
      maxFetchesPerSecond: 5,
      concurrency: 2,
      notFoundAttempts: 9,
    });
    expect(
      readConfig({ ...base, DIALOGPORTEN_URL: "https://x.test/dp", DIALOGPORTEN_TOKEN: "t" }, []).enrichment,
    ).toMatchObject({ view: "serviceowner", token: { token: "t" }, maxFetchesPerSecond: 10, concurrency: 4 });
  });

  it("refuses options it cannot use, and a store that does not mark dialogs, before starting", async () => {
    const token = { token: "t" };
    expect(() => createConsumer({ insecure: true, enrichment: { url: "not a url", token } })).toThrow(
      /enrichment.url must be an http\(s\) URL/,
    );
    expect(() =>
      createConsumer({ insecure: true, enrichment: { url: "http://x.test", token, view: "admin" as never } }),
    ).toThrow(/enrichment.view must be serviceowner or enduser/);
    expect(() =>
      createConsumer({ insecure: true, enrichment: { url: "http://x.test", token, concurrency: 0 } }),
    ).toThrow(/enrichment.concurrency must be an integer from 1 to 256/);
    const dir = mkdtempSync(join(tmpdir(), "consumer-test-"));
    const store = openSqliteStore(dir);
    try {
      expect(() =>
        createConsumer({ insecure: true, store, enrichment: { url: "http://x.test", token } }),
      ).toThrow(/markDialogFetches: true/);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses what it cannot use, naming the variable", () => {
    const url = { ...base, DIALOGPORTEN_URL: "https://x.test/dp" };
    expect(() => readConfig(url, [])).toThrow(/DIALOGPORTEN_TOKEN or DIALOGPORTEN_TOKEN_FILE/);
    expect(() => readConfig({ ...url, DIALOGPORTEN_TOKEN: "a", DIALOGPORTEN_TOKEN_FILE: "b" }, [])).toThrow(
      /not both/,
    );
    expect(() => readConfig({ ...url, DIALOGPORTEN_TOKEN: "a", DIALOGPORTEN_VIEW: "admin" }, [])).toThrow(
      /DIALOGPORTEN_VIEW/,
    );
    expect(() => readConfig({ ...base, DIALOGPORTEN_URL: "ftp://x", DIALOGPORTEN_TOKEN: "a" }, [])).toThrow(
      /DIALOGPORTEN_URL must be an http\(s\) URL/,
    );
    expect(() =>
      readConfig({ ...url, DIALOGPORTEN_TOKEN: "a", DIALOGPORTEN_FETCH_CONCURRENCY: "0" }, []),
    ).toThrow(/DIALOGPORTEN_FETCH_CONCURRENCY/);
  });
});
