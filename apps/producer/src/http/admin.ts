import type { FastifyInstance } from "fastify";
import type { Broker } from "../broker.js";
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
export function registerAdminRoutes(app: FastifyInstance, broker: Broker): void {
  app.get<{ Querystring: { subscription?: string; limit?: string } }>("/dead-letters", async (request) => {
    const { subscription, limit } = request.query;
    const dead = await broker.store.listDeliveries({
      status: "dead",
      ...(subscription ? { subscriptionId: Number(subscription) } : {}),
      limit: limit ? Number(limit) : 1000,
    });
    return { count: dead.length, deadLetters: dead.map(view) };
  });

  app.post<{ Params: { id: string } }>("/dead-letters/:id/replay", async (request, reply) => {
    const replayed = await broker.store.replayDead([Number(request.params.id)], Date.now());
    broker.worker.wake();
    return replayed ? { replayed } : reply.code(404).send({ title: "No such dead letter", status: 404 });
  });

  app.post<{ Body: { ids?: number[] } | undefined }>("/dead-letters/replay", async (request) => {
    const ids = Array.isArray(request.body?.ids) ? request.body.ids.map(Number) : undefined;
    const replayed = await broker.store.replayDead(ids, Date.now());
    broker.worker.wake();
    return { replayed };
  });

  app.get("/api/stats", async () => {
    const [counts, byType] = await Promise.all([broker.store.counts(), broker.store.statsByType()]);
    return { ...counts, inFlight: broker.worker.inFlightTotal, byType };
  });

  app.get("/metrics", async (_request, reply) => {
    const [counts, subscriptions] = await Promise.all([
      broker.store.counts(),
      broker.store.listSubscriptions(),
    ]);
    const byStatus: Record<string, number> = { pending: 0, active: 0, failed: 0 };
    for (const s of subscriptions) byStatus[s.status] = (byStatus[s.status] ?? 0) + 1;
    return reply
      .type("text/plain; version=0.0.4; charset=utf-8")
      .send(broker.metrics.render({ ...counts, inFlight: broker.worker.inFlightTotal }, byStatus));
  });

  app.get("/healthz", async () => ({ ok: true }));
}
