// The read API under /api: what was received, what the projection knows, what failed. Same secret as the
// webhook (checked in the server's onRequest hook).

import type { FastifyInstance } from "fastify";
import { viewStored, viewSummary } from "../projection/dialogs.js";
import type { InboxKind, InboxStatus, Store } from "../store/store.js";
import { problems, sendProblem } from "./problem.js";

export interface ReadApiDeps {
  store: Store;
  /** A parked item was put back in the queue. */
  onRetry(): void;
}

const KINDS: readonly InboxKind[] = ["dialogporten", "unknown", "subscription-validation"];
const STATUSES: readonly InboxStatus[] = ["pending", "processed", "failed"];
const MAX_LIMIT = 1000;

interface ListQuery {
  type?: string;
  kind?: string;
  status?: string;
  limit?: string;
}

function limitOf(raw: string | undefined, fallback = 100): number {
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 ? Math.min(n, MAX_LIMIT) : fallback;
}

/** Inbox ids are positive integers; anything else names no item. */
function inboxId(raw: string): number | undefined {
  const n = Number(raw);
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

/**
 * Query strings are validated before a handler runs (a 400 problem+json names the parameter): each parameter
 * at most once, `kind` and `status` from their sets. `limit` stays lenient (not a positive integer: the
 * default). Other parameters (`code`, the secret) are not looked at here.
 */
function querySchema(properties: Record<string, object>) {
  return { querystring: { type: "object", properties: { limit: { type: "string" }, ...properties } } };
}

const listSchema = { schema: querySchema({}) };
const eventsSchema = {
  schema: querySchema({
    type: { type: "string" },
    kind: { type: "string", enum: KINDS },
    status: { type: "string", enum: STATUSES },
  }),
};

export function registerReadApi(app: FastifyInstance, { store, onRetry }: ReadApiDeps): void {
  app.get<{ Querystring: ListQuery }>("/api/events", eventsSchema, async (request) => {
    const { type, kind, status, limit } = request.query;
    const events = await store.listEvents({
      ...(type ? { type } : {}),
      ...(kind ? { kind: kind as InboxKind } : {}),
      ...(status ? { status: status as InboxStatus } : {}),
      limit: limitOf(limit),
    });
    return { events };
  });

  app.get<{ Params: { id: string } }>("/api/events/:id", async (request, reply) => {
    const id = inboxId(request.params.id);
    const item = id === undefined ? undefined : await store.getEvent(id);
    return item ?? sendProblem(reply, problems.notFound(`No inbox item ${request.params.id}.`));
  });

  app.get<{ Querystring: ListQuery }>("/api/quarantine", listSchema, async (request) => ({
    items: await store.listQuarantine(limitOf(request.query.limit)),
  }));

  app.get<{ Querystring: ListQuery }>("/api/dialogs", listSchema, async (request) => {
    const records = await store.listDialogs(limitOf(request.query.limit));
    return {
      dialogs: records.map((record) => ({
        ...viewSummary(record, record.summary),
        version: record.version,
        updatedAt: record.updatedAt,
        events: record.summary.events,
        activities: record.summary.activities,
        transmissions: record.summary.transmissions,
      })),
    };
  });

  app.get<{ Params: { id: string } }>("/api/dialogs/:id", async (request, reply) => {
    const record = await store.getDialog(request.params.id.toLowerCase());
    if (!record) return sendProblem(reply, problems.notFound(`No events for dialog ${request.params.id}.`));
    return {
      ...viewStored(record, record.summary, record.timeline),
      version: record.version,
      updatedAt: record.updatedAt,
    };
  });

  app.get<{ Querystring: ListQuery }>("/api/failed", listSchema, async (request) => ({
    events: await store.listEvents({ status: "failed", limit: limitOf(request.query.limit) }),
  }));

  app.post<{ Params: { id: string } }>("/api/failed/:id/retry", async (request, reply) => {
    if (!(await store.retryFailed(Number(request.params.id), new Date()))) {
      return sendProblem(
        reply,
        problems.notFound(`Inbox item ${request.params.id} is not parked as failed.`),
      );
    }
    onRetry();
    return reply.code(202).send({ id: Number(request.params.id), status: "pending" });
  });

  app.get("/api/stats", async () => store.stats());
}
