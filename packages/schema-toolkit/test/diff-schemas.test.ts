import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  diffSchemaSets,
  renderHuman,
  renderJson,
  setsFromShipped,
  setsFromSource,
} from "../src/diff/index.js";
import { readSchemaDir } from "../src/load.js";
import { MAINTAINERS } from "./diff-helpers.js";

const repoRoot = join(import.meta.dirname, "../../..");
const schemasDir = join(repoRoot, "schemas");
const shippedDir = join(repoRoot, "packages/events/schemas");

/** The real schemas with one shared definition edited. */
async function editedSource(edit: (defs: Record<string, Record<string, unknown>>) => void) {
  const docs = await readSchemaDir(schemasDir);
  const copy = structuredClone(docs);
  const shared = copy.find((d) => d.path === "_defs/dialogporten.schema.json");
  if (!shared) throw new Error("schemas/_defs/dialogporten.schema.json is missing");
  edit((shared.schema as { $defs: Record<string, Record<string, unknown>> }).$defs);
  return { before: setsFromSource(docs), after: setsFromSource(copy) };
}

describe("the real schemas", () => {
  it("source and shipped forms describe the same contract", async () => {
    const source = setsFromSource(await readSchemaDir(schemasDir));
    const shipped = setsFromShipped(await readSchemaDir(shippedDir));
    const result = diffSchemaSets(shipped, source);
    expect(result.findings.map((f) => f.message)).toEqual([]);
    expect(result.compared.after).toBe(
      (await readdir(schemasDir)).filter((f) => f.endsWith(".schema.json")).length + 1,
    );
  });

  it("a narrowed shared enum is reported once per type that uses it, where it is defined", async () => {
    const { before, after } = await editedSource((defs) => {
      (defs.senderType as { enum: string[] }).enum = ["ServiceOwner"];
    });
    const result = diffSchemaSets(before, after, MAINTAINERS);
    expect(result.required).toBe("major");
    expect(result.findings).toHaveLength(1);
    const [finding] = result.findings;
    expect(finding).toMatchObject({
      rule: "enum-narrowed",
      key: "dialogporten.dialog.transmission.created.v1",
      pointer: "/properties/data/properties/senderType",
      definedAt: "_defs/dialogporten.schema.json#/$defs/senderType",
      audiences: { producers: "breaking", receivers: "breaking", typescript: "breaking" },
    });
    expect(finding?.advice).toContain("pnpm new-version dialogporten.dialog.transmission.created.v1");
    expect(finding?.advice).toContain("own copy of _defs/dialogporten.schema.json#/$defs/senderType");
  });

  it("a property made required for receivers breaks them and TypeScript users, defined on the object", async () => {
    const { before, after } = await editedSource((defs) => {
      delete (defs.transmissionData as { "x-tolerant": Record<string, unknown> })["x-tolerant"].required;
    });
    const [finding, ...rest] = diffSchemaSets(before, after).findings;
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      rule: "property-required",
      pointer: "/properties/data/properties/senderType",
      definedAt: "_defs/dialogporten.schema.json#/$defs/transmissionData",
      audiences: { producers: "unaffected", receivers: "breaking", typescript: "breaking" },
      bump: "major",
    });
  });

  it("a strict-only change to the envelope reaches every Dialogporten type, and only producers", async () => {
    const { before, after } = await editedSource((defs) => {
      (defs.resourceUrn as { pattern: string }).pattern = "^urn:altinn:resource:[a-z0-9][a-z0-9_.-]{0,49}$";
    });
    const result = diffSchemaSets(before, after);
    expect(new Set(result.findings.map((f) => f.rule))).toEqual(new Set(["pattern-changed"]));
    expect(result.findings).toHaveLength(23);
    expect(
      result.findings.every(
        (f) => f.audiences.receivers === "unaffected" && f.audiences.producers === "breaking",
      ),
    ).toBe(true);
    const text = renderHuman(result, { base: "before", head: "after" });
    expect(text).toContain(
      "pattern-changed  /properties/resource  (defined in _defs/dialogporten.schema.json#/$defs/resourceUrn)",
    );
    expect(text).toContain("and 20 more");
    expect(text).toContain("breaks: producers (strict validators)");
    expect(text).toContain("Minimum version bump for dialogporten-events: major");
  });

  it("renders a JSON report with every finding", async () => {
    const { before, after } = await editedSource((defs) => {
      (defs.processUri as { description: string }).description = "Reworded.";
    });
    const report = JSON.parse(renderJson(diffSchemaSets(before, after), { base: "a", head: "b" }));
    expect(report).toMatchObject({ base: "a", head: "b", required: "patch" });
    expect(report.findings.length).toBeGreaterThan(1);
    expect(report.findings.every((f: { rule: string }) => f.rule === "docs-only")).toBe(true);
  });
});

describe("the diff core stays portable", () => {
  it("reaches no Node built-in and no package but refa, so it runs wherever the CLI is bundled to", async () => {
    const srcDir = join(import.meta.dirname, "../src");
    const seen = new Set<string>();
    const visit = async (file: string): Promise<void> => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = await readFile(join(srcDir, file), "utf8");
      // Type-only imports are erased from the JavaScript, so they may name anything.
      for (const [, spec] of source.matchAll(/^(?:import|export) (?!type )[^;]*? from "([^"]+)"/gms)) {
        if (!spec?.startsWith(".")) {
          expect(`${file}: ${spec}`).toMatch(/: refa$/);
          continue;
        }
        await visit(join(file, "..", spec.replace(/\.js$/, ".ts")));
      }
    };
    await visit("diff/index.ts");
    expect(seen.size).toBeGreaterThan(10);
    expect([...seen].filter((f) => !f.startsWith("diff/")).sort()).toEqual([
      "derive.ts",
      "json-schema.ts",
      "pattern/parse.ts",
      "pattern/wider.ts",
      "refs.ts",
    ]);
  });
});
