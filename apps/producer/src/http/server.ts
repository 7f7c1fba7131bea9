import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from "fastify";
import type { Broker } from "../broker.js";
import { registerSubscriptionRoutes } from "../subscriptions/api.js";
import { registerAdminRoutes } from "./admin.js";
import { registerPublishRoute } from "./publish.js";

export function buildServer(broker: Broker, logger: FastifyBaseLogger): FastifyInstance {
  const app = Fastify({
    loggerInstance: logger,
    // A demo publishes thousands of events; one log line per request would drown the delivery log.
    logController: new LogController({ disableRequestLogging: true }),
  }) as unknown as FastifyInstance;
  registerPublishRoute(app, broker);
  registerSubscriptionRoutes(app, broker);
  registerAdminRoutes(app, broker);
  return app;
}
