import Fastify, { type FastifyInstance } from "fastify";
import { afterEach, describe, expect, it } from "vitest";
import { type BearerPrincipal, bearerAuth, bearerPrincipal, problemDetails } from "../src/index.js";

const PROBLEM = /^application\/problem\+json; charset=utf-8$/;
let app: FastifyInstance;
afterEach(() => app?.close());

// A verifier of the test's own: "good-<scope>+<scope>" is valid, anything else throws.
const verify = async (token: string): Promise<BearerPrincipal & { name: string }> => {
  if (!token.startsWith("good-")) throw new Error("bad signature");
  return { scopes: token.slice(5).split("+"), name: "tester" };
};

async function start(): Promise<string> {
  app = Fastify();
  await app.register(problemDetails);
  await app.register(async (scoped) => {
    scoped.addHook("onRequest", bearerAuth({ verify, scopes: ["read", "admin"] }));
    scoped.get("/guarded", async (request) => ({
      who: bearerPrincipal<{ scopes: string[]; name: string }>(request)?.name,
    }));
  });
  await app.register(async (open) => open.get("/open", async () => ({ ok: true })));
  return app.listen({ port: 0, host: "127.0.0.1" });
}

describe("bearerAuth", () => {
  it("answers 401 without or with a bad token, 403 without the scope, and passes the principal on", async () => {
    const url = await start();
    const get = (authorization?: string) =>
      fetch(`${url}/guarded`, authorization ? { headers: { authorization } } : {});
    const cases: [string | undefined, number, RegExp][] = [
      [undefined, 401, /^Bearer scope="read admin"$/],
      ["Basic abc", 401, /invalid_token/],
      ["Bearer bad", 401, /invalid_token/],
      ["Bearer good-write", 403, /insufficient_scope/],
    ];
    for (const [authorization, status, challenge] of cases) {
      const res = await get(authorization);
      expect(res.status, authorization).toBe(status);
      expect(res.headers.get("content-type")).toMatch(PROBLEM);
      expect(res.headers.get("www-authenticate")).toMatch(challenge);
      expect(await res.json()).toMatchObject({ type: "about:blank", status });
    }
    for (const token of ["good-read", "good-write+admin"]) {
      const ok = await get(`Bearer ${token}`);
      expect(ok.status).toBe(200);
      expect(await ok.json()).toEqual({ who: "tester" });
    }
    expect((await fetch(`${url}/open`)).status).toBe(200);
  });
});
