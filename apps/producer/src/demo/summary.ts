import { dialogportenEventTypes } from "dialogporten-events";
import type { ProducerStats } from "../cli/client.js";
import { formatTable, renderTypeTable, shortType } from "../cli/type-table.js";
import type { InboxComparison } from "./compare.js";
import type { ConsumerStats } from "./consumer.js";
import type { SnapshotComparison } from "./snapshots.js";

export interface DemoFacts {
  /** Unique events the stand-in emitted for the API calls, by type. */
  emitted: Map<string, number>;
  /** Whether deliveries were reordered and duplicated on purpose (the default; `--calm` turns it off). */
  chaos: boolean;
  subscriptions: number;
  dialogs: number;
  producer: ProducerStats;
  consumer: ConsumerStats;
  /** 503 answers the flaky proxy gave during the outage stretch. */
  outageRefusals: number;
  /** Emitted events missing from the consumer's inbox, unprocessed there, or there but never emitted. */
  inboxMismatches: string[];
  /** The second consumer, which pulled the same events through the pull API. */
  pull: {
    consumer: ConsumerStats;
    /** Its inbox against the webhook consumer's (Dialogporten events only: it got no validations). */
    comparison: InboxComparison;
  };
  /** The webhook consumer's enriched snapshots against the stand-in's own GETs. */
  snapshots: SnapshotComparison;
}

/** Per type: events in the webhook consumer's inbox and in the pulling consumer's. */
export function renderPushPullTable(comparison: InboxComparison): string[] {
  const rows = [["type", "pushed", "pulled"]];
  const total = { pushed: 0, pulled: 0 };
  const known = new Set<string>(dialogportenEventTypes);
  const others = [...comparison.byType.keys()].filter((t) => !known.has(t)).sort();
  for (const type of [...dialogportenEventTypes, ...others]) {
    const counts = comparison.byType.get(type) ?? { pushed: 0, pulled: 0 };
    total.pushed += counts.pushed;
    total.pulled += counts.pulled;
    rows.push([shortType(type), String(counts.pushed), String(counts.pulled)]);
  }
  rows.push(["total", String(total.pushed), String(total.pulled)]);
  return formatTable(rows);
}

const counters = (c: ConsumerStats) =>
  `received ${c.received}, accepted ${c.accepted}, duplicates ${c.duplicates}, quarantined ${c.quarantined}, ` +
  `unknown ${c.unknown}, validations ${c.subscriptionValidations}, processed ${c.processed}, failed ${c.failed}, ` +
  `pending ${c.pending}`;

export interface Check {
  ok: boolean;
  text: string;
}

/** The per-type table and the consumer's counters, as plain text. */
export function renderSummary(f: DemoFacts): string {
  const table = renderTypeTable(f.emitted, f.producer.byType, f.subscriptions);
  const c = f.consumer;
  return [
    "Producer (per type: emitted = unique events; sent = deliveries queued, duplicates included)",
    ...table.map((l) => `  ${l}`),
    "",
    `Consumer (webhook): ${counters(c)}`,
    `Dialogs in the projection: ${c.dialogs} (created through the API: ${f.dialogs}); snapshots fetched back: ${f.snapshots.dialogs - f.snapshots.differences.length} equal the stand-in's, ${f.snapshots.deleted} of them deleted`,
    `Outage: ${f.outageRefusals} deliveries answered 503 and were retried on the broker's schedule`,
    "",
    `Consumer (pull): ${counters(f.pull.consumer)}, dialogs ${f.pull.consumer.dialogs}`,
    "Push and pull (per type: events in each consumer's inbox)",
    ...renderPushPullTable(f.pull.comparison).map((l) => `  ${l}`),
  ].join("\n");
}

/** What "every event delivered and processed exactly once" means, item by item. */
export function checks(f: DemoFacts): Check[] {
  const unique = [...f.emitted.values()].reduce((a, b) => a + b, 0);
  const p = f.producer;
  const c = f.consumer;
  const covered = dialogportenEventTypes.filter((t) => (f.emitted.get(t) ?? 0) > 0).length;
  const pullDifferences = f.pull.comparison.differences;
  const sides = [...f.pull.comparison.byType.values()];
  const pushed = sides.reduce((n, s) => n + s.pushed, 0);
  const pulled = sides.reduce((n, s) => n + s.pulled, 0);
  return [
    {
      ok: covered === dialogportenEventTypes.length,
      text: `all ${dialogportenEventTypes.length} event types emitted (${covered})`,
    },
    {
      ok: p.pending + p.retrying === 0 && p.dead === 0,
      text: `every delivery succeeded (${p.delivered} delivered, ${p.dead} dead, ${p.pending + p.retrying} pending)`,
    },
    {
      ok: f.outageRefusals > 0 && p.byType.some((t) => t.retried > 0),
      text: `the outage forced retries (${f.outageRefusals} refused)`,
    },
    {
      ok: c.accepted === unique + f.subscriptions,
      text: `consumer accepted each unique event once (${c.accepted} = ${unique} events + ${f.subscriptions} validations)`,
    },
    // Without chaos (`--calm`) nothing is sent twice on purpose, so there is nothing to check here.
    ...(f.chaos
      ? [
          {
            ok: c.duplicates > 0,
            text: `the broker sent duplicates and the consumer recognised them (${c.duplicates}; none stored twice, see below)`,
          },
        ]
      : []),
    {
      ok: c.processed === c.accepted && c.failed === 0 && c.pending === 0,
      text: `consumer processed each exactly once (${c.processed} processed, ${c.failed} failed, ${c.pending} pending)`,
    },
    {
      ok: f.inboxMismatches.length === 0,
      text: `the consumer's inbox holds exactly the emitted events, each processed${f.inboxMismatches.length ? ` (${f.inboxMismatches.slice(0, 3).join("; ")})` : ""}`,
    },
    {
      ok: pullDifferences.length === 0,
      text: `the pulling consumer's inbox equals the webhook consumer's, event by event: same (source, id), same bodies (${pulled} pulled, ${pushed} pushed)${pullDifferences.length ? `; ${pullDifferences.length} differences: ${pullDifferences.slice(0, 3).join("; ")}` : ""}`,
    },
    {
      ok: c.quarantined === 0 && f.pull.consumer.quarantined === 0,
      text: `nothing quarantined (webhook ${c.quarantined}, pull ${f.pull.consumer.quarantined})`,
    },
    { ok: c.dialogs === f.dialogs, text: `every dialog projected (${c.dialogs} of ${f.dialogs})` },
    {
      ok: f.snapshots.differences.length === 0,
      text: `every dialog the consumer fetched equals the stand-in's own GET: same revision, same document (${f.snapshots.dialogs} dialogs${f.snapshots.differences.length ? `; ${f.snapshots.differences.slice(0, 3).join("; ")}` : ""})`,
    },
  ];
}
