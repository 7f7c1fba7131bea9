// `pnpm install --frozen-lockfile`, made to work where better-sqlite3 cannot download its prebuilt binary
// and node-gyp cannot download Node's headers: it then compiles against the headers this machine has.
// pnpm does not hand npm's own `nodedir` setting to install scripts, so it is passed in the environment.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

function localNodeHeaders() {
  // biome-ignore lint/suspicious/noUndeclaredEnvVars: runs before the install, never as a turbo task
  const given = process.env.npm_config_nodedir;
  if (given) return given;
  const npm = spawnSync("npm", ["config", "get", "nodedir"], { encoding: "utf8" });
  const configured = npm.status === 0 ? npm.stdout.trim() : "";
  if (configured && configured !== "undefined" && configured !== "null") return configured;
  // Node installed under a prefix keeps its headers in <prefix>/include/node.
  const prefix = dirname(dirname(process.execPath));
  if (existsSync(join(prefix, "include", "node", "node.h"))) return prefix;
  return undefined;
}

const nodedir = localNodeHeaders();
const env = nodedir ? { ...process.env, npm_config_nodedir: nodedir } : process.env;
const result = spawnSync("pnpm", ["install", "--frozen-lockfile", ...process.argv.slice(2)], {
  stdio: "inherit",
  env,
});
process.exit(result.status ?? 1);
