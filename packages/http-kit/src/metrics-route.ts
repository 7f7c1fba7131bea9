// Prometheus metrics through prom-client. Each app instance has its own registry (tests start several in one
// process), so nothing is registered globally; each registry carries the process defaults (CPU, memory, event
// loop, GC) beside the app's own metrics.

import type { FastifyPluginAsync } from "fastify";
import { collectDefaultMetrics, Registry } from "prom-client";

/** A registry of one app instance's own, with the process defaults already in it. */
export function createMetricsRegistry(): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return registry;
}

export interface MetricsRouteOptions {
  registry: Registry;
}

/** `GET /metrics` in Prometheus' text format; an encapsulated plugin: `app.register(metricsRoute, { registry })`. */
export const metricsRoute: FastifyPluginAsync<MetricsRouteOptions> = async (app, { registry }) => {
  app.get("/metrics", async (_request, reply) =>
    reply.type(registry.contentType).send(await registry.metrics()),
  );
};
