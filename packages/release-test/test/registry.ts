import { type ChildProcess, spawn } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, join } from "node:path";

export interface LocalRegistry {
  url: string;
  /** Token of a user created for publishing. */
  token: string;
  /** The lines `.npmrc` needs to install from and publish to this registry. */
  npmrc: string;
  stop(): Promise<void>;
}

async function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function verdaccioBin(): Promise<string> {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve("verdaccio/package.json");
  const { bin } = JSON.parse(await readFile(manifest, "utf8")) as { bin: string | Record<string, string> };
  return join(dirname(manifest), typeof bin === "string" ? bin : (bin.verdaccio as string));
}

/** No uplinks: the registry serves only what the test publishes and never reaches the network. */
const config = (dir: string) => `storage: ${join(dir, "storage")}
auth:
  htpasswd:
    file: ${join(dir, "htpasswd")}
    max_users: 10
uplinks: {}
packages:
  "**":
    access: $all
    publish: $authenticated
    unpublish: $authenticated
log: { type: stdout, format: pretty, level: warn }
web: { enable: false }
`;

async function waitUntilUp(
  url: string,
  child: ChildProcess,
  log: () => string,
  deadline: number,
): Promise<void> {
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`verdaccio exited with ${child.exitCode}:\n${log()}`);
    const ok = await fetch(`${url}-/ping`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`verdaccio did not answer within the deadline:\n${log()}`);
}

/** Starts Verdaccio on a free loopback port with storage in `dir`, and creates a publishing user. */
export async function startRegistry(dir: string, timeoutMs = 60_000): Promise<LocalRegistry> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, "config.yaml"), config(dir));
  const port = await freeLoopbackPort();
  const url = `http://127.0.0.1:${port}/`;
  const child = spawn(
    process.execPath,
    [await verdaccioBin(), "--config", join(dir, "config.yaml"), "--listen", `127.0.0.1:${port}`],
    {
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitUntilUp(url, child, () => output, Date.now() + timeoutMs);
    const response = await fetch(`${url}-/user/org.couchdb.user:release-test`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "release-test", password: "release-test-password" }),
    });
    const { token } = (await response.json()) as { token?: string };
    if (!response.ok || !token) throw new Error(`could not create a registry user: HTTP ${response.status}`);
    const host = url.replace(/^http:/, "");
    return { url, token, npmrc: `registry=${url}\n${host}:_authToken=${token}\n`, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
