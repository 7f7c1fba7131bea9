// The shared secret, as the broker sends it (`?code=...`) or as a bearer token. Compared in constant time
// over fixed-length digests, so neither the content nor the length of the secret leaks through timing.

import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import { problems, sendProblem } from "./problem.js";

const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();

export function secretMatches(expected: Buffer, given: string | undefined): boolean {
  if (given === undefined) return false;
  return timingSafeEqual(expected, digest(given));
}

function presentedSecret(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header !== undefined) {
    const m = /^Bearer\s+(.+)$/i.exec(header);
    return m?.[1]?.trim();
  }
  const code = (request.query as Record<string, unknown> | undefined)?.code;
  return typeof code === "string" ? code : undefined;
}

/** An `onRequest` hook: runs before the body is read, so an unauthorized body is never parsed or stored. */
export function requireSecret(secret: string | undefined, isPublic: (request: FastifyRequest) => boolean) {
  const expected = secret === undefined ? undefined : digest(secret);
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (expected === undefined || isPublic(request)) return;
    if (!secretMatches(expected, presentedSecret(request))) {
      request.log.debug("wrong or missing secret");
      return sendProblem(reply, problems.unauthorized());
    }
  };
}
