// RFC 9457 problem details: a machine-readable `type`, a fixed `title` per type, and no stack traces or
// internals. Both apps answer every error this way.

import { STATUS_CODES } from "node:http";
import type { FastifyReply } from "fastify";

// A URN, not a URL: nothing is published at an address, and RFC 9457 does not require one.
const TYPE_BASE = "urn:dialogporten-events:problem:";

export const PROBLEM_MEDIA_TYPE = "application/problem+json; charset=utf-8";

export interface Problem {
  /** A URI naming the kind of problem; `about:blank` when the status code says it all. */
  type: string;
  title: string;
  status: number;
  detail?: string;
  [extension: string]: unknown;
}

/** One thing wrong with a request, as the webhook reports event issues: where (a JSON pointer) and what. */
export interface RequestIssue {
  /** Which part of the request: `querystring`, `params`, `body` or `headers`. */
  in: string;
  /** JSON pointer into that part, e.g. `/limit`. */
  pointer: string;
  message: string;
  keyword: string;
}

export function problemType(name: string): string {
  return `${TYPE_BASE}${name}`;
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.code(problem.status).type(PROBLEM_MEDIA_TYPE).send(problem);
}

/** Thrown from a handler or hook: the shared error handler answers it as it is. */
export class ProblemError extends Error {
  override name = "ProblemError";
  constructor(
    readonly problem: Problem,
    readonly headers: Record<string, string> = {},
  ) {
    super(problem.detail ?? problem.title);
  }
}

// RFC 9110's names where Node still has older ones.
const TITLES: Record<number, string> = { 413: "Content Too Large", 422: "Unprocessable Content" };

/** A problem whose status code says it all (`about:blank`, the status text as title). */
export function statusProblem(status: number, detail?: string): Problem {
  return {
    type: "about:blank",
    title: TITLES[status] ?? STATUS_CODES[status] ?? "Error",
    status,
    ...(detail === undefined ? {} : { detail }),
  };
}

export const problems = {
  badRequest: (detail: string, issues?: RequestIssue[]): Problem => ({
    ...statusProblem(400, detail),
    ...(issues ? { issues } : {}),
  }),
  headersTooLarge: (): Problem =>
    statusProblem(431, "The request's headers are larger than the server accepts."),
  methodNotAllowed: (allowed: string): Problem => statusProblem(405, `This path accepts ${allowed}.`),
  notFound: (detail = "There is nothing here."): Problem => statusProblem(404, detail),
  tooLarge: (limit: number): Problem =>
    statusProblem(413, `The body is larger than the limit of ${limit} bytes.`),
  unsupportedMediaType: (detail: string): Problem => statusProblem(415, detail),
  timeout: (): Problem => statusProblem(408, "The request took too long to arrive."),
  internal: (): Problem => statusProblem(500, "Something went wrong on our side; it is in the log."),
};
