import { type ChildProcess, execSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ProducerClient } from "../../src/cli/client.js";
import { freePort } from "../../src/demo/consumer.js";
import { waitFor } from "./receiver.js";
import { mintToken } from "./tokens.js";

export const appDir = fileURLToPath(new URL("../..", import.meta.url));

/** The tests that run `node dist/main.js` build it first on a fresh checkout. */
export function ensureBuilt(): void {
  if (!existsSync(join(appDir, "dist/main.js"))) execSync("pnpm run build", { cwd: appDir, stdio: "ignore" });
}

export interface ChildProducer {
  child: ChildProcess;
  client: ProducerClient;
  port: number;
  /** Resolves when the process has exited (at once if it already has). */
  exited(): Promise<void>;
  /** Counters from its /metrics, e.g. `producer_delivery_attempts_total{outcome="delivered"}`. */
  metric(name: string): Promise<number>;
}

/** `node dist/main.js` on a free loopback port with the given environment, once it answers /healthz. */
export async function startChildProducer(env: Record<string, string>): Promise<ChildProducer> {
  const port = await freePort();
  const child = spawn(process.execPath, ["dist/main.js"], {
    cwd: appDir,
    env: { ...process.env, LOG_LEVEL: "warn", ...env, PORT: String(port) },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk) => {
    stderr = (stderr + String(chunk)).slice(-4000);
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitFor(
    "the producer to listen",
    () => {
      if (child.exitCode !== null) throw new Error(`the producer exited (${child.exitCode}): ${stderr}`);
      return fetch(`${baseUrl}/healthz`).then(
        (r) => r.ok,
        () => false,
      );
    },
    15_000,
  );
  // Signed with the key the process created (or found) in its data folder.
  const client = new ProducerClient(
    baseUrl,
    await mintToken(resolve(appDir, env.DATA_DIR || "data/producer")),
  );
  return {
    child,
    client,
    port,
    exited: () =>
      new Promise<void>((resolve) =>
        child.exitCode !== null || child.signalCode !== null
          ? resolve()
          : child.once("exit", () => resolve()),
      ),
    async metric(name: string) {
      const text = await (await fetch(`${client.baseUrl}/metrics`)).text();
      const line = text.split("\n").find((l) => l.startsWith(`${name} `));
      return line ? Number(line.slice(name.length + 1)) : Number.NaN;
    },
  };
}
