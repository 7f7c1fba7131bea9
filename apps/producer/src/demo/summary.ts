import { dialogportenEventTypes } from "dialogporten-events";
import type { ProducerStats } from "../cli/client.js";
import { renderTypeTable } from "../cli/type-table.js";
import type { ConsumerStats } from "./consumer.js";

export interface DemoFacts {
  /** Unique events the scenario emitted, by type. */
  emitted: Map<string, number>;
  /** Events published a second time with the same id (the real producer's retries). */
  republished: number;
  subscriptions: number;
  dialogs: number;
  producer: ProducerStats;
  consumer: ConsumerStats;
  /** 503 answers the flaky proxy gave during the outage stretch. */
  outageRefusals: number;
  /** Emitted events missing from the consumer's inbox, unprocessed there, or there but never emitted. */
  inboxMismatches: string[];
}

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
    `Consumer: received ${c.received}, accepted ${c.accepted}, duplicates ${c.duplicates}, quarantined ${c.quarantined}, ` +
      `unknown ${c.unknown}, validations ${c.subscriptionValidations}, processed ${c.processed}, failed ${c.failed}, ` +
      `pending ${c.pending}`,
    `Dialogs in the projection: ${c.dialogs} (scenario: ${f.dialogs})`,
    `Outage: ${f.outageRefusals} deliveries answered 503 and were retried on the broker's schedule`,
  ].join("\n");
}

/** What "every event delivered and processed exactly once" means, item by item. */
export function checks(f: DemoFacts): Check[] {
  const unique = [...f.emitted.values()].reduce((a, b) => a + b, 0);
  const p = f.producer;
  const c = f.consumer;
  const covered = dialogportenEventTypes.filter((t) => (f.emitted.get(t) ?? 0) > 0).length;
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
    {
      ok: c.duplicates === f.republished,
      text: `consumer recognised every duplicate (${c.duplicates} of ${f.republished})`,
    },
    {
      ok: c.processed === c.accepted && c.failed === 0 && c.pending === 0,
      text: `consumer processed each exactly once (${c.processed} processed, ${c.failed} failed, ${c.pending} pending)`,
    },
    {
      ok: f.inboxMismatches.length === 0,
      text: `the consumer's inbox holds exactly the emitted events, each processed${f.inboxMismatches.length ? ` (${f.inboxMismatches.slice(0, 3).join("; ")})` : ""}`,
    },
    { ok: c.quarantined === 0, text: `nothing quarantined (${c.quarantined})` },
    { ok: c.dialogs === f.dialogs, text: `every dialog projected (${c.dialogs} of ${f.dialogs})` },
  ];
}
