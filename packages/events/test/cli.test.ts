import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fixturesDir, foreignDir } from "./helpers.js";

const bin = new URL("../bin/dialogporten-events.js", import.meta.url).pathname;
const valid = `${fixturesDir}/dialogporten.dialog.created.v1/valid/canonical.json`;
const seedLike = `${fixturesDir}/dialogporten.dialog.created.v1/valid/seed-overview-example.tolerant-only.json`;
const invalid = `${fixturesDir}/dialogporten.dialog.created.v1/invalid/missing-subject.json`;
const foreign = `${foreignDir}/altinn-events_test-data-events-1_instance-deleted.json`;

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The CLI in a child process that does not block this one, so a server here can answer it. */
function cliAsync(args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

const listen = (server: Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)),
  );

// Runs the built CLI, as users get it: `pnpm build` comes first (turbo's test task depends on it).
describe("dialogporten-events CLI", () => {
  it("exits 0 when every input is valid, unknown CloudEvents included", () => {
    const r = cli(["validate", valid, foreign]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("unknown instance.deleted");
  });

  it("exits 1 when one input is invalid and names the pointer", () => {
    const r = cli(["validate", valid, invalid]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('/subject: "subject" is required but missing');
  });

  it("--strict turns the overview's form into a failure", () => {
    expect(cli(["validate", seedLike]).code).toBe(0);
    expect(cli(["validate", "--strict", seedLike]).code).toBe(1);
  });

  it("--json prints one object per input", () => {
    const r = cli(["validate", "--json", valid, invalid, foreign]);
    const lines = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.valid, l.kind, l.type])).toEqual([
      [true, "dialogporten", "dialogporten.dialog.created.v1"],
      [false, "error", "dialogporten.dialog.created.v1"],
      [true, "unknown", "instance.deleted"],
    ]);
    expect(lines[1].issues).toEqual([
      {
        pointer: "/subject",
        code: "missing",
        keyword: "required",
        message: '"subject" is required but missing',
      },
    ]);
    expect(lines.map((l) => l.code)).toEqual([null, "invalid", null]);
  });

  it("--json says why an input failed: malformed, not a CloudEvent, or unreadable", () => {
    const r = cli(["validate", "--json", "-", "/no/such/file.json"], "[1]");
    const [notEvent, unreadable] = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(notEvent).toMatchObject({ valid: false, kind: "error", code: "not-a-cloudevent" });
    expect(notEvent.issues).toEqual([
      {
        pointer: "",
        code: "not-an-object",
        keyword: "type",
        message: "a CloudEvent is a JSON object, not an array",
      },
    ]);
    expect(unreadable).toMatchObject({ valid: false, kind: "read-error", code: "read-error" });
    expect(unreadable.issues).toEqual([
      { pointer: "", code: "read-error", keyword: "read", message: "no such file" },
    ]);
    expect(cli(["--help"]).stdout).toMatch(/read-error/);
  });

  it("prints an issue about the whole input as (root), with its code", () => {
    const r = cli(["validate", "-"], "{ not json");
    expect(r.stderr).toMatch(/^ {4}\(root\): the body is not valid JSON: .+ \(malformed-json\)$/m);
    expect(r.stderr).not.toContain("/:");
  });

  it("reads standard input with -", () => {
    expect(cli(["validate", "-"], "{ not json").code).toBe(1);
    expect(
      cli(
        ["validate", "-", "--json"],
        JSON.stringify({ specversion: "1.0", id: "1", source: "x:y", type: "t" }),
      ).stdout,
    ).toContain('"kind":"unknown"');
  });

  it("exits 2 on usage and read errors", () => {
    expect(cli(["validate"]).code).toBe(2);
    expect(cli(["frobnicate"]).code).toBe(2);
    expect(cli(["validate", "/no/such/file.json"]).code).toBe(2);
    expect(cli(["schema", "dialogporten.dialog.nope.v1"]).code).toBe(2);
  });

  it.each([["help"], ["--help"], ["-h"]])("%s prints the usage and exits 0", (arg) => {
    const r = cli([arg]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage:$/m);
    expect(r.stderr).toBe("");
  });

  it("types --json lists every type with its kind and source shape", () => {
    const r = cli(["types", "--json"]);
    expect(r.code).toBe(0);
    const types = JSON.parse(r.stdout) as { type: string; kind: string; source: string | null }[];
    expect(types).toHaveLength(24);
    expect(types).toContainEqual({
      type: "dialogporten.dialog.seen.v1",
      kind: "dialogporten",
      source: "dialog",
    });
    expect(types).toContainEqual({
      type: "platform.events.validatesubscription",
      kind: "subscription-validation",
      source: null,
    });
  });

  it("lists types, prints schemas and examples that validate", () => {
    const types = cli(["types"]).stdout.trim().split("\n");
    expect(types).toHaveLength(24);
    const dir = mkdtempSync(join(tmpdir(), "dpe-cli-"));
    for (const type of types) {
      const example = cli(["example", type]);
      expect(example.code).toBe(0);
      const file = join(dir, `${type}.json`);
      writeFileSync(file, example.stdout);
      expect(cli(["validate", "--strict", file]).code, type).toBe(0);
    }
    const schema = JSON.parse(cli(["schema", "dialogporten.dialog.seen.v1", "--tolerant"]).stdout);
    expect(schema.$id).toBe(
      "https://dialogporten-events.dev/schemas/tolerant/dialogporten.dialog.seen.v1.schema.json",
    );
  });

  it("diff reports what changed since a base package and the bump it needs", () => {
    const base = mkdtempSync(join(tmpdir(), "dpe-diff-"));
    cpSync(new URL("../schemas", import.meta.url).pathname, join(base, "schemas"), { recursive: true });
    writeFileSync(
      join(base, "package.json"),
      JSON.stringify({ name: "dialogporten-events", version: "0.0.9" }),
    );
    expect(cli(["diff", base]).stdout).toContain("Minimum version bump for dialogporten-events: none");
    // The base had a type this version no longer ships: a major change for everyone.
    for (const mode of ["strict", "tolerant"]) {
      const schema = JSON.parse(
        readFileSync(join(base, "schemas", mode, "dialogporten.dialog.seen.v1.schema.json"), "utf8"),
      );
      schema.properties.type.const = "dialogporten.dialog.read.v1";
      schema.$id = schema.$id.replace("seen", "read");
      writeFileSync(
        join(base, "schemas", mode, "dialogporten.dialog.read.v1.schema.json"),
        JSON.stringify(schema),
      );
    }
    const human = cli(["diff", base]);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/major\s+type-removed/);
    const json = cli(["diff", base, "--json", "--fail-on", "major"]);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({
      required: "major",
      findings: [{ rule: "type-removed", key: "dialogporten.dialog.read.v1" }],
    });
    expect(cli(["diff"]).code).toBe(2);
    expect(cli(["diff", "/no/such/base"]).code).toBe(2);
  });

  it("diff advises without naming the repository's commands, which users do not have", () => {
    const base = mkdtempSync(join(tmpdir(), "dpe-diff-"));
    cpSync(new URL("../schemas", import.meta.url).pathname, join(base, "schemas"), { recursive: true });
    // The base accepted one more senderType: this version narrowed it, which breaks everyone.
    for (const mode of ["strict", "tolerant"]) {
      for (const name of readdirSync(join(base, "schemas", mode))) {
        const path = join(base, "schemas", mode, name);
        const text = readFileSync(path, "utf8");
        writeFileSync(path, text.replace('"PartyRepresentative"', '"PartyRepresentative", "Other"'));
      }
    }
    const r = cli(["diff", base]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/major\s+enum-narrowed/);
    expect(r.stdout).toContain(
      "note: dialogporten.dialog.transmission.created.v1 could have stayed unchanged with the change in a new dialogporten.dialog.transmission.created.v2",
    );
    expect(r.stdout).not.toContain("pnpm");
  });
});

