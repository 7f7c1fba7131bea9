// Pull mode against a real HTTP server on loopback that speaks the Altinn Events pull and subscription
// contract (`events-broker.ts`), on both stores: paging with `next`, the cursor stored with the page, the
// webhook's dedup shared with pushed events, a token file read again after a 401, backoff on errors, and
// pages that authorization filtering left short.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ConsumerOptions, InboxItem, PullOptions } from "../src/index.js";
import { pullCursorId } from "../src/pull/puller.js";
import { EventsBroker } from "./events-broker.js";
import { type Running, SECRET, startConsumer, waitFor } from "./helpers.js";
import { accept, eventOf, targets } from "./targets.js";

const RESOURCE = "urn:altinn:resource:maintenance-test";

const metricsOf = async (r: Running) =>
  (await fetch(`${r.url}/metrics`, { headers: { authorization: `Bearer ${SECRET}` } })).text();

/** `n` events over dialogs of ten, in the broker's order. */
function publish(broker: EventsBroker, n: number, from = 0) {
  const events = Array.from({ length: n }, (_, i) => eventOf(Math.floor((from + i) / 10), (from + i) % 10));
  broker.events.push(...events);
  return events;
}

for (const target of targets()) {
  describe.skipIf(!target.available)(`pull mode (${target.name})`, () => {
    let broker: EventsBroker;
    let running: Running | undefined;
    afterEach(async () => {
      await running?.stop();
      running = undefined;
      await broker.close();
    });
    afterAll(() => target.cleanup());
    beforeEach(async () => {
      broker = new EventsBroker();
      await broker.start();
    });

    async function start(pull: Partial<PullOptions> = {}, options: ConsumerOptions = {}) {
      running = await startConsumer({
        ...(await target.options()),
        ...options,
        pull: {
          url: broker.url,
          token: { token: "good-token" },
          resources: [RESOURCE],
          pageSize: 50,
          pollIntervalMs: 50,
          backoff: { baseDelayMs: 40, maxDelayMs: 400 },
          ...pull,
        },
      });
      return running;
    }

    const inbox = (r: Running) => r.api<{ events: InboxItem[] }>("/api/events?limit=1000");

    it("follows next to the end, stores each event once, then polls from the same cursor", async () => {
      const events = publish(broker, 120);
      const r = await start();
      const stats = await waitFor(async () => {
        const s = await r.stats();
        return s.processed === 120 ? s : undefined;
      });
      expect(stats).toMatchObject({ accepted: 120, duplicates: 0, quarantined: 0 });
      const stored = (await inbox(r)).events.map((e) => e.eventId).reverse();
      expect(stored).toEqual(events.map((e) => e.id));
      // Three pages of 50, 50, 20, each asked for after the last id of the one before.
      const afters = broker.pulls().map((p) => p.url.searchParams.get("after"));
      expect(afters.slice(0, 4)).toEqual(["0", events[49]?.id, events[99]?.id, events[119]?.id]);
      expect(broker.pulls()[0]?.url.searchParams.get("size")).toBe("50");
      expect(await r.consumer.store.pullCursor(pullCursorId({ resource: RESOURCE }).key)).toBe(
        events[119]?.id,
      );
      // Caught up: asks again after the poll interval from the same cursor, and picks up what comes.
      await waitFor(async () => (broker.pulls().length >= 6 ? true : undefined));
      expect(
        broker
          .pulls()
          .slice(3)
          .every((p) => p.url.searchParams.get("after") === events[119]?.id),
      ).toBe(true);
      const later = publish(broker, 5, 120);
      await waitFor(async () => ((await r.stats()).processed === 125 ? true : undefined));
      expect(await r.consumer.store.pullCursor(pullCursorId({ resource: RESOURCE }).key)).toBe(later[4]?.id);
      const metrics = await metricsOf(r);
      expect(metrics).toContain(`consumer_pull_events_total{resource="${RESOURCE}"} 125`);
      expect(metrics).toMatch(
        /consumer_pull_cursor_lag_seconds\{resource="urn:altinn:resource:maintenance-test"\} \d/,
      );
      expect(metrics).toContain(`consumer_events_received_total{kind="dialogporten"} 125`);
    });

    it("stores an event that arrives both pushed and pulled once", async () => {
      const [pushed] = publish(broker, 1);
      const r = await start({ pollIntervalMs: 200 }, { processing: false });
      await waitFor(async () => ((await r.stats()).accepted === 1 ? true : undefined));
      const res = await r.post(pushed);
      expect(await res.json()).toMatchObject({ status: "duplicate" });
      // Pushed first, then pulled: the pull finds it already there.
      const [second] = publish(broker, 1, 1);
      expect((await (await r.post(second)).json()) as object).toMatchObject({ status: "accepted" });
      await waitFor(async () =>
        (await r.consumer.store.pullCursor(pullCursorId({ resource: RESOURCE }).key)) === second?.id
          ? true
          : undefined,
      );
      expect(await r.stats()).toMatchObject({ accepted: 2, duplicates: 2 });
      expect((await inbox(r)).events.map((e) => e.eventId).sort()).toEqual([pushed?.id, second?.id].sort());
    });

    it("passes the subject and types and keeps one cursor per (resource, subject, types)", async () => {
      const events = publish(broker, 3);
      const subject = events[0]?.subject as string;
      const r = await start({
        subject,
        types: ["dialogporten.dialog.updated.v1", "dialogporten.dialog.created.v1"],
      });
      await waitFor(async () => ((await r.stats()).accepted === 3 ? true : undefined));
      const first = broker.pulls()[0]?.url;
      expect(first?.searchParams.get("subject")).toBe(subject);
      expect(first?.searchParams.getAll("type")).toEqual([
        "dialogporten.dialog.created.v1",
        "dialogporten.dialog.updated.v1",
      ]);
      const other = pullCursorId({ resource: RESOURCE });
      expect(await r.consumer.store.pullCursor(other.key)).toBe("0");
    });

    it("refuses to move a cursor that moved elsewhere, and writes nothing then", async () => {
      const r = await start({ resources: [] });
      const cursor = pullCursorId({ resource: RESOURCE });
      const [a, b] = publish(broker, 2);
      const first = await r.consumer.store.pullPage(
        { cursor, expected: "0", afterId: a?.id as string, entries: [accept(a as never)] },
        new Date(),
      );
      expect(first.moved).toBe(true);
      const stale = await r.consumer.store.pullPage(
        { cursor, expected: "0", afterId: b?.id as string, entries: [accept(b as never)] },
        new Date(),
      );
      expect(stale).toEqual({ moved: false, afterId: a?.id });
      expect((await r.stats()).accepted).toBe(1);
      expect(await r.consumer.store.pullCursor(cursor.key)).toBe(a?.id);
    });

    it("backs off on 5xx and honours Retry-After on 429", async () => {
      publish(broker, 3);
      broker.failures = [
        { status: 503 },
        { status: 500 },
        { status: 502 },
        { status: 429, headers: { "retry-after": "1" } },
      ];
      const r = await start();
      await waitFor(async () => ((await r.stats()).accepted === 3 ? true : undefined));
      const at = broker.pulls().map((p) => p.at);
      const gaps = at.slice(1, 5).map((t, i) => t - (at[i] as number));
      // Exponential with half of it random: at least 20, 40, 80 ms; then Retry-After's second.
      expect(gaps[0]).toBeGreaterThanOrEqual(15);
      expect(gaps[1]).toBeGreaterThanOrEqual(35);
      expect(gaps[2]).toBeGreaterThanOrEqual(75);
      expect(gaps[3]).toBeGreaterThanOrEqual(950);
      const metrics = await metricsOf(r);
      for (const status of ["503", "500", "502", "429"]) {
        expect(metrics).toContain(`consumer_pull_errors_total{status="${status}"} 1`);
      }
      expect(r.logLines.some((l) => l.includes("pull failed; trying again"))).toBe(true);
    }, 15_000);

    it("reads the token file again after a 401", async () => {
      const dir = mkdtempSync(join(tmpdir(), "consumer-token-"));
      const tokenFile = join(dir, "token");
      try {
        writeFileSync(tokenFile, "expired-token\n");
        publish(broker, 2);
        const r = await start({ token: { tokenFile } });
        await waitFor(async () => (broker.pulls().length >= 2 ? true : undefined));
        expect((await r.stats()).accepted).toBe(0);
        writeFileSync(tokenFile, "good-token\n"); // renewed by someone else
        await waitFor(async () => ((await r.stats()).accepted === 2 ? true : undefined));
        const sent = broker.pulls().map((p) => p.authorization);
        expect(sent[0]).toBe("Bearer expired-token");
        expect(sent.at(-1)).toBe("Bearer good-token");
        // Only one 401 per attempt reaches the error count (the retry with the file read again is the same one).
        const metrics = await metricsOf(r);
        expect(metrics).toMatch(/consumer_pull_errors_total\{status="401"\} \d+/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it("moves past pages authorization filtering left short or empty, and says so", async () => {
      const events = publish(broker, 46);
      // Not readable with this token: 10..24 (page 2 comes back empty with a next, page 3 with 25..29) and
      // 32..35 (page 4 short of them); page 5 (40..45) is short because it is the last.
      const hidden = new Set([...events.slice(10, 25), ...events.slice(32, 36)].map((e) => e.id));
      broker.hidden = (e) => hidden.has(e.id);
      const r = await start({ pageSize: 10 });
      await waitFor(async () =>
        (await r.consumer.store.pullCursor(pullCursorId({ resource: RESOURCE }).key)) === events[45]?.id
          ? true
          : undefined,
      );
      expect((await r.stats()).accepted).toBe(46 - 15 - 4);
      const metrics = await metricsOf(r);
      // Page 2 (skipped: its next moves past events not returned), pages 3 and 4 (short, then more came).
      expect(metrics).toContain(`consumer_pull_filtered_pages_total{resource="${RESOURCE}"} 3`);
      const warnings = r.logLines.filter((l) => l.includes("authorization")).map((l) => JSON.parse(l));
      // Page 3 itself shows no sign (its next is its last event), so the streak starts again at page 4.
      expect(warnings.map((w) => [w.sign, w.streak])).toEqual([
        ["skipped", 1],
        ["short", 1],
        ["short", 2],
      ]);
      expect(warnings[0]).toMatchObject({ level: 40, resource: RESOURCE, events: 0 });
    });

    it("finds short pages with Altinn's own next (the last event returned)", async () => {
      broker.nextAfter = "returned";
      const events = publish(broker, 46);
      // Not readable: 12..15 (page 2 short, page 3 full) and 32..35 (page 4 short); page 5 (40..45) is the last.
      const hidden = new Set([...events.slice(12, 16), ...events.slice(32, 36)].map((e) => e.id));
      broker.hidden = (e) => hidden.has(e.id);
      const r = await start({ pageSize: 10 });
      await waitFor(async () =>
        (await r.consumer.store.pullCursor(pullCursorId({ resource: RESOURCE }).key)) === events[45]?.id
          ? true
          : undefined,
      );
      expect((await r.stats()).accepted).toBe(46 - 8);
      const metrics = await metricsOf(r);
      expect(metrics).toContain(`consumer_pull_filtered_pages_total{resource="${RESOURCE}"} 2`);
      const warnings = r.logLines.filter((l) => l.includes("authorization")).map((l) => JSON.parse(l));
      expect(warnings.map((w) => [w.sign, w.streak])).toEqual([
        ["short", 1],
        ["short", 1],
      ]);
    });

    it("does not take events that became visible while it paged for filtering", async () => {
      // 25 events, pages of 10: the third page is short (5) with a next. From the fourth pull on, each pull
      // finds 3 more events visible (as the visibility delay lets them through), six times.
      const events = publish(broker, 25);
      let pulls = 0;
      broker.onPull = () => {
        pulls++;
        if (pulls >= 4 && pulls < 10) events.push(...publish(broker, 3, events.length));
      };
      const r = await start({ pageSize: 10 });
      await waitFor(async () =>
        pulls >= 10 &&
        (await r.consumer.store.pullCursor(pullCursorId({ resource: RESOURCE }).key)) === events.at(-1)?.id
          ? true
          : undefined,
      );
      expect(events).toHaveLength(25 + 18);
      expect((await r.stats()).accepted).toBe(events.length);
      const metrics = await metricsOf(r);
      expect(metrics).not.toMatch(/consumer_pull_filtered_pages_total\{[^}]*\} [1-9]/);
      expect(r.logLines.filter((l) => l.includes("authorization"))).toEqual([]);
    });
  });
}
