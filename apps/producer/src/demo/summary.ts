import { dialogportenEventTypes, SUBSCRIPTION_VALIDATION_TYPE } from "dialogporten-events";
import type { ProducerStats } from "../cli/client.js";
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
}

export interface Check {
  ok: boolean;
  text: string;
}

const short = (type: string) => type.replace(/^dialogporten\.dialog\./, "").replace(/\.v1$/, "");

/** The per-type table and the consumer's counters, as plain text. */
export function renderSummary(f: DemoFacts): string {
  const rows: string[][] = [["type", "emitted", "sent", "delivered", "retried", "dead"]];
  const total = { emitted: 0, sent: 0, delivered: 0, retried: 0, dead: 0 };
  for (const type of [...dialogportenEventTypes, SUBSCRIPTION_VALIDATION_TYPE]) {
    const s = f.producer.byType.find((t) => t.type === type);
    const emitted = type === SUBSCRIPTION_VALIDATION_TYPE ? f.subscriptions : (f.emitted.get(type) ?? 0);
    const sent = (s?.delivered ?? 0) + (s?.dead ?? 0) + (s?.pending ?? 0);
    const row = { emitted, sent, delivered: s?.delivered ?? 0, retried: s?.retried ?? 0, dead: s?.dead ?? 0 };
    for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += row[k];
    rows.push([short(type), ...Object.values(row).map(String)]);
  }
  rows.push(["total", ...Object.values(total).map(String)]);
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] as string).length))) ?? [];
  const line = (r: string[]) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join("  ");
  const rule = "-".repeat(line(rows[0] as string[]).length);
  const table = [line(rows[0] as string[]), rule, ...rows.slice(1, -1).map(line), rule, line(rows.at(-1) as string[])];
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
    { ok: covered === dialogportenEventTypes.length, text: `all ${dialogportenEventTypes.length} event types emitted (${covered})` },
    { ok: p.pending + p.retrying === 0 && p.dead === 0, text: `every delivery succeeded (${p.delivered} delivered, ${p.dead} dead, ${p.pending + p.retrying} pending)` },
    { ok: f.outageRefusals > 0 && p.byType.some((t) => t.retried > 0), text: `the outage forced retries (${f.outageRefusals} refused)` },
    { ok: c.accepted === unique + f.subscriptions, text: `consumer accepted each unique event once (${c.accepted} = ${unique} events + ${f.subscriptions} validations)` },
    { ok: c.duplicates === f.republished, text: `consumer recognised every duplicate (${c.duplicates} of ${f.republished})` },
    { ok: c.processed === c.accepted && c.failed === 0 && c.pending === 0, text: `consumer processed each exactly once (${c.processed} processed, ${c.failed} failed, ${c.pending} pending)` },
    { ok: c.quarantined === 0, text: `nothing quarantined (${c.quarantined})` },
    { ok: c.dialogs === f.dialogs, text: `every dialog projected (${c.dialogs} of ${f.dialogs})` },
  ];
}
