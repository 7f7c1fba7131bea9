// Tokens and scopes: every Events API route needs a bearer token the stand-in signed, with the route group's
// scope; health and metrics stay open. The CLI's `token` prints one the running service accepts.

import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { type CryptoKey, decodeJwt, decodeProtectedHeader, exportJWK, generateKeyPair, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSigningKey, SIGNING_KEY_FILE } from "../src/auth/keys.js";
import { SCOPES } from "../src/auth/scopes.js";
import { ISSUER } from "../src/auth/tokens.js";
import { sampleEvent } from "../src/emit/trigger.js";
import { appDir, ensureBuilt } from "./support/child-producer.js";
import { RESOURCE, startProducer, type TestProducer } from "./support/producer.js";
import { bearer, mintToken } from "./support/tokens.js";

let producer: TestProducer;
beforeAll(async () => {
  producer = await startProducer();
});
afterAll(() => producer.stop());

/** One request of each route; `scope` is the one it needs. */
const routes: { name: string; scope: string; method: string; path: string; body?: () => [string, string] }[] =
  [
    {
      name: "publish",
      scope: SCOPES.publish,
      method: "POST",
      path: "/events/api/v1/events",
      body: () => [
        "application/cloudevents+json",
        JSON.stringify(sampleEvent("dialogporten.dialog.created.v1")),
      ],
    },
    {
      name: "pull",
      scope: SCOPES.subscribe,
      method: "GET",
      path: `/events/api/v1/events?resource=${RESOURCE}&after=0`,
    },
    {
      name: "subscribe",
      scope: SCOPES.subscribe,
      method: "POST",
      path: "/events/api/v1/subscriptions",
      body: () => [
        "application/json",
        JSON.stringify({ endPoint: "http://127.0.0.1:9/x", resourceFilter: RESOURCE }),
      ],
    },
    { name: "list", scope: SCOPES.subscribe, method: "GET", path: "/events/api/v1/subscriptions" },
    { name: "get", scope: SCOPES.subscribe, method: "GET", path: "/events/api/v1/subscriptions/1" },
    { name: "delete", scope: SCOPES.subscribe, method: "DELETE", path: "/events/api/v1/subscriptions/999" },
    { name: "dead letters", scope: SCOPES.admin, method: "GET", path: "/dead-letters" },
    { name: "replay", scope: SCOPES.admin, method: "POST", path: "/dead-letters/999/replay" },
    { name: "replay all", scope: SCOPES.admin, method: "POST", path: "/dead-letters/replay" },
    { name: "stats", scope: SCOPES.admin, method: "GET", path: "/api/stats" },
  ];

function call(route: (typeof routes)[number], headers: Record<string, string> = {}) {
  const [type, body] = route.body?.() ?? (route.method === "POST" ? ["application/json", "{}"] : []);
  return fetch(`${producer.service.url}${route.path}`, {
    method: route.method,
    headers: { ...(type ? { "content-type": type } : {}), ...headers },
    ...(body === undefined ? {} : { body }),
  });
}

async function expectProblem(response: Response, status: number, what: string) {
  expect(response.status, what).toBe(status);
  expect(response.headers.get("content-type"), what).toMatch(/^application\/problem\+json/);
  expect(response.headers.get("www-authenticate"), what).toMatch(/^Bearer/);
  expect(await response.json(), what).toMatchObject({ status });
}

