// Who may call a route. Each route says so in its config (`access`): the secret by default, `public` for
// `/healthz` and the live view's sign-in and assets, `deliveries` for the webhook (the sender allow-list
// first, then the secret), `ui` for the live view's pages. One `onRequest` hook on the whole app reads it, so
// a path no route has (404, 405) needs the secret too and tells an unauthenticated caller nothing about which
// paths exist.
//
// The secret comes as the broker sends it (`?code=...`) or as a bearer token, and is compared in constant
// time over fixed-length digests, so neither the content nor the length of the secret leaks through timing.
// A signed-in person's session cookie (`ui-session.ts`) stands for the secret on the pages and the API they
// call, never on the webhook; a state-changing call by cookie must come from the consumer's own pages. The
// pages do not take `?code=`, so the secret never sits in a page's address (history, bookmarks, Referer).

import { createHash, timingSafeEqual } from "node:crypto";
import { sendProblem } from "@dialogporten-events/http-kit";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Metrics } from "../metrics.js";
import type { AddressAllowList } from "./allow-list.js";
import { problems } from "./problem.js";
import { fromOwnPages, hasValidSession } from "./ui-session.js";

declare module "fastify" {
  interface FastifyContextConfig {
    /** Unset: the secret (or a session). */
    access?: "public" | "deliveries" | "ui";
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
function presentedSecrets(request: FastifyRequest, takesCode: boolean): string[] {
  const presented: string[] = [];
  const bearer = /^Bearer\s+(.+)$/i.exec(request.headers.authorization ?? "")?.[1]?.trim();
  if (bearer !== undefined) presented.push(bearer);
  const code = (request.query as Record<string, unknown> | undefined)?.code;
  if (takesCode && typeof code === "string") presented.push(code);
  return presented;
}

const SAFE_METHODS = new Set(["GET", "HEAD"]);

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
    const matches = presentedSecrets(request, access !== "ui").map((given) => secretMatches(expected, given));
    if (matches.includes(true)) return;
    if (access !== "deliveries" && hasValidSession(request)) {
      if (SAFE_METHODS.has(request.method) || fromOwnPages(request)) return;
      request.log.warn({ origin: request.headers.origin }, "a cross-site request with a session cookie");
      metrics.count(metrics.rejected, "cross-site");
      return sendProblem(reply, problems.crossSite());
    }
    request.log.debug("wrong or missing secret");
    metrics.count(metrics.rejected, "unauthorized");
    // A person opening a page is sent to the sign-in form; scripts get the 401.
    if (access === "ui" && SAFE_METHODS.has(request.method)) return reply.redirect("/ui/sign-in", 303);
    return sendProblem(reply, problems.unauthorized());
  };
}
