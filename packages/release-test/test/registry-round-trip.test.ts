import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalRegistry, startRegistry } from "./registry.js";
import { cleanEnv, run } from "./run.js";
import { commitAll, copyWorkspace } from "./workspace.js";

const repoRoot = join(import.meta.dirname, "../../..");
const tsc = join(dirname(createRequire(import.meta.url).resolve("typescript/package.json")), "bin/tsc");
const PACKAGE = "dialogporten-events";

let tmp: string;
let registry: LocalRegistry;
let repo: string;
let consumer: string;
let env: NodeJS.ProcessEnv;
const timings: Record<string, number> = {};

/** Runs a step and records how long it took (printed at the end, to see where the time goes). */
async function step<T>(name: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    timings[name] = Math.round(performance.now() - started);
  }
}

const pnpm = (args: string[], opts: { allowFailure?: boolean } = {}) =>
  run("pnpm", args, { cwd: repo, env, timeoutMs: 150_000, ...opts });
const npm = (args: string[]) => run("npm", args, { cwd: consumer, env, timeoutMs: 60_000 });
const packageVersion = async () =>
  JSON.parse(await readFile(join(repo, "packages/events/package.json"), "utf8")).version as string;

/** The consumer's file compiles with tsc and runs; returns what it printed. */
async function compileAndRun(): Promise<Record<string, unknown>> {
  await run(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: consumer, env, timeoutMs: 60_000 });
  const { stdout } = await run(process.execPath, ["dist/consumer.js"], { cwd: consumer, env });
  return JSON.parse(stdout);
}

const installedVersion = async () =>
  JSON.parse(await readFile(join(consumer, "node_modules", PACKAGE, "package.json"), "utf8")).version;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "release-test-"));
  registry = await step("start verdaccio", () => startRegistry(join(tmp, "registry")));
  // npm_config_registry is what `changeset publish` (and npm/pnpm under it) read; auth comes from .npmrc.
  env = cleanEnv({
    npm_config_registry: registry.url,
    npm_config_update_notifier: "false",
    npm_config_audit: "false",
    npm_config_fund: "false",
    CI: "true",
    GIT_CONFIG_NOSYSTEM: "1",
  });
  // Everything below publishes; make sure it can only reach the throwaway registry.
  expect(registry.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  repo = join(tmp, "repo");
  consumer = join(tmp, "consumer");
  await step("copy workspace", () => copyWorkspace(repoRoot, repo, env));
  await step("pnpm install (offline)", () => pnpm(["install", "--offline", "--no-frozen-lockfile"]));
  await writeFile(join(repo, ".npmrc"), registry.npmrc);
  await cp(join(import.meta.dirname, "consumer"), consumer, { recursive: true });
  await writeFile(join(consumer, ".npmrc"), `registry=${registry.url}\n`);
  await writeFile(
    join(consumer, "package.json"),
    JSON.stringify({ name: "consumer", private: true, type: "module" }, null, 2),
  );
}, 180_000);

afterAll(async () => {
  await registry?.stop();
  console.log("release round trip timings (ms):", timings);
  if (tmp && !process.env.KEEP_RELEASE_TEST_DIR) await rm(tmp, { recursive: true, force: true });
});

describe("release to a local registry", () => {
  it("versions and publishes the pending changesets; a fresh project installs, type-checks and validates", async () => {
    const before = await packageVersion();
    // The repository's own pending changesets come along; this one makes sure there is at least one.
    await writeFile(
      join(repo, ".changeset/release-test.md"),
      `---\n"${PACKAGE}": patch\n---\n\nRelease test.\n`,
    );
    await step("version-packages", () => pnpm(["version-packages"]));
    const released = await packageVersion();
    expect(released).not.toBe(before);
    expect(await readFile(join(repo, "packages/events/CHANGELOG.md"), "utf8")).toContain(`## ${released}`);
    await commitAll(repo, env, "Version Packages");
    const release = await step("release #1", () => pnpm(["release"]));
    const log = `${release.stdout}\n${release.stderr}`;
    // Every gate of the release script ran before publishing.
    for (const line of [
      "generated code is up to date",
      "OK: the release bump",
      "Running publint",
      "All good!",
      "packages published successfully",
    ]) {
      expect(log).toContain(line);
    }
    const tags = await run("git", ["tag", "--list"], { cwd: repo, env });
    expect(tags.stdout.split("\n")).toContain(`${PACKAGE}@${released}`);

    await step("npm install #1", () => npm(["install", "--no-audit", "--no-fund", `${PACKAGE}@${released}`]));
    expect(await installedVersion()).toBe(released);
    const output = await step("tsc + run #1", compileAndRun);
    expect(output).toMatchObject({ kind: "dialogporten", summary: expect.stringContaining("created") });
    const note = await run(process.execPath, ["strict-note.mjs"], { cwd: consumer, env });
    expect(JSON.parse(note.stdout)).toEqual({ kind: "error" });
  }, 180_000);

  it("an additive schema change needs a changeset, ships as a minor, and the old consumer still compiles", async () => {
    const previous = await packageVersion();
    const defsPath = join(repo, "schemas/_defs/dialogporten.schema.json");
    const defs = JSON.parse(await readFile(defsPath, "utf8"));
    defs.$defs.dialogData.properties.note = {
      description: "A free-text note (added by the release test).",
      type: "string",
      maxLength: 200,
    };
    await writeFile(defsPath, `${JSON.stringify(defs, null, 2)}\n`);
    await step("generate", () => pnpm(["generate"]));

    const gate = await step("check:schemas (no changeset)", () =>
      pnpm(["check:schemas"], { allowFailure: true }),
    );
    expect(gate.code).toBe(1);
    expect(gate.stderr).toContain("optional-property-added  /properties/data/properties/note");
    expect(gate.stderr).toContain("FAIL: the schema changes need a minor release");

    await writeFile(
      join(repo, ".changeset/add-note.md"),
      `---\n"${PACKAGE}": minor\n---\n\nAdd the optional \`data.note\` to dialog events.\n`,
    );
    await commitAll(repo, env, "Add data.note");
    await step("version-packages #2", () => pnpm(["version-packages"]));
    const released = await packageVersion();
    const [major, minor] = previous.split(".").map(Number);
    expect(released).toBe(`${major}.${(minor as number) + 1}.0`);
    await commitAll(repo, env, "Version Packages");
    await step("release #2", () => pnpm(["release"]));

    await step("npm install #2", () =>
      npm(["install", "--no-audit", "--no-fund", `${PACKAGE}@^${released}`]),
    );
    expect(await installedVersion()).toBe(released);
    const output = await step("tsc + run #2", compileAndRun);
    expect(output).toMatchObject({ kind: "dialogporten" });
    const note = await run(process.execPath, ["strict-note.mjs"], { cwd: consumer, env });
    expect(JSON.parse(note.stdout)).toEqual({ kind: "dialogporten" });
    const published = await run("npm", ["view", PACKAGE, "versions", "--json"], { cwd: consumer, env });
    expect(JSON.parse(published.stdout)).toEqual([previous, released]);
  }, 180_000);
});
