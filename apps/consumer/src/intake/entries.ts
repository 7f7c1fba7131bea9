// What a delivery's parse results become: store entries (inbox or quarantine), then per-item outcomes and
// their counts. The webhook, the puller and a quarantine replay all take events in this way.

import type { ParseResult } from "dialogporten-events";
import type { Metrics } from "../metrics.js";
import type { DeliveryEntry, RecordResult } from "../store/store.js";
import { displayable, identityIssue, type Refusal } from "./input-bounds.js";

export type ItemOutcome =
  | { status: "accepted"; kind: string; type: string; inboxId: number }
  | { status: "duplicate"; type: string; inboxId: number }
  | { status: "quarantined"; code: string; type: string | null; quarantineId: number; issues: unknown[] };

/** A parse result as what the store records: the webhook, the puller and a quarantine replay share it. */
export function toEntry(result: ParseResult | Refusal, body: Buffer): DeliveryEntry {
  if (result.kind === "error") {
    return {
      outcome: "quarantine",
      code: result.code,
      type: result.type === undefined ? undefined : displayable(result.type),
      issues: result.issues,
      // Keep what came: the parsed value when there was one, else the raw text.
      body: result.value === undefined ? body.toString("utf8") : JSON.stringify(result.value),
    };
  }
  const { event } = result;
  const issue = identityIssue(event);
  if (issue !== undefined) {
    // JSON.stringify writes lone surrogates as \u escapes, so the body itself is stored alike everywhere.
    return {
      outcome: "quarantine",
      code: "invalid",
      type: displayable(event.type),
      issues: [issue],
      body: JSON.stringify(event),
    };
  }
  return {
    outcome: "accept",
    kind: result.kind,
    source: event.source,
    eventId: event.id,
    type: event.type,
    event,
    warnings: result.warnings,
  };
}

export function toOutcome(entry: DeliveryEntry, recorded: RecordResult): ItemOutcome {
  if (entry.outcome === "quarantine" || recorded.outcome === "quarantined") {
    const { code, issues, type } = entry as Extract<DeliveryEntry, { outcome: "quarantine" }>;
    const quarantineId = recorded.outcome === "quarantined" ? recorded.quarantineId : -1;
    return { status: "quarantined", code, type: type ?? null, quarantineId, issues };
  }
  if (recorded.outcome === "duplicate")
    return { status: "duplicate", type: entry.type, inboxId: recorded.inboxId };
  return { status: "accepted", kind: entry.kind, type: entry.type, inboxId: recorded.inboxId };
}

export function count(metrics: Metrics, outcomes: ItemOutcome[]): void {
  for (const outcome of outcomes) {
    if (outcome.status === "accepted") metrics.count(metrics.received, outcome.kind);
    else if (outcome.status === "duplicate") metrics.duplicates++;
    else metrics.count(metrics.rejected, outcome.code);
  }
}
