// The producer's own problem details, beside the shared ones (`@dialogporten-events/http-kit`).

import { type Problem, problemType, type RequestIssue } from "@dialogporten-events/http-kit";
import type { Issue } from "dialogporten-events";
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { StoreUnavailableError } from "../outbox/store.js";

export const producerProblems = {
  /** Strict mode refused the event; `errors` says where and why. */
  invalidEvent: (detail: string, errors: Issue[]): Problem => ({
    type: problemType("invalid-event"),
    title: "The event does not match its schema",
    status: 400,
    detail,
    errors,
  }),
  invalidSubscription: (issues: RequestIssue[]): Problem => ({
    type: problemType("invalid-subscription"),
    title: "Invalid subscription",
    status: 400,
    detail: "Nothing was created; see `issues`.",
    issues,
  }),
  outboxUnavailable: (): Problem => ({
    type: problemType("outbox-unavailable"),
    title: "Service unavailable",
    status: 503,
    detail: "The outbox's database cannot be reached; nothing was stored. Retry later.",
  }),
};

/**
 * The outbox's database is unreachable: nothing of the request was committed. 503 with `Retry-After` tells
 * the publisher to retry later.
 */
export function producerErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (!(error instanceof StoreUnavailableError)) return undefined;
  request.log.warn({ err: error, path: request.routeOptions.url }, "outbox unavailable; answered 503");
  reply.header("retry-after", "1");
  return producerProblems.outboxUnavailable();
}
