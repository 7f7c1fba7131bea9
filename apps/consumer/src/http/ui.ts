// The live view (`GET /ui`): a page of this consumer's own that shows its counters, the latest events, the
// quarantine, failed items and a dialog's timeline, from the read and admin API. The pages and their calls
// take the secret as a bearer token or the session cookie of the sign-in form (`ui-session.ts`, checked in
// `auth.ts`); the assets are public (they hold no data). Every answer of this plugin carries a strict
// Content-Security-Policy: scripts and styles only from this origin, nothing inline, no framing.

import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import { sendProblem } from "@dialogporten-events/http-kit";
import fastifyStatic from "@fastify/static";
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { secretMatches } from "./auth.js";
import { problems } from "./problem.js";
import { livePage, signInPage } from "./ui-pages.js";
import { fromOwnPages, newSessionValue, SESSION_COOKIE, sessionCookieOptions } from "./ui-session.js";

export interface UiDeps {
  /** `undefined`: insecure mode, every page open. */
  secret: string | undefined;
}

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** The package root, from `src/http` (tests) and `dist/http` (the built consumer) alike. */
const packageRoot = fileURLToPath(new URL("../../", import.meta.url));
/** Hand-written assets (style, icon) and the page's script as `tsc -p tsconfig.ui.json` builds it. */
const ASSET_ROOTS = [`${packageRoot}assets`, `${packageRoot}dist/ui`];

const html = (reply: FastifyReply, body: string, status = 200) =>
  reply.code(status).type("text/html; charset=utf-8").header("cache-control", "no-store").send(body);

export const uiRoutes: FastifyPluginAsync<UiDeps> = async (app, { secret }) => {
  app.addHook("onSend", async (_request, reply) => {
    reply.header("content-security-policy", CONTENT_SECURITY_POLICY);
    reply.header("x-content-type-options", "nosniff");
    // Not `no-referrer`: with it Chromium sends `Origin: null` on the sign-in form, and the origin check
    // needs the real one. Nothing is sent to another site either way.
    reply.header("referrer-policy", "same-origin");
    reply.header("x-frame-options", "DENY");
  });

  app.get("/ui", { config: { access: "ui" } }, async (_request, reply) => html(reply, livePage()));

  app.get("/ui/sign-in", { config: { access: "public" } }, async (_request, reply) =>
    html(reply, signInPage(false)),
  );

  const expected = secret === undefined ? undefined : createHash("sha256").update(secret, "utf8").digest();
  app.post("/ui/sign-in", { config: { access: "public" }, bodyLimit: 4096 }, async (request, reply) => {
    // Login CSRF: a form on another site must not sign a browser in (SameSite does not cover a new cookie).
    if (!fromOwnPages(request)) return sendProblem(reply, problems.crossSite());
    if (expected !== undefined && !secretMatches(expected, formField(request, "secret"))) {
      request.log.info("ui sign-in with a wrong secret");
      return html(reply, signInPage(true), 401);
    }
    reply.setCookie(SESSION_COOKIE, newSessionValue(Date.now()), sessionCookieOptions(request));
    return reply.redirect("/ui", 303);
  });

  // A cookie-authenticated POST: `auth.ts` lets it through only from the consumer's own pages.
  app.post("/ui/sign-out", { config: { access: "ui" }, bodyLimit: 4096 }, async (request, reply) => {
    reply.clearCookie(SESSION_COOKIE, { ...sessionCookieOptions(request), maxAge: 0 });
    return reply.redirect("/ui/sign-in", 303);
  });

  await app.register(async (assets) => {
    assets.addHook("onRoute", (route) => {
      route.config = { ...route.config, access: "public" };
    });
    await assets.register(fastifyStatic, {
      root: ASSET_ROOTS,
      prefix: "/ui/assets/",
      decorateReply: false,
      index: false,
      dotfiles: "deny",
      // One route per file found at start: an unknown name is a plain 404 (a wildcard route would make the
      // shared not-found handler answer 405), and nothing outside the two folders is ever looked up.
      wildcard: false,
      // The file names are not versioned: revalidate (ETag) rather than cache blindly.
      cacheControl: false,
      setHeaders: (res) => res.setHeader("cache-control", "no-cache"),
    });
  });
};

/** One field of an `application/x-www-form-urlencoded` body (the server reads every body as bytes). */
function formField(request: FastifyRequest, name: string): string | undefined {
  const body = Buffer.isBuffer(request.body) ? request.body.toString("utf8") : "";
  return new URLSearchParams(body).get(name) ?? undefined;
}
