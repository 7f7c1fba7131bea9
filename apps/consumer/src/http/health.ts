// `GET /healthz`, open to all: 200 while the store answers and the last delivery could be written.

import { sendProblem } from "@dialogporten-events/http-kit";
import type { FastifyPluginAsync } from "fastify";
import type { Store } from "../store/store.js";
import { problems } from "./problem.js";
import type { WriteHealth } from "./write-health.js";

export interface HealthDeps {
  store: Store;
  health: WriteHealth;
}

export const healthRoutes: FastifyPluginAsync<HealthDeps> = async (app, { store, health }) => {
  app.get("/healthz", { config: { access: "public" } }, async (request, reply) => {
    try {
      await store.ping();
      const failing = health.failing();
      if (failing) throw failing; // it answers, but the last delivery could not be written
      return { status: "ok" };
    } catch (error) {
      request.log.error({ err: error }, "health check failed");
      return sendProblem(reply, problems.storeUnavailable());
    }
  });
};
