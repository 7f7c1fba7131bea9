import { dialogportenEventTypes, SUBSCRIPTION_VALIDATION_TYPE } from "dialogporten-events";
import type { TypeStats } from "../outbox/store.js";

/** `dialogporten.dialog.activity.created.v1` -> `activity.created`. */
export const shortType = (type: string) => type.replace(/^dialogporten\.dialog\./, "").replace(/\.v1$/, "");

/** Per type: unique events emitted, deliveries queued, delivered, retried, dead-lettered. */
export function renderTypeTable(
  emitted: Map<string, number>,
  byType: TypeStats[],
  validations: number,
): string[] {
  const rows: string[][] = [["type", "emitted", "sent", "delivered", "retried", "dead"]];
  const total = { emitted: 0, sent: 0, delivered: 0, retried: 0, dead: 0 };
  for (const type of [...dialogportenEventTypes, SUBSCRIPTION_VALIDATION_TYPE]) {
    const s = byType.find((t) => t.type === type);
    const count = type === SUBSCRIPTION_VALIDATION_TYPE ? validations : (emitted.get(type) ?? 0);
    const sent = (s?.delivered ?? 0) + (s?.dead ?? 0) + (s?.pending ?? 0);
    const row = {
      emitted: count,
      sent,
      delivered: s?.delivered ?? 0,
      retried: s?.retried ?? 0,
      dead: s?.dead ?? 0,
    };
    for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += row[k];
    rows.push([shortType(type), ...Object.values(row).map(String)]);
  }
  rows.push(["total", ...Object.values(total).map(String)]);
  return formatTable(rows);
}

/** A header row, body rows and a total row as aligned text: names left, numbers right, rules between. */
export function formatTable(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] as string).length))) ?? [];
  const line = (r: string[]) =>
    r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join("  ");
  const rule = "-".repeat(line(rows[0] as string[]).length);
  return [
    line(rows[0] as string[]),
    rule,
    ...rows.slice(1, -1).map(line),
    rule,
    line(rows.at(-1) as string[]),
  ];
}