describe("dialogporten-events diff npm:<spec> when the package cannot be fetched", () => {
  // npm is pointed at loopback, with a cache of its own and no retries, so no test reaches the internet.
  const npmEnv = (port: number) => ({
    npm_config_registry: `http://127.0.0.1:${port}/`,
    npm_config_fetch_retries: "0",
    npm_config_cache: mkdtempSync(join(tmpdir(), "dpe-npm-cache-")),
    npm_config_update_notifier: "false",
  });
  const servers: Server[] = [];
  afterAll(() => Promise.all(servers.map((s) => new Promise((done) => s.close(done)))));

  it("says the registry could not be reached and exits 2", async () => {
    const closed = createServer();
    const port = await listen(closed);
    await new Promise((done) => closed.close(done));
    const r = await cliAsync(["diff", "npm:dialogporten-events@0.1.0"], npmEnv(port));
    expect(r.stderr).not.toContain("TypeError");
    expect(r.stderr).toContain("npm:dialogporten-events@0.1.0: could not fetch the package (ECONNREFUSED");
    expect(r.code).toBe(2);
  });

  it("says a version the registry does not have could not be fetched and exits 2", async () => {
    const registry = createServer((_request, response) => {
      response.writeHead(404, { "content-type": "application/json" });
      response.end('{"error":"Not found"}');
    });
    servers.push(registry);
    const r = await cliAsync(["diff", "npm:dialogporten-events@99.0.0"], npmEnv(await listen(registry)));
    expect(r.stderr).not.toContain("TypeError");
    expect(r.stderr).toContain("npm:dialogporten-events@99.0.0: could not fetch the package (E404");
    expect(r.code).toBe(2);
  });
});
