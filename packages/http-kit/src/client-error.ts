// Errors Node's HTTP parser answers before any route sees the request (fastify's `clientErrorHandler`).

import { STATUS_CODES } from "node:http";
import type { Socket } from "node:net";
import { PROBLEM_MEDIA_TYPE, problems } from "./problem.js";

/**
 * Malformed requests (400), headers over the limit (431), a request that did not arrive in time (408):
 * written to the socket as problem+json like every other answer, then the connection is closed. Pass it as
 * fastify's `clientErrorHandler` option.
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
        `Content-Type: ${PROBLEM_MEDIA_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Connection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}
