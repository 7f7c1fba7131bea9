// `dialogporten-consumer subscribe | subscriptions | unsubscribe` as the real bin (`node dist/main.js`)
// against a loopback server with the Altinn Events subscription contract (`events-broker.ts`).

import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EventsBroker } from "./events-broker.js";

const APP = resolve(import.meta.dirname, "..");
const RESOURCE = "urn:altinn:resource:super-simple-service";

let broker: EventsBroker;
beforeAll(async () => {
  broker = new EventsBroker();
  await broker.start();
});
afterAll(() => broker.close());

async function cli(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ["dist/main.js", ...args], {
      cwd: APP,
      env: { ...process.env, ALTINN_EVENTS_URL: broker.url, ALTINN_EVENTS_TOKEN: "good-token", ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("subscription commands", () => {
  it("subscribes, lists and unsubscribes", async () => {
    const endpoint = "https://consumer.example/webhook?code=s3cret";
    const created = await cli([
      "subscribe",
      "--endpoint",
      endpoint,
      "--resource",
      RESOURCE,
      "--subject",
      "urn:altinn:organization:identifier-no:991825827",
      "--type",
      "dialogporten.dialog.created.v1",
      "--include-subunits",
    ]);
    expect(created.code).toBe(0);
    const subscription = JSON.parse(created.stdout) as { id: number };
    expect(subscription).toMatchObject({
      endPoint: endpoint,
      resourceFilter: RESOURCE,
      subjectFilter: "urn:altinn:organization:identifier-no:991825827",
      typeFilter: "dialogporten.dialog.created.v1",
      includeSubunits: true,
    });
    expect(broker.subscriptions.get(subscription.id)).toMatchObject({ endPoint: endpoint });
    const post = broker.requests.find((r) => r.method === "POST");
    expect(post?.authorization).toBe("Bearer good-token");

    const listed = await cli(["subscriptions"]);
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.stdout)).toMatchObject({ count: 1, subscriptions: [{ id: subscription.id }] });

    const deleted = await cli(["unsubscribe", String(subscription.id)]);
    expect(deleted).toMatchObject({ code: 0, stdout: `deleted subscription ${subscription.id}\n` });
    expect(broker.subscriptions.size).toBe(0);
    const again = await cli(["unsubscribe", String(subscription.id)]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("Altinn Events answered 404");
  });

  it("refuses bad usage and missing configuration with exit code 2, a refused token with 1", async () => {
    const noEndpoint = await cli(["subscribe", "--resource", RESOURCE]);
    expect(noEndpoint.code).toBe(2);
    expect(noEndpoint.stderr).toContain("subscribe needs --endpoint URL");
    const unknown = await cli(["subscriptions", "--bogus"]);
    expect(unknown.code).toBe(2);
    const noUrl = await cli(["subscriptions"], { ALTINN_EVENTS_URL: "" });
    expect(noUrl.code).toBe(2);
    expect(noUrl.stderr).toContain("ALTINN_EVENTS_URL is not set");
    const noToken = await cli(["subscriptions"], { ALTINN_EVENTS_TOKEN: "" });
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toContain("ALTINN_EVENTS_TOKEN_FILE");
    const badId = await cli(["unsubscribe", "abc"]);
    expect(badId.code).toBe(2);
    const refused = await cli(["subscriptions"], { ALTINN_EVENTS_TOKEN: "wrong" });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("Altinn Events answered 401");
  });
});
