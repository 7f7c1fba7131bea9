import type { FastifyInstance } from "fastify";
import type { SubscriptionService } from "../broker.js";
import type { Subscription } from "../outbox/store.js";

const BASE = "/events/api/v1/subscriptions";

/** The broker's answer shape: `validated` says whether deliveries have started. */
const view = (s: Subscription) => ({ ...s, validated: s.status === "active", consumer: "/org/local" });

/** Create, list, get and delete, modeled on Altinn Events' subscription API. */
export function registerSubscriptionRoutes(app: FastifyInstance, broker: SubscriptionService): void {
  app.post(BASE, async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    if (typeof body !== "object" || Array.isArray(body))
      return reply
        .code(400)
        .send({ title: "Bad request", status: 400, errors: ["the body must be a JSON object"] });
    const outcome = await broker.subscribe(body);
    if (!outcome.ok)
      return reply.code(400).send({ title: "Invalid subscription", status: 400, errors: outcome.problems });
    return reply
      .code(201)
      .header("location", `${BASE}/${outcome.subscription.id}`)
      .send(view(outcome.subscription));
  });

  app.get(BASE, async () => {
    const subscriptions = await broker.listSubscriptions();
    return { count: subscriptions.length, subscriptions: subscriptions.map(view) };
  });

  app.get<{ Params: { id: string } }>(`${BASE}/:id`, async (request, reply) => {
    const s = await broker.getSubscription(Number(request.params.id));
    return s ? view(s) : reply.code(404).send({ title: "Not found", status: 404 });
  });

  app.delete<{ Params: { id: string } }>(`${BASE}/:id`, async (request, reply) => {
    const deleted = await broker.deleteSubscription(Number(request.params.id));
    return reply.code(deleted ? 200 : 404).send(deleted ? undefined : { title: "Not found", status: 404 });
  });
}
