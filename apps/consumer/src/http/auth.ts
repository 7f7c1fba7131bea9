// Who may call a route. Each route says so in its config (`access`): the secret by default, `public` for
// `/healthz`, `deliveries` for the webhook (the sender allow-list first, then the secret). One `onRequest`
// hook on the whole app reads it, so a path no route has (404, 405) needs the secret too and tells an
// unauthenticated caller nothing about which paths exist.
//
// The secret comes as the broker sends it (`?code=...`) or as a bearer token, and is compared in constant
// time over fixed-length digests, so neither the content nor the length of the secret leaks through timing.

import { createHash, timingSafeEqual } from "node:crypto";
import { sendProblem } from "@dialogporten-events/http-kit";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Metrics } from "../metrics.js";
import type { AddressAllowList } from "./allow-list.js";
import { problems } from "./problem.js";

declare module "fastify" {
  interface FastifyContextConfig {
    /** Unset: the secret. */
    access?: "public" | "deliveries";
  }
}

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

export interface AccessOptions {
  /** `undefined` leaves every route open (insecure mode). */
  secret: string | undefined;
  /** When set, only these sender addresses may deliver (403 otherwise). */
  allowList: AddressAllowList | undefined;
  metrics: Metrics;
}

/** An `onRequest` hook: runs before the body is read, so an unauthorized body is never parsed or stored. */
export function requireAccess({ secret, allowList, metrics }: AccessOptions) {
  const expected = secret === undefined ? undefined : digest(secret);
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const { access } = request.routeOptions.config;
    if (access === "public") return;
    if (access === "deliveries" && allowList && !allowList.allows(request.ip)) {
      metrics.count(metrics.rejected, "address-not-allowed");
      request.log.warn({ ip: request.ip }, "delivery from an address not on the allow-list");
      return sendProblem(reply, problems.forbidden());
    }
    if (expected === undefined) return;
    // Every candidate is compared (no early exit), each in constant time.
    const matches = presentedSecrets(request).map((given) => secretMatches(expected, given));
    if (!matches.includes(true)) {
      request.log.debug("wrong or missing secret");
      metrics.count(metrics.rejected, "unauthorized");
      return sendProblem(reply, problems.unauthorized());
    }
  };
}
