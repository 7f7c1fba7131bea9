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

/**
 * What the request presents: a `Bearer` token and the `code` query parameter. Any other `Authorization`
 * scheme (a proxy's Basic auth, say) is not ours and does not hide a correct `code`.
 */
function presentedSecrets(request: FastifyRequest): string[] {
  const presented: string[] = [];
  const bearer = /^Bearer\s+(.+)$/i.exec(request.headers.authorization ?? "")?.[1]?.trim();
  if (bearer !== undefined) presented.push(bearer);
  const code = (request.query as Record<string, unknown> | undefined)?.code;
  if (typeof code === "string") presented.push(code);
  return presented;
}

/** An `onRequest` hook: runs before the body is read, so an unauthorized body is never parsed or stored. */
export function requireSecret(secret: string | undefined, isPublic: (request: FastifyRequest) => boolean) {
  const expected = secret === undefined ? undefined : digest(secret);
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (expected === undefined || isPublic(request)) return;
    // Every candidate is compared (no early exit), each in constant time.
    const matches = presentedSecrets(request).map((given) => secretMatches(expected, given));
    if (!matches.includes(true)) {
      request.log.debug("wrong or missing secret");
      return sendProblem(reply, problems.unauthorized());
    }
  };
}
