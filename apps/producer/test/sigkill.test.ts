import { type ChildProcess, execSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, expect, it } from "vitest";
import { ProducerClient } from "../src/cli/client.js";
import { freePort } from "../src/demo/consumer.js";
import { sampleEvent } from "../src/emit/trigger.js";
import { RESOURCE } from "./support/producer.js";
import { Receiver, waitFor } from "./support/receiver.js";
import { mintToken } from "./support/tokens.js";

const appDir = fileURLToPath(new URL("..", import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), "producer-sigkill-"));
const children: ChildProcess[] = [];
let receiver: Receiver;

beforeAll(() => {
  // The test runs the built service, as `pnpm start` would; build it when run on a fresh checkout.
  if (!existsSync(join(appDir, "dist/main.js"))) execSync("pnpm run build", { cwd: appDir, stdio: "ignore" });
});
afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
  await receiver?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function startProducer(port: number): Promise<{ child: ChildProcess; client: ProducerClient }> {
  const child = spawn(process.execPath, ["dist/main.js"], {
    cwd: appDir,
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      // This is the SQLite restart test (claims released on start); pg-multi-instance.test.ts covers PostgreSQL.
      DATABASE_URL: "",
      RETRY_TIME_SCALE: "0.001",
      MAX_CONCURRENCY_PER_SUBSCRIBER: "2",
      LOG_LEVEL: "warn",
    },
    stdio: "ignore",
  });
  children.push(child);
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitFor("the producer to listen", () =>
    fetch(`${baseUrl}/healthz`).then(
      (r) => r.ok,
      () => false,
    ),
  );
  const client = new ProducerClient(baseUrl, await mintToken(dataDir));
  return { child, client };
}

it("loses no accepted event when the producer is SIGKILLed mid-stream and restarted", async () => {
  receiver = await new Receiver(() => ({ status: 200, delayMs: 15 })).start();
  const port = await freePort();
  const first = await startProducer(port);
  const s = await first.client.subscribe({ endPoint: receiver.url, resourceFilter: RESOURCE });
  await first.client.waitUntilActive(s.id);

  const accepted = new Set<string>();
  let killedAt = -1;
  for (let i = 0; i < 400; i++) {
    if (killedAt < 0 && receiver.events().length >= 40) {
      first.child.kill("SIGKILL");
      killedAt = accepted.size;
    }
    const event = sampleEvent(
      i % 2 ? "dialogporten.dialog.updated.v1" : "dialogporten.dialog.activity.information.v1",
    );
    const ok = await first.client.publish(event).then(
      (r) => r.status === 200,
      () => false,
    );
    if (!ok) break;
    accepted.add(event.id);
  }
  expect(killedAt).toBeGreaterThan(0);
  await new Promise<void>((resolve) =>
    first.child.exitCode !== null || first.child.signalCode
      ? resolve()
      : first.child.once("exit", () => resolve()),
  );
  expect(first.child.signalCode).toBe("SIGKILL");
  // Mid-stream: accepted events were still waiting in the outbox when it died.
  expect([...accepted].filter((id) => !receiver.acknowledged.has(id)).length).toBeGreaterThan(0);

  const second = await startProducer(port);
  await waitFor(
    "every accepted event to be delivered and acknowledged",
    // Acknowledged, not merely received: a POST cut off by the kill must be sent again after the restart.
    () => [...accepted].every((id) => receiver.acknowledged.has(id)),
    20_000,
  );
  const stats = await second.client.stats();
  expect(stats.dead).toBe(0);
  second.child.kill("SIGTERM");
});
