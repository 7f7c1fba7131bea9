import type { FastifyPluginAsync } from "fastify";

/** The process is up; it does not ask the database (see the README: a load balancer keeps it in rotation). */
export const healthRoutes: FastifyPluginAsync = async (app) => {
  app.get("/healthz", async () => ({ ok: true }));
};
