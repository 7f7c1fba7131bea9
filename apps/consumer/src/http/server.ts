// Assembles the HTTP side: limits first (in flight, time, size), then the secret, then the routes. Every
// error leaves as problem+json; every request leaves exactly one log line, without the secret.

import Fastify, {
  type FastifyBaseLogger,
  type FastifyError,
  type FastifyInstance,
  type FastifyRequest,
  LogController,
} from "fastify";
import type { Logger } from "pino";
import type { PruneReport } from "../maintenance/retention.js";
import type { Metrics } from "../metrics.js";
import { type Store, StoreBusyError, StoreUnavailableError } from "../store/store.js";
import { registerAdminApi } from "./admin-api.js";
import type { AddressAllowList } from "./allow-list.js";
import { requireSecret } from "./auth.js";
import { ACCEPTED_ENCODINGS, decodeBody, EncodingError } from "./content-encoding.js";
import type { DeliveryLimits } from "./input-bounds.js";
import { answerClientError, problems, sendProblem } from "./problem.js";
import { registerReadApi } from "./read-api.js";
import { registerWebhook } from "./webhook.js";
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

/** The methods each path takes, for 405 answers (HEAD goes with GET). */
const ROUTE_METHODS: readonly [RegExp, string][] = [
  [/^\/webhook$/, "POST"],
  [/^\/api\/failed\/[^/]+\/retry$/, "POST"],
  [/^\/api\/(quarantine\/replay|inbox\/prune)$/, "POST"],
  [/^\/(healthz|metrics|api\/(events|quarantine|dialogs|failed|stats))$/, "GET, HEAD"],
  [/^\/api\/(events|dialogs)\/[^/]+$/, "GET, HEAD"],
];

const PUBLIC_PATHS = new Set(["/healthz"]);

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
  const { allowList } = options;
  if (allowList) {
    app.addHook("onRequest", async (request, reply) => {
      if (pathOf(request) !== "/webhook" || allowList.allows(request.ip)) return;
      metrics.count(metrics.rejected, "address-not-allowed");
      request.log.warn({ ip: request.ip }, "delivery from an address not on the allow-list");
      return sendProblem(reply, problems.forbidden());
    });
  }
  app.addHook(
    "onRequest",
    requireSecret(options.secret, (request) => PUBLIC_PATHS.has(pathOf(request))),
  );
  app.addHook("onResponse", async (request, reply) => {
    const seconds = reply.elapsedTime / 1000;
    if (request.routeOptions.url === "/webhook") metrics.webhookSeconds.observe(seconds);
    if (reply.statusCode === 401) metrics.count(metrics.rejected, "unauthorized");
    request.log.info(
      {
        method: request.method,
        path: pathOf(request),
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
        ...request.delivery,
      },
      request.delivery ? "delivery" : "request",
    );
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof StoreBusyError) {
      // Backpressure, not a fault: the writer is behind; nothing was stored; the sender retries soon.
      metrics.count(metrics.rejected, "store-busy");
      return sendProblem(reply.header("retry-after", "1"), problems.storeBusy());
    }
    if (error instanceof StoreUnavailableError) {
      request.log.error({ err: error }, "store unavailable; answering 503 so the sender retries");
      metrics.count(metrics.rejected, "store-unavailable");
      return sendProblem(reply.header("retry-after", "10"), problems.storeUnavailable());
    }
    if (error instanceof EncodingError) {
      if (error.status === 415) {
        metrics.count(metrics.rejected, "unsupported-encoding");
        return sendProblem(
          reply.header("accept-encoding", ACCEPTED_ENCODINGS),
          problems.unsupportedMediaType(error.message),
        );
      }
      if (error.status === 413) {
        metrics.count(metrics.rejected, "too-large");
        return sendProblem(reply, problems.tooLarge(options.maxBodyBytes));
      }
      metrics.count(metrics.rejected, "malformed-encoding");
      return sendProblem(reply, problems.badRequest(error.message));
    }
    if (error.code === "FST_ERR_CTP_BODY_TOO_LARGE") {
      metrics.count(metrics.rejected, "too-large");
      return sendProblem(reply, problems.tooLarge(options.maxBodyBytes));
    }
    if (error.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE") {
      metrics.count(metrics.rejected, "unsupported-media-type");
      return sendProblem(reply, problems.unsupportedMediaType(error.message));
    }
    if (error.statusCode === 408) return sendProblem(reply, problems.timeout());
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
      // Among them query strings that fail a route's schema (`read-api.ts`): the message names the parameter.
      return sendProblem(reply, { ...problems.badRequest(error.message), status: error.statusCode });
    }
    request.log.error({ err: error }, "unexpected error");
    return sendProblem(reply, problems.internal());
  });
  app.setNotFoundHandler((request, reply) => {
    const path = pathOf(request);
    const allowed = ROUTE_METHODS.find(([pattern]) => pattern.test(path))?.[1];
    if (allowed) return sendProblem(reply.header("allow", allowed), problems.methodNotAllowed(allowed));
    return sendProblem(reply, problems.notFound());
  });

  const health = new WriteHealth();
  registerWebhook(app, { store, metrics, limits: options.limits, health, onStored: options.onInboxChanged });
  registerReadApi(app, { store, onRetry: options.onInboxChanged });
  registerAdminApi(app, {
    store,
    metrics,
    maxJsonDepth: options.limits.maxJsonDepth,
    prune: options.prune,
    onInboxChanged: options.onInboxChanged,
  });

  app.get("/healthz", async (request, reply) => {
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
  app.get("/metrics", async (_request, reply) =>
    reply.type("text/plain; version=0.0.4; charset=utf-8").send(metrics.render()),
  );
  return app;
}

/** The path without the query string, which may carry the secret. */
function pathOf(request: FastifyRequest): string {
  const at = request.url.indexOf("?");
  return at < 0 ? request.url : request.url.slice(0, at);
}

/** A hop count becomes proxy-addr's function form; the other forms pass as they are. */
function trustProxyOption(value: ServerOptions["trustProxy"]) {
  if (value === undefined) return {};
  if (typeof value === "number") return { trustProxy: (_address: string, hop: number) => hop < value };
  return { trustProxy: value };
}
