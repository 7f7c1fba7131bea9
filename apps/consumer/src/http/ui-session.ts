// The live view's sign-in session: a person types the read secret once and gets a cookie that is neither the
// secret nor derived from it in a way that gives it back. The cookie is stateless (an expiry and a random
// nonce, HMAC-signed by @fastify/cookie with a key derived from the secret), so several instances on one
// database accept each other's sessions, and changing the secret signs everyone out.

import { createHmac, randomBytes } from "node:crypto";
import type { CookieSerializeOptions } from "@fastify/cookie";
import type { FastifyRequest } from "fastify";

export const SESSION_COOKIE = "consumer_ui_session";
/** A working day; after that the person signs in again. */
export const SESSION_MS = 12 * 60 * 60 * 1000;

/** The cookie signing key: HMAC of a fixed label under the secret (random per process without a secret). */
export function sessionSigningKey(secret: string | undefined): string {
  if (secret === undefined) return randomBytes(32).toString("hex");
  return createHmac("sha256", secret).update("dialogporten-events consumer ui session v1").digest("hex");
}

/** The (unsigned) cookie value of a new session: its expiry and a nonce. */
export function newSessionValue(now: number): string {
  return `${now + SESSION_MS}.${randomBytes(16).toString("base64url")}`;
}

export function sessionCookieOptions(request: FastifyRequest): CookieSerializeOptions {
  return {
    path: "/",
    httpOnly: true,
    sameSite: "strict",
    // Over plain HTTP (loopback) a Secure cookie would not come back; behind TLS it is Secure.
    secure: request.protocol === "https",
    maxAge: SESSION_MS / 1000,
    signed: true,
  };
}

/** Whether the request carries a session cookie with a valid signature that has not expired. */
export function hasValidSession(request: FastifyRequest): boolean {
  const header = request.headers.cookie;
  if (!header) return false;
  const raw = request.server.parseCookie(header)[SESSION_COOKIE];
  if (!raw) return false;
  const { valid, value } = request.unsignCookie(raw);
  if (!valid || value === null) return false;
  const expires = Number(value.split(".")[0]);
  return Number.isSafeInteger(expires) && expires > Date.now();
}

/**
 * Whether a state-changing request comes from this server's own pages. Browsers send `Origin` on every
 * cross-origin request and on every POST, and `Sec-Fetch-Site` on every request; scripts (curl) send neither
 * and cannot be made to carry a victim's cookie, so their absence is no sign of a forged request.
 */
export function fromOwnPages(request: FastifyRequest): boolean {
  const site = request.headers["sec-fetch-site"];
  if (site !== undefined && site !== "same-origin" && site !== "none") return false;
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  return origin === `${request.protocol}://${request.host}`;
}
