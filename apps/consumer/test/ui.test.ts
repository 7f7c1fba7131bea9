// The live view's HTTP side, without a browser: the sign-in form and its session cookie (HttpOnly,
// SameSite=Strict, signed, not the secret), where the cookie counts and where it does not (the webhook),
// cross-site refusals (sign-in, state-changing calls), no `?code=` on the pages, the Content-Security-Policy,
// the public assets. The page in a browser is `ui.browser.test.ts`.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONTENT_SECURITY_POLICY } from "../src/http/ui.js";
import { SESSION_COOKIE, SESSION_MS } from "../src/http/ui-session.js";
import { type Running, SECRET, startConsumer } from "./helpers.js";
import { eventOf } from "./targets.js";

const form = (secret: string) => ({
  method: "POST",
  headers: { "content-type": "application/x-www-form-urlencoded" },
  body: new URLSearchParams({ secret }).toString(),
  redirect: "manual" as const,
});

describe("the live view over HTTP", () => {
  let c: Running;
  let cookie: string;

  beforeAll(async () => {
    c = await startConsumer();
  });
  afterAll(() => c?.stop());

  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${c.url}${path}`, { headers, redirect: "manual" });

  it("signs in with the read secret: an HttpOnly, SameSite=Strict cookie that is not the secret", async () => {
    const res = await fetch(`${c.url}/ui/sign-in`, {
      ...form(SECRET),
      headers: { ...form(SECRET).headers, origin: c.url },
    });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/ui");
    const setCookie = res.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(new RegExp(`^${SESSION_COOKIE}=`));
    expect(setCookie).toContain("HttpOnly");
    expect(setCookie).toContain("SameSite=Strict");
    expect(setCookie).toContain(`Max-Age=${SESSION_MS / 1000}`);
    expect(setCookie).not.toContain(SECRET);
    expect(setCookie).not.toContain(encodeURIComponent(SECRET));
    cookie = setCookie.split(";")[0] as string;

    expect((await get("/ui", { cookie })).status).toBe(200);
    expect((await get("/api/stats", { cookie })).status).toBe(200);
    // Two sign-ins, two different sessions (a nonce), both valid.
    const again = await fetch(`${c.url}/ui/sign-in`, form(SECRET));
    expect(again.headers.get("set-cookie")?.split(";")[0]).not.toBe(cookie);
  });

  it("answers a wrong secret with the form again (401) and no cookie", async () => {
    const res = await fetch(`${c.url}/ui/sign-in`, form("not-the-secret"));
    expect(res.status).toBe(401);
    expect(res.headers.get("set-cookie")).toBeNull();
    expect(res.headers.get("content-type")).toContain("text/html");
    expect(await res.text()).toContain("That is not the secret.");
    expect((await fetch(`${c.url}/ui/sign-in`, form(""))).status).toBe(401);
  });

  it("refuses a sign-in posted from another site (login CSRF)", async () => {
    const foreign: Record<string, string>[] = [
      { origin: "http://evil.example" },
      { "sec-fetch-site": "cross-site" },
    ];
    for (const headers of foreign) {
      const res = await fetch(`${c.url}/ui/sign-in`, {
        ...form(SECRET),
        headers: { ...form(SECRET).headers, ...headers },
      });
      expect(res.status).toBe(403);
      expect(res.headers.get("set-cookie")).toBeNull();
    }
  });

  it("refuses a forged, tampered or expired cookie, and the secret itself as a cookie", async () => {
    const [name, value] = cookie.split("=") as [string, string];
    const tampered = `${name}=${value.replace(/^\d/, (d) => String((Number(d) + 1) % 10))}`;
    const expired = `${name}=${c.consumer.app.signCookie(`${Date.now() - 1000}.nonce`)}`;
    const otherKey = `${name}=${value.slice(0, -4)}AAAA`;
    for (const bad of [tampered, expired, otherKey, `${name}=${SECRET}`, `${name}=`]) {
      expect((await get("/api/stats", { cookie: bad })).status).toBe(401);
      const page = await get("/ui", { cookie: bad });
      expect(page.status).toBe(303);
      expect(page.headers.get("location")).toBe("/ui/sign-in");
    }
  });

  it("never lets the cookie deliver to the webhook", async () => {
    const res = await fetch(`${c.url}/webhook`, {
      method: "POST",
      headers: { cookie, "content-type": "application/json" },
      body: JSON.stringify(eventOf(1, 0)),
    });
    expect(res.status).toBe(401);
    expect((await c.stats()).received).toBe(0);
  });

  it("lets a cookie change things only from the consumer's own pages", async () => {
    const replay = (headers: Record<string, string>) =>
      fetch(`${c.url}/api/quarantine/replay`, {
        method: "POST",
        headers: { cookie, ...headers },
        body: "{}",
      });
    expect((await replay({ origin: "http://evil.example" })).status).toBe(403);
    expect((await replay({ "sec-fetch-site": "same-site" })).status).toBe(403);
    expect((await replay({ origin: c.url, "sec-fetch-site": "same-origin" })).status).toBe(200);
    // A bearer token is not a browser's ambient credential: no origin rule.
    const bearer = await fetch(`${c.url}/api/quarantine/replay`, {
      method: "POST",
      headers: { authorization: `Bearer ${SECRET}`, origin: "http://evil.example" },
    });
    expect(bearer.status).toBe(200);
  });

  it("takes a bearer token on every page, but never the secret in a page's address", async () => {
    expect((await get("/ui", { authorization: `Bearer ${SECRET}` })).status).toBe(200);
    const withCode = await get(`/ui?code=${SECRET}`);
    expect(withCode.status).toBe(303);
    expect(withCode.headers.get("location")).toBe("/ui/sign-in");
    expect((await get("/ui")).status).toBe(303);
    // The API keeps `?code=` (the broker's form) for scripts.
    expect((await get(`/api/stats?code=${SECRET}`)).status).toBe(200);
  });

  it("serves the pages with a strict Content-Security-Policy and no inline script or style", async () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain("unsafe-inline");
    expect(CONTENT_SECURITY_POLICY).not.toContain("unsafe-eval");
    for (const [path, headers] of [
      ["/ui", { cookie }],
      ["/ui/sign-in", {}],
    ] as const) {
      const res = await get(path, headers);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-security-policy")).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBe("same-origin");
      expect(res.headers.get("cache-control")).toBe("no-store");
      const html = await res.text();
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)/); // every script is a file
      expect(html).not.toMatch(/<style|\sstyle=|\son[a-z]+=/); // no inline style, no handler attributes
    }
  });

  it("serves the assets without a session (they hold no data), and nothing else from the package", async () => {
    for (const asset of ["main.js", "ui.css", "icon.svg"]) {
      const res = await get(`/ui/assets/${asset}`);
      expect(res.status, asset).toBe(200);
      expect(res.headers.get("content-security-policy")).toBe(CONTENT_SECURITY_POLICY);
    }
    expect((await get("/ui/assets/main.js")).headers.get("content-type")).toContain("javascript");
    for (const path of [
      "/ui/assets/%2e%2e/%2e%2e/package.json",
      "/ui/assets/../../package.json",
      "/ui/assets/nope.js",
    ]) {
      // With the secret, so a 404 means nothing is there (not merely "sign in first").
      expect((await get(path, { authorization: `Bearer ${SECRET}` })).status, path).toBe(404);
    }
  });

  it("signs out: the cookie is cleared", async () => {
    const res = await fetch(`${c.url}/ui/sign-out`, {
      method: "POST",
      headers: { cookie, origin: c.url },
      redirect: "manual",
    });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/ui/sign-in");
    expect(res.headers.get("set-cookie")).toMatch(new RegExp(`^${SESSION_COOKIE}=;.*Max-Age=0`));
  });
});

describe("the live view in insecure mode", () => {
  it("opens without signing in", async () => {
    const c = await startConsumer({ secret: undefined, insecure: true });
    try {
      expect((await fetch(`${c.url}/ui`, { redirect: "manual" })).status).toBe(200);
    } finally {
      await c.stop();
    }
  });
});
