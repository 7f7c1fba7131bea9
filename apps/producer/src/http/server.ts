// The producer's HTTP side: one encapsulated plugin per concern (publish, subscriptions, dead letters and
// stats, health, metrics). Every error leaves as problem+json (`problemDetails` from the shared kit).

import {
  answerClientError,
  metricsRoute,
  problemDetails,
  routeValidatorCompiler,
} from "@dialogporten-events/http-kit";
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from "fastify";
import type { Broker } from "../broker.js";
import { subscriptionRoutes } from "../subscriptions/api.js";
import { adminRoutes } from "./admin.js";
import { healthRoutes } from "./health.js";
import { producerErrors } from "./problem.js";
import { publishRoutes } from "./publish.js";

export function buildServer(broker: Broker, logger: FastifyBaseLogger): FastifyInstance {
  const app = Fastify({
    loggerInstance: logger,
    // A demo publishes thousands of events; one log line per request would drown the delivery log.
    logController: new LogController({ disableRequestLogging: true }),
    // Node's own 400, 408 and 431 answers, as problem+json.
    clientErrorHandler: answerClientError,
  }) as unknown as FastifyInstance;
  // Registered before the routes, so its 404/405 knows them all.
  app.register(problemDetails, { mapError: producerErrors });
  app.setValidatorCompiler(routeValidatorCompiler);
  app.register(publishRoutes, { broker });
  app.register(subscriptionRoutes, { broker });
  app.register(adminRoutes, { broker });
  app.register(healthRoutes);
  app.register(metricsRoute, { registry: broker.metrics.registry });
  return app;
}
