// One error handler for every route of an app, and routing's own answers: 404 for a path no route has, 405
// (with `Allow`) for a path that routes exist for under other methods. Registered with fastify-plugin, so the
// handlers apply to the whole app and its encapsulated route plugins alike.

import type { FastifyError, FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import FindMyWay, { type HTTPMethod } from "find-my-way";
import {
  type Problem,
  ProblemError,
  problems,
  type RequestIssue,
  sendProblem,
  statusProblem,
} from "./problem.js";

export interface ProblemDetailsOptions {
  /**
   * An app's own errors (its store is down, its writer is behind): the problem to answer, after setting any
   * header it needs on `reply`; `undefined` leaves the error to the shared handling.
   */
  mapError?(error: FastifyError, request: FastifyRequest, reply: FastifyReply): Problem | undefined;
}

interface AjvIssue {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

const noop = () => undefined;

const plugin: FastifyPluginAsync<ProblemDetailsOptions> = async (app, options) => {
  // The app's routes, fed to a router of the same kind fastify uses: it says which methods a path takes.
  const routes = FindMyWay();
  const methods: HTTPMethod[] = [];
  app.addHook("onRoute", (route) => {
    for (const method of [route.method].flat() as HTTPMethod[]) {
      if (routes.hasRoute(method, route.url)) continue;
      routes.on(method, route.url, noop);
      if (!methods.includes(method)) methods.push(method);
    }
  });

  app.setNotFoundHandler((request, reply) => {
    const path = pathOf(request.url);
    const allowed = methods.filter((method) => routes.find(method, path) !== null).join(", ");
    if (allowed) return sendProblem(reply.header("allow", allowed), problems.methodNotAllowed(allowed));
    return sendProblem(reply, problems.notFound());
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof ProblemError) return sendProblem(reply.headers(error.headers), error.problem);
    const mapped = options.mapError?.(error, request, reply);
    if (mapped) return sendProblem(reply, mapped);
    if (error.validation) {
      const part = error.validationContext ?? "request";
      const issues = (error.validation as AjvIssue[]).map((issue) => toIssue(part, issue));
      return sendProblem(reply, problems.badRequest(error.message, issues));
    }
    if (error.code === "FST_ERR_CTP_BODY_TOO_LARGE") {
      return sendProblem(reply, problems.tooLarge(request.routeOptions.bodyLimit ?? 0));
    }
    if (error.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE") {
      return sendProblem(reply, problems.unsupportedMediaType(error.message));
    }
    if (error.statusCode === 408) return sendProblem(reply, problems.timeout());
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
      return sendProblem(reply, statusProblem(error.statusCode, error.message));
    }
    request.log.error({ err: error }, "unexpected error");
    return sendProblem(reply, problems.internal());
  });
};

/** Problem details for every error and for routing's 404 and 405; register it before the routes. */
export const problemDetails = fp(plugin, { name: "problem-details", fastify: "5.x" });

/** Where the schema found the request wrong: a missing or unexpected property is named in the pointer. */
function toIssue(part: string, issue: AjvIssue): RequestIssue {
  const property = issue.params.missingProperty ?? issue.params.additionalProperty;
  const pointer =
    typeof property === "string" ? `${issue.instancePath}/${escapePointer(property)}` : issue.instancePath;
  return { in: part, pointer, message: issue.message ?? issue.keyword, keyword: issue.keyword };
}

const escapePointer = (token: string) => token.replaceAll("~", "~0").replaceAll("/", "~1");

/** The path without the query string, which may carry a secret. */
export function pathOf(url: string): string {
  const at = url.indexOf("?");
  return at < 0 ? url : url.slice(0, at);
}
