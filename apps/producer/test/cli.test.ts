import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { Receiver } from "./support/receiver.js";

const appDir = fileURLToPath(new URL("..", import.meta.url));
const run = promisify(execFile);
let receiver: Receiver | undefined;

async function producer(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ["dist/cli/main.js", ...args], { cwd: appDir });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(() => {
  if (!existsSync(join(appDir, "dist/cli/main.js")))
    throw new Error("build first: pnpm --filter @dialogporten-events/producer build");
});
afterEach(async () => receiver?.stop());

describe("producer CLI", () => {
  it("trigger sends one strict event and prints the answer", async () => {
    receiver = await new Receiver(() => ({ status: 202 })).start();
    const dialog = "0194fb2d-1bb5-7a1e-9b8b-4bc1c1d5c1f4";
    const out = await producer("trigger", "transmission.created", "--to", receiver.url, "--dialog", dialog);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain("HTTP 202");
    expect(receiver.received).toHaveLength(1);
    expect(receiver.received[0]?.json).toMatchObject({
      type: "dialogporten.dialog.transmission.created.v1",
      resourceinstance: dialog,
    });
  });

  it("trigger refuses an event that would not pass strict mode and sends nothing", async () => {
    receiver = await new Receiver().start();
    const out = await producer(
      "trigger",
      "created",
      "--to",
      receiver.url,
      "--party",
      "urn:altinn:person:identifier-no:123",
    );
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("/subject");
    expect(receiver.received).toHaveLength(0);
  });

  it("scenario delivers every event after the validation handshake, and fails when the receiver keeps failing", async () => {
    receiver = await new Receiver().start();
    const ok = await producer("scenario", "--to", receiver.url, "--dialogs", "2", "--seed", "9");
    expect(ok.code).toBe(0);
    expect(receiver.received[0]?.json.type).toBe("platform.events.validatesubscription");
    expect(new Set(receiver.events().map((r) => r.json.type)).size).toBe(23);
    await receiver.stop();

    receiver = await new Receiver(({ json }) => ({
      status: json.type.startsWith("platform") ? 200 : 500,
    })).start();
    const failing = await producer(
      "scenario",
      "--to",
      receiver.url,
      "--dialogs",
      "1",
      "--seed",
      "9",
      "--time-scale",
      "0.00001",
    );
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain("dead-lettered");
  });
});
