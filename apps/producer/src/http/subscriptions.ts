import {
  bearerAuth,
  bearerPrincipal,
  bearerProblems,
  problems,
  sendProblem,
} from "@dialogporten-events/http-kit";
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { SCOPES } from "../auth/scopes.js";
import type { Principal, TokenIssuer } from "../auth/tokens.js";
import type { SubscriptionService } from "../broker.js";
import type { Subscription } from "../outbox/store.js";
import {
  checkSubscription,
  type SubscriptionBody,
  subscriptionBodySchema,
} from "../subscriptions/request.js";
import { producerProblems } from "./problem.js";

const BASE = "/events/api/v1/subscriptions";
/** Where the real API's `Location` points: the singular path (it does so; the stand-in copies it). */
const LOCATION_BASE = "/events/api/v1/subscription";

/** The real answer's fields; `status` and `validatedAt` are the stand-in's extras. */
const view = ({ consumer, ...s }: Subscription) => ({
  ...s,
  consumer: consumer ?? "/org/local",
  createdBy: consumer ?? "/org/local",
  validated: s.status === "active",
});

/** Subscription ids are positive integers; the route schema says so before a handler runs (400 otherwise). */
const byId = {
  schema: {
    params: { type: "object", properties: { id: { type: "integer", minimum: 1 } }, required: ["id"] },
  },
} as const;

const principalOf = (request: FastifyRequest) => bearerPrincipal<Principal>(request) as Principal;

/**
 * Create, list, get and delete, as Altinn Events' subscription API, for tokens with
 * `altinn:events.subscribe`. A consumer sees and deletes only its own subscriptions (403 for another's);
 * those made before tokens belong to everyone. The route schema checks the shape, `checkSubscription` the
 * rules between fields; both answer every problem at once, by JSON pointer.
 */
export const subscriptionRoutes: FastifyPluginAsync<{
  broker: SubscriptionService;
  tokens: TokenIssuer;
}> = async (app, { broker, tokens }) => {
  app.addHook("onRequest", bearerAuth({ verify: (t) => tokens.verify(t), scopes: [SCOPES.subscribe] }));

  /** The subscription if it exists and the caller may see it; otherwise answered (404 or 403). */
  async function owned(request: FastifyRequest<{ Params: { id: number } }>, reply: FastifyReply) {
    const s = await broker.getSubscription(request.params.id);
    if (!s) {
      await sendProblem(reply, problems.notFound(`No subscription ${request.params.id}.`));
      return undefined;
    }
    if (s.consumer !== null && s.consumer !== principalOf(request).consumer) {
      await sendProblem(reply, bearerProblems.forbidden(`Subscription ${s.id} belongs to another consumer.`));
      return undefined;
    }
    return s;
  }

  app.post<{ Body: SubscriptionBody }>(
    BASE,
    { schema: { body: subscriptionBodySchema } },
    async (request, reply) => {
      const checked = checkSubscription(request.body);
      if (!checked.ok) return sendProblem(reply, producerProblems.invalidSubscription(checked.issues));
      const subscription = await broker.subscribe({
        ...checked.subscription,
        consumer: principalOf(request).consumer,
      });
      return reply
        .code(201)
        .header("location", `${LOCATION_BASE}/${subscription.id}`)
        .send(view(subscription));
    },
  );

  app.get(BASE, async (request) => {
    const subscriptions = await broker.listSubscriptions(principalOf(request).consumer);
    return { count: subscriptions.length, subscriptions: subscriptions.map(view) };
  });

  app.get<{ Params: { id: number } }>(`${BASE}/:id`, byId, async (request, reply) => {
    const s = await owned(request, reply);
    return s ? view(s) : reply;
  });

  app.delete<{ Params: { id: number } }>(`${BASE}/:id`, byId, async (request, reply) => {
    if (!(await owned(request, reply))) return reply;
    await broker.deleteSubscription(request.params.id);
    return reply.code(200).send();
  });
};
