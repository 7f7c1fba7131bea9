// The read API under /api: what was received, what the projection knows, what failed. Same secret as the
// webhook (`auth.ts`). Lists page with a cursor (`?after=` from the previous page's `next`), keyset on a
// stable order: inbox and quarantine ids newest first, dialogs by id.

import {
  decodeCursor,
  type PageQuery,
  pageLimit,
  pageOf,
  pageQueryProperties,
  sendProblem,
} from "@dialogporten-events/http-kit";
import type { FastifyPluginAsync } from "fastify";
import { viewStored, viewSummary } from "../projection/dialogs.js";
import type { InboxKind, InboxStatus, Store } from "../store/store.js";
import { problems } from "./problem.js";

export interface ReadApiDeps {
  store: Store;
  /** A parked item was put back in the queue. */
  onRetry(): void;
}

const KINDS: readonly InboxKind[] = ["dialogporten", "unknown", "subscription-validation"];
const STATUSES: readonly InboxStatus[] = ["pending", "processed", "failed"];

interface EventsQuery extends PageQuery {
  type?: string;
  kind?: InboxKind;
  status?: InboxStatus;
}

/** Inbox ids are positive integers; anything else names no item. */
function inboxId(raw: string): number | undefined {
  const n = Number(raw);
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

const isId = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) > 0;
const isDialogId = (value: unknown): value is string => typeof value === "string" && value.length > 0;

/**
 * Query strings are validated before a handler runs (a 400 problem+json points at the parameter): each
 * parameter at most once, `kind` and `status` from their sets, `after` a cursor. `limit` stays lenient (not a
 * positive integer: the default). Other parameters (`code`, the secret) are not looked at here.
 */
function querySchema(properties: Record<string, object> = {}) {
  return { querystring: { type: "object", properties: { ...pageQueryProperties, ...properties } } } as const;
}

const listSchema = { schema: querySchema() };
const eventsSchema = {
  schema: querySchema({
    type: { type: "string" },
    kind: { type: "string", enum: KINDS },
    status: { type: "string", enum: STATUSES },
  }),
};

export const readApiRoutes: FastifyPluginAsync<ReadApiDeps> = async (app, { store, onRetry }) => {
  app.get<{ Querystring: EventsQuery }>("/api/events", eventsSchema, async (request) => {
    const { type, kind, status } = request.query;
    const limit = pageLimit(request.query.limit);
    const after = decodeCursor(request.query.after, isId);
    const rows = await store.listEvents({
      ...(type ? { type } : {}),
      ...(kind ? { kind } : {}),
      ...(status ? { status } : {}),
      ...(after === undefined ? {} : { after }),
      limit: limit + 1,
    });
    const page = pageOf(rows, {
      limit,
      keyOf: (e) => e.id,
      path: "/api/events",
      query: { type, kind, status },
    });
    return { events: page.items, next: page.next };
  });

  app.get<{ Params: { id: string } }>("/api/events/:id", async (request, reply) => {
    const id = inboxId(request.params.id);
    const item = id === undefined ? undefined : await store.getEvent(id);
    return item ?? sendProblem(reply, problems.notFound(`No inbox item ${request.params.id}.`));
  });

  app.get<{ Querystring: PageQuery }>("/api/quarantine", listSchema, async (request) => {
    const limit = pageLimit(request.query.limit);
    const rows = await store.listQuarantine(limit + 1, decodeCursor(request.query.after, isId));
    const page = pageOf(rows, { limit, keyOf: (q) => q.id, path: "/api/quarantine", query: {} });
    return { items: page.items, next: page.next };
  });

  app.get<{ Querystring: PageQuery }>("/api/dialogs", listSchema, async (request) => {
    const limit = pageLimit(request.query.limit);
    const rows = await store.listDialogs(limit + 1, decodeCursor(request.query.after, isDialogId));
    const page = pageOf(rows, { limit, keyOf: (d) => d.dialogId, path: "/api/dialogs", query: {} });
    return {
      dialogs: page.items.map((record) => ({
        ...viewSummary(record, record.summary),
        version: record.version,
        updatedAt: record.updatedAt,
        events: record.summary.events,
        activities: record.summary.activities,
        transmissions: record.summary.transmissions,
      })),
      next: page.next,
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

  // Enrichment: the latest snapshot fetched from Dialogporten (404 until one was, or without enrichment).
  app.get<{ Params: { id: string } }>("/api/dialogs/:id/snapshot", async (request, reply) => {
    const snapshot = await store.snapshot(request.params.id);
    return (
      snapshot ??
      sendProblem(reply, problems.notFound(`No snapshot of dialog ${request.params.id} has been fetched.`))
    );
  });

  app.get<{ Querystring: PageQuery }>("/api/failed", listSchema, async (request) => {
    const limit = pageLimit(request.query.limit);
    const after = decodeCursor(request.query.after, isId);
    const rows = await store.listEvents({
      status: "failed",
      ...(after === undefined ? {} : { after }),
      limit: limit + 1,
    });
    const page = pageOf(rows, { limit, keyOf: (e) => e.id, path: "/api/failed", query: {} });
    return { events: page.items, next: page.next };
  });

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
};
