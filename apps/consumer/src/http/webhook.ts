// POST /webhook: content type -> parse (tolerant) -> one transaction into inbox or quarantine -> answer.
// The answer is sent only after the commit, so a 2xx always means the event is on disk.

import type { ParseResult } from "dialogporten-events";
import type { FastifyInstance, FastifyReply } from "fastify";
import type { Metrics } from "../metrics.js";
import type { DeliveryEntry, RecordResult, Store } from "../store/store.js";
import { type DeliveryMode, deliveryMode, parseDelivery } from "./content-types.js";
import { type Problem, problems, problemType, sendProblem } from "./problem.js";

export interface WebhookDeps {
  store: Store;
  metrics: Metrics;
  /** Called after a commit that stored something new: the worker should look. */
  onStored(): void;
}

type ItemOutcome =
  | { status: "accepted"; kind: string; type: string; inboxId: number }
  | { status: "duplicate"; type: string; inboxId: number }
  | { status: "quarantined"; code: string; type: string | null; quarantineId: number; issues: unknown[] };

export function registerWebhook(app: FastifyInstance, deps: WebhookDeps): void {
  app.post("/webhook", async (request, reply) => {
    const mode = deliveryMode(request.headers);
    if (mode.mode === "unsupported") {
      deps.metrics.count(deps.metrics.rejected, "unsupported-media-type");
      return sendProblem(reply, problems.unsupportedMediaType(mode.detail));
    }
    const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    const entries = parseDelivery(mode.mode, request.headers, body).map((result) => toEntry(result, body));
    const recorded = await deps.store.recordDeliveries(entries, new Date());
    const outcomes = entries.map((entry, i) => toOutcome(entry, recorded[i] as RecordResult));
    count(deps.metrics, outcomes);
    if (outcomes.some((o) => o.status === "accepted")) deps.onStored();
    request.delivery = summarize(mode.mode, outcomes);
    return mode.mode === "batch"
      ? answerBatch(reply, outcomes)
      : answerOne(reply, outcomes[0] as ItemOutcome);
  });
}

/** Also what a quarantine replay applies to a stored body (`maintenance/replay.ts`). */
export function toEntry(result: ParseResult, body: Buffer): DeliveryEntry {
  if (result.kind === "error") {
    return {
      outcome: "quarantine",
      code: result.code,
      type: result.type,
      issues: result.issues,
      // Keep what came: the parsed value when there was one, else the raw text.
      body: result.value === undefined ? body.toString("utf8") : JSON.stringify(result.value),
    };
  }
  const { event } = result;
  // CloudEvents forbids control characters in string attributes; U+0000 in an identity attribute would also
  // make the event unstorable in PostgreSQL (text cannot hold it), so it is refused in both stores alike.
  const nul = (["id", "source", "type"] as const).find((name) => event[name].includes("\u0000"));
  if (nul !== undefined) {
    return {
      outcome: "quarantine",
      code: "invalid",
      type: event.type.replaceAll("\u0000", "\uFFFD"),
      issues: [
        {
          pointer: `/${nul}`,
          code: "invalid-form",
          message: "must not contain U+0000",
          keyword: "control-character",
        },
      ],
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

function toOutcome(entry: DeliveryEntry, recorded: RecordResult): ItemOutcome {
  if (entry.outcome === "quarantine" || recorded.outcome === "quarantined") {
    const { code, issues, type } = entry as Extract<DeliveryEntry, { outcome: "quarantine" }>;
    const quarantineId = recorded.outcome === "quarantined" ? recorded.quarantineId : -1;
    return { status: "quarantined", code, type: type ?? null, quarantineId, issues };
  }
  if (recorded.outcome === "duplicate")
    return { status: "duplicate", type: entry.type, inboxId: recorded.inboxId };
  return { status: "accepted", kind: entry.kind, type: entry.type, inboxId: recorded.inboxId };
}

function count(metrics: Metrics, outcomes: ItemOutcome[]): void {
  for (const outcome of outcomes) {
    if (outcome.status === "accepted") metrics.count(metrics.received, outcome.kind);
    else if (outcome.status === "duplicate") metrics.duplicates++;
    else metrics.count(metrics.rejected, outcome.code);
  }
}

const QUARANTINE_PROBLEMS: Record<string, { name: string; title: string }> = {
  "malformed-json": { name: "malformed-json", title: "The body is not valid JSON" },
  "not-a-cloudevent": { name: "not-a-cloudevent", title: "The body is not a CloudEvent" },
  invalid: { name: "invalid-event", title: "The event does not match its schema" },
};

function answerOne(reply: FastifyReply, outcome: ItemOutcome): FastifyReply {
  if (outcome.status !== "quarantined") return reply.code(200).send(outcome);
  const kind = QUARANTINE_PROBLEMS[outcome.code] ?? { name: outcome.code, title: "The event was refused" };
  const problem: Problem = {
    type: problemType(kind.name),
    title: kind.title,
    status: 400,
    detail: `Kept in quarantine as item ${outcome.quarantineId}; resending it unchanged will not help.`,
    code: outcome.code,
    eventType: outcome.type,
    quarantineId: outcome.quarantineId,
    issues: outcome.issues,
  };
  return sendProblem(reply, problem);
}

/**
 * A batch is answered 200 with a result per member when at least one member was stored (or already was):
 * the valid ones are safe, and a non-2xx would make the sender redeliver all of them. Only a batch in which
 * nothing could be stored is answered 400.
 */
function answerBatch(reply: FastifyReply, results: ItemOutcome[]): FastifyReply {
  if (results.length === 0 || results.some((r) => r.status !== "quarantined")) {
    return reply.code(200).send({ results });
  }
  return sendProblem(reply, {
    type: problemType("invalid-batch"),
    title: "No event in the batch could be accepted",
    status: 400,
    detail: "Every member was kept in quarantine; see `results`.",
    results,
  });
}

function summarize(mode: DeliveryMode, outcomes: ItemOutcome[]): Record<string, unknown> {
  if (mode !== "batch" && outcomes[0]) {
    const o = outcomes[0];
    const id = o.status === "quarantined" ? `quarantine/${o.quarantineId}` : `inbox/${o.inboxId}`;
    return { mode, outcome: o.status, eventType: o.type, item: id };
  }
  const tally: Record<string, number> = {};
  for (const o of outcomes) tally[o.status] = (tally[o.status] ?? 0) + 1;
  return { mode, events: outcomes.length, ...tally };
}
