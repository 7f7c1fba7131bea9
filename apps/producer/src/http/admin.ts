import {
  bearerAuth,
  decodeCursor,
  type PageQuery,
  pageLimit,
  pageOf,
  pageQueryProperties,
  problems,
  sendProblem,
} from "@dialogporten-events/http-kit";
import type { FastifyPluginAsync } from "fastify";
import { SCOPES } from "../auth/scopes.js";
import type { TokenIssuer } from "../auth/tokens.js";
import type { AdminService } from "../broker.js";
import type { Delivery } from "../outbox/store.js";

const view = ({ body, ...rest }: Delivery) => ({
  ...rest,
  nextAttemptAt: new Date(rest.nextAttemptAt).toISOString(),
  updatedAt: new Date(rest.updatedAt).toISOString(),
  event: JSON.parse(body) as unknown,
});

/** Enough for any hand-picked list; "all" needs no list. */
const MAX_IDS = 10_000;
/** Today's page size: the whole list up to this many, then `next`. */
const PAGE_LIMITS = { fallback: 1000, max: 1000 };

const isId = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) > 0;
const id = { type: "integer", minimum: 1 } as const;

interface DeadLetterQuery extends PageQuery {
  subscription?: number;
}

/**
 * What the real broker does not offer (tokens with the stand-in's `producer.admin` scope): the dead-letter list with replay, and delivery stats. Replay gives the
 * delivery a fresh schedule of 12 attempts. The list pages by delivery id (`?after=` from `next`).
 */
export const adminRoutes: FastifyPluginAsync<{ broker: AdminService; tokens: TokenIssuer }> = async (
  app,
  { broker, tokens },
) => {
  // The stand-in's own scope: the real broker has none of these routes.
  app.addHook("onRequest", bearerAuth({ verify: (t) => tokens.verify(t), scopes: [SCOPES.admin] }));
  app.get<{ Querystring: DeadLetterQuery }>(
    "/dead-letters",
    { schema: { querystring: { type: "object", properties: { subscription: id, ...pageQueryProperties } } } },
    async (request) => {
      const { subscription } = request.query;
      const limit = pageLimit(request.query.limit, PAGE_LIMITS);
      const after = decodeCursor(request.query.after, isId);
      const rows = await broker.deadLetters({
        ...(subscription === undefined ? {} : { subscriptionId: subscription }),
        ...(after === undefined ? {} : { after }),
        limit: limit + 1,
      });
      const page = pageOf(rows, {
        limit,
        keyOf: (d) => d.id,
        path: "/dead-letters",
        query: { subscription: subscription === undefined ? undefined : String(subscription) },
      });
      return { count: page.items.length, deadLetters: page.items.map(view), next: page.next };
    },
  );

  app.post<{ Params: { id: number } }>(
    "/dead-letters/:id/replay",
    { schema: { params: { type: "object", properties: { id }, required: ["id"] } } },
    async (request, reply) => {
      const replayed = await broker.replayDeadLetters([request.params.id]);
      return replayed
        ? { replayed }
        : sendProblem(reply, problems.notFound(`No dead letter ${request.params.id}.`));
    },
  );

  app.post<{ Body: { ids?: number[] } | undefined }>(
    "/dead-letters/replay",
    {
      schema: {
        body: {
          type: "object",
          properties: { ids: { type: "array", items: id, minItems: 1, maxItems: MAX_IDS } },
        },
      },
    },
    async (request) => {
      const replayed = await broker.replayDeadLetters(request.body?.ids);
      return { replayed };
    },
  );

  app.get("/api/stats", async () => broker.stats());
};
