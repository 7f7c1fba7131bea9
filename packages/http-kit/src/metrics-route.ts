// `GET /metrics`: a prom-client registry in Prometheus' text format. Each app instance has its own registry
// (tests start several in one process), so nothing is registered globally.

import type { FastifyPluginAsync } from "fastify";
import type { Registry } from "prom-client";

export interface MetricsRouteOptions {
  registry: Registry;
}

/** An encapsulated plugin: register it with `app.register(metricsRoute, { registry })`. */
export const metricsRoute: FastifyPluginAsync<MetricsRouteOptions> = async (app, { registry }) => {
  app.get("/metrics", async (_request, reply) =>
    reply.type(registry.contentType).send(await registry.metrics()),
  );
};
