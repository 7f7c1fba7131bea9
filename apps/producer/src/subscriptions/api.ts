import { problems, sendProblem } from "@dialogporten-events/http-kit";
import type { FastifyPluginAsync } from "fastify";
import type { SubscriptionService } from "../broker.js";
import { producerProblems } from "../http/problem.js";
import type { Subscription } from "../outbox/store.js";

const BASE = "/events/api/v1/subscriptions";

/** The broker's answer shape: `validated` says whether deliveries have started. */
const view = (s: Subscription) => ({ ...s, validated: s.status === "active", consumer: "/org/local" });

/** Subscription ids are positive integers; the route schema says so before a handler runs (400 otherwise). */
const byId = {
  schema: {
    params: { type: "object", properties: { id: { type: "integer", minimum: 1 } }, required: ["id"] },
  },
} as const;

/**
 * Create, list, get and delete, modeled on Altinn Events' subscription API. The route schema checks the
 * shape (an object); what makes a subscription valid (endpoint, filters) is `broker.subscribe`'s, answered
 * with every problem at once in `errors`.
 */
export const subscriptionRoutes: FastifyPluginAsync<{ broker: SubscriptionService }> = async (
  app,
  { broker },
) => {
  app.post<{ Body: Record<string, unknown> | undefined }>(
    BASE,
    { schema: { body: { type: "object" } } },
    async (request, reply) => {
      const outcome = await broker.subscribe(request.body ?? {});
      if (!outcome.ok) return sendProblem(reply, producerProblems.invalidSubscription(outcome.problems));
      return reply
        .code(201)
        .header("location", `${BASE}/${outcome.subscription.id}`)
        .send(view(outcome.subscription));
    },
  );

  app.get(BASE, async () => {
    const subscriptions = await broker.listSubscriptions();
    return { count: subscriptions.length, subscriptions: subscriptions.map(view) };
  });

  app.get<{ Params: { id: number } }>(`${BASE}/:id`, byId, async (request, reply) => {
    const s = await broker.getSubscription(request.params.id);
    return s ? view(s) : sendProblem(reply, problems.notFound(`No subscription ${request.params.id}.`));
  });

  app.delete<{ Params: { id: number } }>(`${BASE}/:id`, byId, async (request, reply) => {
    const deleted = await broker.deleteSubscription(request.params.id);
    if (!deleted) return sendProblem(reply, problems.notFound(`No subscription ${request.params.id}.`));
    return reply.code(200).send();
  });
};
