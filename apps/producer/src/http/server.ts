// The producer's HTTP side: one encapsulated plugin per concern (publish, pull, subscriptions, dead letters
// and stats, the Dialogporten API stand-in, health, metrics). Every error leaves as problem+json (`problemDetails` from the shared kit).

import {
  answerClientError,
  metricsRoute,
  problemDetails,
  routeValidatorCompiler,
} from "@dialogporten-events/http-kit";
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from "fastify";
import type { TokenIssuer } from "../auth/tokens.js";
import type { Broker } from "../broker.js";
import { DialogService, dialogportenRoutes } from "../dialogporten/routes.js";
import { adminRoutes } from "./admin.js";
import { healthRoutes } from "./health.js";
import { producerErrors } from "./problem.js";
import { publishRoutes } from "./publish.js";
import { pullRoutes } from "./pull.js";
import { subscriptionRoutes } from "./subscriptions.js";

/** Where the Dialogporten API stand-in is mounted: its routes are `/dialogporten/api/v1/...`. */
export const DIALOGPORTEN_PREFIX = "/dialogporten";

export function buildServer(
  broker: Broker,
  tokens: TokenIssuer,
  logger: FastifyBaseLogger,
  /** The `https://…/dialogporten` base of the stand-in's events' `source` (known once the server listens). */
  dialogportenPublicBase: () => string,
): FastifyInstance {
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
  // Each group checks its own scope (an encapsulated bearer hook); health and metrics stay open.
  app.register(publishRoutes, { broker, tokens });
  app.register(pullRoutes, { broker, tokens });
  app.register(subscriptionRoutes, { broker, tokens });
  app.register(adminRoutes, { broker, tokens });
  app.register(dialogportenRoutes, {
    prefix: DIALOGPORTEN_PREFIX,
    mountedAt: DIALOGPORTEN_PREFIX,
    service: new DialogService(broker, dialogportenPublicBase),
    tokens,
  });
  app.register(healthRoutes);
  app.register(metricsRoute, { registry: broker.metrics.registry });
  return app;
}
