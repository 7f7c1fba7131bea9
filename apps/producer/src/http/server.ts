import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from "fastify";
import type { Broker } from "../broker.js";
import { StoreUnavailableError } from "../outbox/store.js";
import { registerSubscriptionRoutes } from "../subscriptions/api.js";
import { registerAdminRoutes } from "./admin.js";
import { registerPublishRoute } from "./publish.js";

export function buildServer(broker: Broker, logger: FastifyBaseLogger): FastifyInstance {
  const app = Fastify({
    loggerInstance: logger,
    // A demo publishes thousands of events; one log line per request would drown the delivery log.
    logController: new LogController({ disableRequestLogging: true }),
  }) as unknown as FastifyInstance;
  // The outbox's database is unreachable: nothing of the request was committed. 503 (problem+json) tells
  // the publisher to retry later; every other error keeps Fastify's default handling.
  app.setErrorHandler((error, request, reply) => {
    if (!(error instanceof StoreUnavailableError)) {
      // Not an outage: Fastify answers (500 unless the error says otherwise) but, with request logging off,
      // does not log it; a server error is logged here, once, with its cause.
      if (((error as { statusCode?: number }).statusCode ?? 500) >= 500)
        request.log.error({ err: error, url: request.url }, "request failed");
      throw error;
    }
    request.log.warn({ err: error, url: request.url }, "outbox unavailable; answered 503");
    return reply.code(503).header("retry-after", "1").type("application/problem+json").send({
      type: "about:blank",
      title: "Service unavailable",
      status: 503,
      detail: "The outbox's database cannot be reached; nothing was stored. Retry later.",
    });
  });
  registerPublishRoute(app, broker);
  registerSubscriptionRoutes(app, broker);
  registerAdminRoutes(app, broker);
  return app;
}
