// Assembles the HTTP side: limits first (in flight, time, size), then who may call (`auth.ts`), then one
// encapsulated plugin per concern: the webhook, the read API, maintenance, health, metrics, the live view
// (`ui.ts`). Every error leaves as problem+json (`problemDetails` from the shared kit, with the consumer's
// own errors first); every request leaves exactly one log line, without the secret.

import {
  answerClientError,
  metricsRoute,
  pathOf,
  problemDetails,
  routeValidatorCompiler,
  sendProblem,
} from "@dialogporten-events/http-kit";
import fastifyCookie from "@fastify/cookie";
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from "fastify";
import type { Logger } from "pino";
import type { DeliveryLimits } from "../intake/input-bounds.js";
import type { PruneReport } from "../maintenance/retention.js";
import type { Metrics } from "../metrics.js";
import type { Store } from "../store/store.js";
import { adminRoutes } from "./admin-api.js";
import type { AddressAllowList } from "./allow-list.js";
import { requireAccess } from "./auth.js";
import { decodeBody } from "./content-encoding.js";
import { consumerErrors } from "./errors.js";
import { healthRoutes } from "./health.js";
import { problems } from "./problem.js";
import { readApiRoutes } from "./read-api.js";
import { uiRoutes } from "./ui.js";
import { sessionSigningKey } from "./ui-session.js";
import { webhookRoutes } from "./webhook.js";
import { WriteHealth } from "./write-health.js";

declare module "fastify" {
  interface FastifyRequest {
    /** What the webhook made of the delivery, for the request's log line. */
    delivery: Record<string, unknown> | null;
  }
}

export interface ServerOptions {
  logger: Logger;
  store: Store;
  metrics: Metrics;
  /** `undefined` leaves every route open (insecure mode). */
  secret: string | undefined;
  maxBodyBytes: number;
  /** Nesting depth and batch size bounds of a delivery. */
  limits: DeliveryLimits;
  /** Requests beyond this many at once get 503 at once instead of queueing up. */
  maxInFlight: number;
  /** Whole request, headers and body: a slow client cannot hold a request slot longer. */
  requestTimeoutMs: number;
  /** The headers must have arrived this long after the request began (at most `requestTimeoutMs`). */
  headersTimeoutMs: number;
  /** A connection on which nothing arrives for this long is closed (idle sockets, before any request too). */
  connectionTimeoutMs: number;
  /** An idle keep-alive connection is closed after this long between requests. */
  keepAliveTimeoutMs: number;
  /** New work in the inbox. */
  onInboxChanged(): void;
  /** Inbox retention, now (`POST /api/inbox/prune`). */
  prune(): Promise<PruneReport>;
  /** When set, only these sender addresses may post to /webhook (403 otherwise). */
  allowList?: AddressAllowList | undefined;
  /** Fastify's `trustProxy`; off unless set, so X-Forwarded-For cannot be forged to pass the allow-list. */
  trustProxy?: boolean | number | string[] | undefined;
}

export function buildServer(options: ServerOptions): FastifyInstance {
  const { store, metrics } = options;
  const app: FastifyInstance = Fastify({
    // pino's Logger is a FastifyBaseLogger; the cast keeps the instance type the default one.
    loggerInstance: options.logger as FastifyBaseLogger,
    // Our own onResponse line replaces fastify's two, which would log the URL with `?code=<secret>`.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: options.maxBodyBytes,
    ...trustProxyOption(options.trustProxy),
    requestTimeout: options.requestTimeoutMs,
    connectionTimeout: options.connectionTimeoutMs,
    keepAliveTimeout: options.keepAliveTimeoutMs,
    http: {
      headersTimeout: Math.min(options.headersTimeoutMs, options.requestTimeoutMs),
      // Node checks timeouts on this interval (30 s by default), which would stretch short timeouts.
      connectionsCheckingInterval: Math.min(1_000, options.headersTimeoutMs, options.requestTimeoutMs),
    },
    // Node's own 400, 408 and 431 answers, as problem+json.
    clientErrorHandler: answerClientError,
  });
  app.decorateRequest("delivery", null);
  // Registered before the routes, so its 404/405 knows them all (fastify-plugin: it applies to the whole app).
  app.register(problemDetails, { mapError: consumerErrors(metrics, options.maxBodyBytes) });
  app.setValidatorCompiler(routeValidatorCompiler);
  // Signs the live view's session cookie; `auth.ts` reads it (no parsing hook: auth runs first).
  app.register(fastifyCookie, { secret: sessionSigningKey(options.secret), hook: false });

  // The webhook reads raw bytes whatever the content type; it decides what it accepts (415) itself.
  app.removeAllContentTypeParsers();
  // A `Content-Encoding` is undone here (bounded by the body limit), so every route reads plain bytes.
  app.addContentTypeParser("*", { parseAs: "buffer" }, (request, body, done) => {
    try {
      done(null, decodeBody(request.headers["content-encoding"], body as Buffer, options.maxBodyBytes));
    } catch (error) {
      done(error as Error, undefined);
    }
  });

  let inFlight = 0;
  app.addHook("onRequest", async (_request, reply) => {
    if (inFlight >= options.maxInFlight) {
      metrics.count(metrics.rejected, "busy");
      return sendProblem(reply.header("retry-after", "1"), problems.busy());
    }
    inFlight++;
    reply.raw.once("close", () => inFlight--);
  });
  app.addHook("onRequest", requireAccess({ secret: options.secret, allowList: options.allowList, metrics }));
  app.addHook("onResponse", async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        path: pathOf(request.url),
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
        ...request.delivery,
      },
      request.delivery ? "delivery" : "request",
    );
  });

  const health = new WriteHealth();
  app.register(webhookRoutes, {
    store,
    metrics,
    limits: options.limits,
    health,
    onStored: options.onInboxChanged,
  });
  app.register(readApiRoutes, { store, onRetry: options.onInboxChanged });
  app.register(adminRoutes, {
    store,
    metrics,
    maxJsonDepth: options.limits.maxJsonDepth,
    prune: options.prune,
    onInboxChanged: options.onInboxChanged,
  });
  app.register(healthRoutes, { store, health });
  app.register(metricsRoute, { registry: metrics.registry });
  app.register(uiRoutes, { secret: options.secret });
  return app;
}

/** A hop count becomes proxy-addr's function form; the other forms pass as they are. */
function trustProxyOption(value: ServerOptions["trustProxy"]) {
  if (value === undefined) return {};
  if (typeof value === "number") return { trustProxy: (_address: string, hop: number) => hop < value };
  return { trustProxy: value };
}
