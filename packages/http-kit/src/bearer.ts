// Bearer tokens (RFC 6750) on a group of routes: a hook that reads `Authorization: Bearer <token>`, has the
// app verify it, and checks the scope the routes need. The kit knows nothing of how a token is signed; the
// app's `verify` does (and throws when the token is bad or expired). Both failures are problem+json.

import type { FastifyReply, FastifyRequest, onRequestAsyncHookHandler } from "fastify";
import { type Problem, ProblemError, statusProblem } from "./problem.js";

/** What a verified token grants. */
export interface BearerPrincipal {
  /** The token's scopes (the space-separated `scope` claim, split). */
  scopes: readonly string[];
}

export interface BearerAuthOptions<P extends BearerPrincipal> {
  /** Resolves the token's principal; throws (any error) when the token is not valid. */
  verify: (token: string) => Promise<P>;
  /** The request needs one of these scopes. */
  scopes: readonly string[];
}

export const bearerProblems = {
  unauthorized: (detail: string): Problem => statusProblem(401, detail),
  forbidden: (detail: string): Problem => statusProblem(403, detail),
};

const principals = new WeakMap<FastifyRequest, BearerPrincipal>();

/** The principal `bearerAuth` verified for this request (undefined on routes without it). */
export function bearerPrincipal<P extends BearerPrincipal>(request: FastifyRequest): P | undefined {
  return principals.get(request) as P | undefined;
}

const BEARER = /^Bearer[ \t]+([A-Za-z0-9\-._~+/]+=*)[ \t]*$/i;

/**
 * An `onRequest` hook: add it inside an encapsulated plugin and every route of that plugin needs a valid
 * token with one of `scopes`. 401 (with `WWW-Authenticate: Bearer`) without a token or with one that does
 * not verify; 403 (`error="insufficient_scope"`) with a valid token that lacks the scope.
 */
export function bearerAuth<P extends BearerPrincipal>(
  options: BearerAuthOptions<P>,
): onRequestAsyncHookHandler {
  const needed = options.scopes.join(" ");
  return async (request: FastifyRequest, _reply: FastifyReply) => {
    const header = request.headers.authorization;
    if (header === undefined)
      throw new ProblemError(
        bearerProblems.unauthorized("Send a bearer token: `Authorization: Bearer <token>`."),
        {
          "www-authenticate": `Bearer scope="${needed}"`,
        },
      );
    const token = BEARER.exec(header)?.[1];
    let principal: P | undefined;
    if (token !== undefined) principal = await options.verify(token).catch(() => undefined);
    if (principal === undefined)
      throw new ProblemError(
        bearerProblems.unauthorized("The bearer token is malformed, expired or not signed by this service."),
        {
          "www-authenticate": `Bearer error="invalid_token"`,
        },
      );
    if (!principal.scopes.some((s) => options.scopes.includes(s)))
      throw new ProblemError(
        bearerProblems.forbidden(`The token lacks the scope this needs: ${options.scopes.join(" or ")}.`),
        { "www-authenticate": `Bearer error="insufficient_scope", scope="${needed}"` },
      );
    principals.set(request, principal);
  };
}