describe("tokens and scopes", () => {
  it("answers 401 without a token, 403 with another scope, and lets the right scope through, on every route", async () => {
    const others = Object.values(SCOPES);
    for (const route of routes) {
      await expectProblem(await call(route), 401, `${route.name} without a token`);
      const wrong = others.filter((s) => s !== route.scope);
      const wrongToken = await mintToken(producer.dataDir, wrong);
      await expectProblem(
        await call(route, bearer(wrongToken)),
        403,
        `${route.name} with ${wrong.join(" ")}`,
      );
      const right = await call(route, bearer(await mintToken(producer.dataDir, [route.scope])));
      expect([401, 403], `${route.name} with ${route.scope}`).not.toContain(right.status);
      expect(right.status, `${route.name} with ${route.scope}`).toBeLessThan(500);
    }
  });

  it("answers 401 to an expired token, one signed with another key, one from another issuer, and garbage", async () => {
    const key = await loadSigningKey(producer.dataDir);
    const route = routes.find((r) => r.name === "list") as (typeof routes)[number];
    const sign = (signingKey: CryptoKey, issuer: string, exp: number) =>
      new SignJWT({ scope: SCOPES.subscribe, "urn:altinn:org": "digdir" })
        .setProtectedHeader({ alg: "ES256", kid: key.kid })
        .setIssuer(issuer)
        .setIssuedAt()
        .setExpirationTime(exp)
        .sign(signingKey);
    const inAnHour = Math.floor(Date.now() / 1000) + 3600;
    // The control: the same construction, valid, passes.
    expect((await call(route, bearer(await sign(key.privateKey, ISSUER, inAnHour)))).status).toBe(200);
    const stranger = (await generateKeyPair("ES256")).privateKey;
    const cases: [string, string][] = [
      ["expired", await sign(key.privateKey, ISSUER, Math.floor(Date.now() / 1000) - 60)],
      ["another key", await sign(stranger, ISSUER, inAnHour)],
      [
        "another issuer",
        await sign(key.privateKey, "https://platform.altinn.no/authentication/api/v1/openid/", inAnHour),
      ],
      ["not a JWT", "abc.def.ghi"],
    ];
    for (const [what, token] of cases) await expectProblem(await call(route, bearer(token)), 401, what);
    await expectProblem(await call(route, { authorization: "Basic ZGlnZGly" }), 401, "another scheme");
  });

  it("mints ES256 tokens with the scopes and org, under the key kept in the data folder", async () => {
    const token = await mintToken(producer.dataDir, [SCOPES.subscribe, SCOPES.publish], "skd", 60);
    const key = JSON.parse(readFileSync(join(producer.dataDir, SIGNING_KEY_FILE), "utf8")) as Record<
      string,
      string
    >;
    expect(key).toMatchObject({
      kty: "EC",
      crv: "P-256",
      alg: "ES256",
      kid: expect.any(String),
      d: expect.any(String),
    });
    expect(decodeProtectedHeader(token)).toEqual({ alg: "ES256", kid: key.kid, typ: "JWT" });
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({
      iss: ISSUER,
      sub: "/org/skd",
      scope: "altinn:events.subscribe altinn:events.publish",
      "urn:altinn:org": "skd",
    });
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(60);
    // A restart finds the same key: tokens minted before still verify.
    expect((await loadSigningKey(producer.dataDir)).kid).toBe(key.kid);
    expect(await exportJWK((await loadSigningKey(producer.dataDir)).publicKey)).toMatchObject({
      x: key.x,
      y: key.y,
    });
  });

  it("creates one key when several processes start on an empty folder at once", async () => {
    const dir = mkdtempSync(join(tmpdir(), "producer-key-"));
    try {
      const keys = await Promise.all(Array.from({ length: 8 }, () => loadSigningKey(dir)));
      expect(new Set(keys.map((k) => k.kid)).size).toBe(1);
      expect(readdirSync(dir)).toEqual([SIGNING_KEY_FILE]);
      expect(statSync(join(dir, SIGNING_KEY_FILE)).mode & 0o777).toBe(0o600);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("keeps health and metrics open", async () => {
    expect((await fetch(`${producer.service.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${producer.service.url}/metrics`)).status).toBe(200);
  });
});

describe("producer token (CLI)", () => {
  const run = promisify(execFile);
  const cli = async (...args: string[]) => {
    try {
      const { stdout, stderr } = await run(process.execPath, ["dist/cli/main.js", ...args], { cwd: appDir });
      return { code: 0, stdout, stderr };
    } catch (error) {
      return error as { code: number; stdout: string; stderr: string };
    }
  };
  beforeAll(() => ensureBuilt());

  it("prints a token the running service accepts, with the scopes asked for", async () => {
    const out = await cli(
      "token",
      "--scope",
      `${SCOPES.subscribe}  ${SCOPES.admin}`,
      "--org",
      "nav",
      "--data-dir",
      producer.dataDir,
    );
    expect(out.code, out.stderr).toBe(0);
    const token = out.stdout.trim();
    expect(decodeJwt(token)).toMatchObject({
      scope: "altinn:events.subscribe producer.admin",
      "urn:altinn:org": "nav",
    });
    const list = await fetch(`${producer.service.url}/events/api/v1/subscriptions`, {
      headers: bearer(token),
    });
    expect(list.status).toBe(200);
    const publish = await call(routes[0] as (typeof routes)[number], bearer(token));
    expect(publish.status).toBe(403);
  });

  it("mints an end user's token with --pid: the pid claim, no org; the end-user API accepts it", async () => {
    const out = await cli(
      "token",
      "--scope",
      "digdir:dialogporten",
      "--pid",
      "08895699684",
      "--data-dir",
      producer.dataDir,
    );
    expect(out.code, out.stderr).toBe(0);
    const token = out.stdout.trim();
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({
      scope: "digdir:dialogporten",
      pid: "08895699684",
      sub: "/person/08895699684",
    });
    expect(claims["urn:altinn:org"]).toBeUndefined();
    // Authorised: an unknown dialog is a 404, not a 401 or 403.
    const get = await fetch(
      `${producer.service.url}/dialogporten/api/v1/enduser/dialogs/0194fb2d-1bb5-7a1e-9b8b-4bc1c1d5c1f4`,
      { headers: bearer(token) },
    );
    expect(get.status).toBe(404);
  });

  it("refuses a missing scope, a bad org, a bad pid and --pid with --org with exit 2", async () => {
    for (const args of [
      [],
      ["--scope", ""],
      ["--scope", SCOPES.publish, "--org", "Not An Org"],
      ["--scope", "digdir:dialogporten", "--pid", "0889569968"],
      ["--scope", "digdir:dialogporten", "--pid", "08895699684", "--org", "digdir"],
    ]) {
      const out = await cli("token", ...args, "--data-dir", producer.dataDir);
      expect(out.code, args.join(" ")).toBe(2);
      expect(out.stdout).toBe("");
    }
  });
});
