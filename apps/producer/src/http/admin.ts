import type { FastifyInstance } from "fastify";
import type { AdminService } from "../broker.js";
import type { Delivery } from "../outbox/store.js";

const view = ({ body, ...rest }: Delivery) => ({
  ...rest,
  nextAttemptAt: new Date(rest.nextAttemptAt).toISOString(),
  updatedAt: new Date(rest.updatedAt).toISOString(),
  event: JSON.parse(body) as unknown,
});

/**
 * What the real broker does not offer: the dead-letter list with replay, delivery stats and metrics.
 * Replay gives the delivery a fresh schedule of 12 attempts.
 */
export function registerAdminRoutes(app: FastifyInstance, broker: AdminService): void {
  app.get<{ Querystring: { subscription?: string; limit?: string } }>("/dead-letters", async (request) => {
    const { subscription, limit } = request.query;
    const dead = await broker.deadLetters({
      ...(subscription ? { subscriptionId: Number(subscription) } : {}),
      limit: limit ? Number(limit) : 1000,
    });
    return { count: dead.length, deadLetters: dead.map(view) };
  });

  app.post<{ Params: { id: string } }>("/dead-letters/:id/replay", async (request, reply) => {
    const replayed = await broker.replayDeadLetters([Number(request.params.id)]);
    return replayed ? { replayed } : reply.code(404).send({ title: "No such dead letter", status: 404 });
  });

  app.post<{ Body: { ids?: number[] } | undefined }>("/dead-letters/replay", async (request) => {
    const ids = Array.isArray(request.body?.ids) ? request.body.ids.map(Number) : undefined;
    const replayed = await broker.replayDeadLetters(ids);
    return { replayed };
  });

  app.get("/api/stats", async () => {
    return broker.stats();
  });

  app.get("/metrics", async (_request, reply) => {
    const { counts, subscriptions } = await broker.snapshot();
    return reply
      .type("text/plain; version=0.0.4; charset=utf-8")
      .send(broker.metrics.render(counts, subscriptions));
  });

  app.get("/healthz", async () => ({ ok: true }));
}
