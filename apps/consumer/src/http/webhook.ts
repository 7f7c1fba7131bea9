// POST /webhook: content type -> parse (tolerant) -> one transaction into inbox or quarantine -> answer.
// The answer is sent only after the commit, so a 2xx always means the event is on disk.

import { type Problem, problemType, sendProblem } from "@dialogporten-events/http-kit";
import type { FastifyPluginAsync, FastifyReply } from "fastify";
import { type DeliveryMode, deliveryMode, parseDelivery } from "../intake/content-types.js";
import { count, type ItemOutcome, toEntry, toOutcome } from "../intake/entries.js";
import type { DeliveryLimits } from "../intake/input-bounds.js";
import type { Metrics } from "../metrics.js";
import type { RecordResult, Store } from "../store/store.js";
import { problems } from "./problem.js";
import type { WriteHealth } from "./write-health.js";

export interface WebhookDeps {
  store: Store;
  metrics: Metrics;
  limits: DeliveryLimits;
  /** Told the outcome of every delivery write (for `/healthz`). */
  health: WriteHealth;
  /** Called after a commit that stored something new: the worker should look. */
  onStored(): void;
}

/** Results listed in a batch answer beyond the accepted and duplicate ones (whose ids the sender needs). */
const LISTED_RESULTS = 100;

/** `POST /webhook`, an encapsulated plugin: its answer times are its own histogram. */
export const webhookRoutes: FastifyPluginAsync<WebhookDeps> = async (app, deps) => {
  app.addHook("onResponse", async (_request, reply) => {
    deps.metrics.webhookSeconds.observe(reply.elapsedTime / 1000);
  });
  app.post("/webhook", { config: { access: "deliveries" } }, async (request, reply) => {
    const mode = deliveryMode(request.headers);
    if (mode.mode === "unsupported") {
      deps.metrics.count(deps.metrics.rejected, "unsupported-media-type");
      return sendProblem(reply, problems.unsupportedMediaType(mode.detail));
    }
    const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    const parsed = parseDelivery(mode.mode, request.headers, body, deps.limits);
    // A refused delivery (too deep, too many events) is one quarantine entry, its raw body, in any mode.
    const results = "refusal" in parsed ? [parsed.refusal] : parsed.results;
    const entries = results.map((result) => toEntry(result, body));
    const recorded = await deps.health.track(() => deps.store.recordDeliveries(entries, new Date()));
    const outcomes = entries.map((entry, i) => toOutcome(entry, recorded[i] as RecordResult));
    count(deps.metrics, outcomes);
    if (outcomes.some((o) => o.status === "accepted")) deps.onStored();
    request.delivery = summarize(mode.mode, outcomes);
    return mode.mode === "batch" && !("refusal" in parsed)
      ? answerBatch(reply, outcomes)
      : answerOne(reply, outcomes[0] as ItemOutcome);
  });
};

const QUARANTINE_PROBLEMS: Record<string, { name: string; title: string; status?: number }> = {
  "malformed-json": { name: "malformed-json", title: "The body is not valid JSON" },
  "not-a-cloudevent": { name: "not-a-cloudevent", title: "The body is not a CloudEvent" },
  invalid: { name: "invalid-event", title: "The event does not match its schema" },
  "too-deep": { name: "too-deep", title: "The JSON is nested too deeply" },
  "too-many-events": { name: "too-many-events", title: "The batch holds too many events", status: 413 },
};

function answerOne(reply: FastifyReply, outcome: ItemOutcome): FastifyReply {
  if (outcome.status !== "quarantined") return reply.code(200).send(outcome);
  const kind = QUARANTINE_PROBLEMS[outcome.code] ?? { name: outcome.code, title: "The event was refused" };
  const problem: Problem = {
    type: problemType(kind.name),
    title: kind.title,
    status: kind.status ?? 400,
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
function answerBatch(reply: FastifyReply, outcomes: ItemOutcome[]): FastifyReply {
  const listing = listResults(outcomes);
  if (outcomes.length === 0 || outcomes.some((r) => r.status !== "quarantined")) {
    return reply.code(200).send(listing);
  }
  return sendProblem(reply, {
    type: problemType("invalid-batch"),
    title: "No event in the batch could be accepted",
    status: 400,
    detail: "Every member was kept in quarantine; see `results`.",
    ...listing,
  });
}

/**
 * One result per member, in order. Past `LISTED_RESULTS` members the answer stays small: every accepted and
 * duplicate member is still listed (the sender needs their ids), quarantined ones only up to the bound, and
 * each listed result then carries its `index` in the batch; `omitted` counts the rest.
 */
function listResults(outcomes: ItemOutcome[]) {
  const counts = { accepted: 0, duplicate: 0, quarantined: 0 };
  for (const o of outcomes) counts[o.status]++;
  if (outcomes.length <= LISTED_RESULTS) return { results: outcomes, counts };
  let room = Math.max(0, LISTED_RESULTS - counts.accepted - counts.duplicate);
  const results: (ItemOutcome & { index: number })[] = [];
  outcomes.forEach((o, index) => {
    if (o.status !== "quarantined") results.push({ index, ...o });
    else if (room > 0) {
      room--;
      results.push({ index, ...o });
    }
  });
  return { results, counts, omitted: outcomes.length - results.length };
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
