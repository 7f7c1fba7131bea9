// Every error answer is RFC 9457 problem details (`application/problem+json`): a machine-readable `type`, a
// fixed `title` per type, and no stack traces or internals.

import { STATUS_CODES } from "node:http";
import type { Socket } from "node:net";
import type { FastifyReply } from "fastify";

// A URN, not a URL: nothing is published at an address, and RFC 9457 does not require one.
const TYPE_BASE = "urn:dialogporten-events:problem:";

export interface Problem {
  /** A URI naming the kind of problem; `about:blank` when the status code says it all. */
  type: string;
  title: string;
  status: number;
  detail?: string;
  [extension: string]: unknown;
}

export function problemType(name: string): string {
  return `${TYPE_BASE}${name}`;
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.code(problem.status).type("application/problem+json; charset=utf-8").send(problem);
}

/**
 * Errors Node's HTTP parser answers before any route sees the request (fastify's `clientErrorHandler`):
 * malformed requests (400), headers over the limit (431), a request that did not arrive in time (408).
 * Written to the socket as problem+json like every other answer, then the connection is closed.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  // A reset connection has nobody to answer.
  if (error.code === "ECONNRESET" || socket.destroyed) return;
  const problem =
    error.code === "ERR_HTTP_REQUEST_TIMEOUT"
      ? problems.timeout()
      : error.code === "HPE_HEADER_OVERFLOW"
        ? problems.headersTooLarge()
        : problems.badRequest("The request is not well-formed HTTP/1.1.");
  if (socket.writable) {
    const body = JSON.stringify(problem);
    socket.write(
      `HTTP/1.1 ${problem.status} ${STATUS_CODES[problem.status]}\r\n` +
        `Content-Type: application/problem+json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Connection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}

export const problems = {
  badRequest: (detail: string): Problem => ({
    type: "about:blank",
    title: "Bad Request",
    status: 400,
    detail,
  }),
  headersTooLarge: (): Problem => ({
    type: "about:blank",
    title: "Request Header Fields Too Large",
    status: 431,
    detail: "The request's headers are larger than the server accepts.",
  }),
  unauthorized: (): Problem => ({
    type: "about:blank",
    title: "Unauthorized",
    status: 401,
    detail: "Send the webhook secret as the `code` query parameter or as `Authorization: Bearer <secret>`.",
  }),
  forbidden: (): Problem => ({
    type: problemType("address-not-allowed"),
    title: "Forbidden",
    status: 403,
    detail: "Deliveries are accepted only from the configured sender addresses.",
  }),
  methodNotAllowed: (allowed: string): Problem => ({
    type: "about:blank",
    title: "Method Not Allowed",
    status: 405,
    detail: `This path accepts ${allowed}.`,
  }),
  notFound: (detail = "There is nothing here."): Problem => ({
    type: "about:blank",
    title: "Not Found",
    status: 404,
    detail,
  }),
  tooLarge: (limit: number): Problem => ({
    type: "about:blank",
    title: "Content Too Large",
    status: 413,
    detail: `The body is larger than the limit of ${limit} bytes.`,
  }),
  unsupportedMediaType: (detail: string): Problem => ({
    type: "about:blank",
    title: "Unsupported Media Type",
    status: 415,
    detail,
  }),
  busy: (): Problem => ({
    type: problemType("busy"),
    title: "Too many requests in flight",
    status: 503,
    detail: "The consumer is at its limit of concurrent requests; retry later.",
  }),
  storeBusy: (): Problem => ({
    type: problemType("store-busy"),
    title: "The inbox store is behind",
    status: 503,
    detail: "Too many events are waiting to be committed; nothing was stored; retry shortly.",
  }),
  storeUnavailable: (): Problem => ({
    type: problemType("store-unavailable"),
    title: "The inbox store is unavailable",
    status: 503,
    detail: "Nothing was stored; retry later.",
  }),
  timeout: (): Problem => ({
    type: "about:blank",
    title: "Request Timeout",
    status: 408,
    detail: "The request took too long to arrive.",
  }),
  internal: (): Problem => ({
    type: "about:blank",
    title: "Internal Server Error",
    status: 500,
    detail: "Something went wrong on our side; it is in the log.",
  }),
};
