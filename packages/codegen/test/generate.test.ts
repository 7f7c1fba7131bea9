import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { assertCleanEsm } from "../src/esm.js";
import { generate } from "../src/generate.js";
import { defaultPaths } from "../src/paths.js";
import { findDrift } from "../src/write.js";

const files = await generate(defaultPaths);
const byPath = new Map(files.map((f) => [f.path, f.content]));

// One of each shape: dialog, activity, transmission, the broker's handshake, plus the shared outputs.
const SNAPSHOTS = [
  "src/generated/events/dialogporten.dialog.created.v1.gen.ts",
  "src/generated/events/dialogporten.dialog.activity.payment-made.v1.gen.ts",
  "src/generated/events/dialogporten.dialog.transmission.created.v1.gen.ts",
  "src/generated/events/platform.events.validatesubscription.gen.ts",
  "src/generated/validators/strict/dialogporten.dialog.created.v1.gen.ts",
  "src/generated/validators/tolerant/dialogporten.dialog.transmission.created.v1.gen.ts",
  "src/generated/validators/cloudevent.gen.ts",
  "src/generated/validators/strict/families/dialogporten.dialog.v1.gen.ts",
  "src/generated/index.gen.ts",
  "src/generated/validators.gen.ts",
  "src/generated/subpaths/strict/dialogporten.dialog.activity.payment-made.v1.gen.ts",
  "src/generated/subpaths/tolerant/platform.events.validatesubscription.gen.ts",
  "src/generated/hints.gen.ts",
  "schemas/tolerant/dialogporten.dialog.activity.payment-made.v1.schema.json",
  "asyncapi.json",
];

describe("generate", () => {
  it.each(SNAPSHOTS)("emits %s as in its snapshot", async (path) => {
    const content = byPath.get(path);
    expect(content, `${path} was not emitted`).toBeDefined();
    await expect(content).toMatchFileSnapshot(
      `__snapshots__/${path.replace(/^src\/generated\//, "").replaceAll("/", "__")}.snap`,
    );
  });

  it("emits types, two validators and two shipped schemas per event type", () => {
    const count = (prefix: string) => files.filter((f) => f.path.startsWith(prefix)).length;
    expect(count("src/generated/events/")).toBe(24);
    expect(
      count("src/generated/validators/strict/") - count("src/generated/validators/strict/families/"),
    ).toBe(24);
    expect(
      count("src/generated/validators/tolerant/") - count("src/generated/validators/tolerant/families/"),
    ).toBe(24);
    expect(count("schemas/strict/")).toBe(24);
    expect(count("schemas/tolerant/")).toBe(24);
    expect(count("asyncapi.json")).toBe(1);
  });

  it("is deterministic: a second run gives identical output", async () => {
    expect(await generate(defaultPaths)).toEqual(files);
  });

  it("matches what is committed in packages/events (the generate:check gate)", async () => {
    expect(await findDrift(defaultPaths.eventsPackageDir, files)).toEqual({
      changed: [],
      added: [],
      stale: [],
    });
  });

  it("writes clean ESM validators and a banner on every generated source file", () => {
    for (const file of files.filter((f) => f.path.endsWith(".gen.ts"))) {
      expect(() => assertCleanEsm(file.content), file.path).not.toThrow();
      expect(file.content.startsWith("// This file is generated. Do not edit it by hand."), file.path).toBe(
        true,
      );
      expect(file.content).toMatch(/\/\/ Source: (schemas\/\S+\.json|\d+ schemas in schemas\/)\n/);
    }
  });

  it("emits code that type-checks under the strict config", () => {
    const tsc = spawnSync("pnpm", ["exec", "tsc", "-p", "tsconfig.json", "--noEmit"], {
      cwd: defaultPaths.eventsPackageDir,
      encoding: "utf8",
    });
    expect(tsc.stdout + tsc.stderr).toBe("");
    expect(tsc.status).toBe(0);
  });
});
