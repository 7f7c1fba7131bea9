// `node dist/main.js` as a child process, for the tests that kill, restart or signal the real program. dist/
// is built from the current source by test/global-setup.ts.

import { type ChildProcess, spawn } from "node:child_process";
import { resolve } from "node:path";
import { createInterface } from "node:readline";
import { SECRET } from "./helpers.js";

const APP = resolve(import.meta.dirname, "..");

export interface MainProcess {
  child: ChildProcess;
  url: string;
  /** Resolves with the exit code (null after a signal). */
  exited: Promise<number | null>;
}

/**
 * Starts the program on a free loopback port with the test secret and `env` on top of this process's
 * environment; resolves once it logs that it listens. Each child is added to `children` (kill them after).
 */
export async function startMainProcess(
  env: Record<string, string>,
  children: ChildProcess[],
  timeoutMs = 10_000,
): Promise<MainProcess> {
  const child = spawn(process.execPath, ["dist/main.js"], {
    cwd: APP,
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", WEBHOOK_SECRET: SECRET, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  const exited = new Promise<number | null>((resolveExit) => child.once("exit", (code) => resolveExit(code)));
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error("the consumer did not start")), timeoutMs);
    child.once("exit", (code) => reject(new Error(`the consumer exited with ${code}`)));
    // Read every line (also after start), so the pipe never fills and blocks the child.
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on("line", (line) => {
      const entry = JSON.parse(line) as { msg?: string; url?: string };
      if (entry.msg === "consumer listening" && entry.url) {
        clearTimeout(timer);
        resolveUrl(entry.url);
      }
    });
  });
  return { child, url, exited };
}
