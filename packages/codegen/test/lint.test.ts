import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadSchemas } from "@dialogporten-events/schema-toolkit";
import { describe, expect, it } from "vitest";
import { createAjv } from "../src/ajv.js";
import { lintSchemas } from "../src/lint.js";
import { defaultPaths } from "../src/paths.js";

const SEEN = "dialogporten.dialog.seen.v1";

type Mutation = (dir: string) => void;
const editSchema = (dir: string, type: string, edit: (s: Record<string, unknown>) => void) => {
  const path = join(dir, `${type}.schema.json`);
  const schema = JSON.parse(readFileSync(path, "utf8"));
  edit(schema);
  writeFileSync(path, JSON.stringify(schema));
};

const CASES: [string, Mutation, RegExp][] = [
  [
    "file name differs from type",
    (d) =>
      renameSync(join(d, `${SEEN}.schema.json`), join(d, "dialogporten.dialog.looked-at.v1.schema.json")),
    /file name must be dialogporten\.dialog\.seen\.v1\.schema\.json/,
  ],
  [
    "duplicate $id",
    (d) =>
      editSchema(d, SEEN, (s) => {
        s.$id = "https://dialogporten-events.dev/schemas/dialogporten.dialog.created.v1.schema.json";
      }),
    /is also used by/,
  ],
  [
    "http $id",
    (d) =>
      editSchema(d, SEEN, (s) => {
        s.$id = "http://example.com/seen.json";
      }),
    /absolute https URL/,
  ],
  [
    "no description",
    (d) =>
      editSchema(d, SEEN, (s) => {
        delete s.description;
      }),
    /description is missing/,
  ],
  [
    "no title",
    (d) =>
      editSchema(d, SEEN, (s) => {
        delete s.title;
      }),
    /title is missing/,
  ],
  [
    "no examples",
    (d) =>
      editSchema(d, SEEN, (s) => {
        s.examples = [];
      }),
    /at least one valid example/,
  ],
  [
    "invalid example",
    (d) =>
      editSchema(d, SEEN, (s) => {
        (s.examples as Record<string, unknown>[])[0] = { type: SEEN };
      }),
    /examples\/0 is not valid in strict mode/,
  ],
  [
    "valid fixture that fails",
    (d) => writeFileSync(join(d, "fixtures", SEEN, "valid", "broken.json"), "{}"),
    /broken\.json: expected valid in strict mode/,
  ],
  [
    "invalid fixture that passes",
    (d) =>
      cpSync(
        join(d, "fixtures", SEEN, "valid", "canonical.json"),
        join(d, "fixtures", SEEN, "invalid", "oops.json"),
      ),
    /oops\.json: expected invalid in strict mode, but it passes/,
  ],
  [
    "no invalid fixtures",
    (d) => rmSync(join(d, "fixtures", SEEN, "invalid"), { recursive: true }),
    /no fixtures in fixtures\/dialogporten\.dialog\.seen\.v1\/invalid/,
  ],
  [
    "no type const",
    (d) =>
      editSchema(d, SEEN, (s) => {
        (s.properties as Record<string, unknown>).type = { type: "string" };
      }),
    /properties\.type\.const is missing/,
  ],
];

async function lintCopy(mutate?: Mutation) {
  const dir = mkdtempSync(join(tmpdir(), "dpe-lint-"));
  cpSync(defaultPaths.schemasDir, dir, { recursive: true });
  mutate?.(dir);
  const loaded = await loadSchemas(dir);
  return lintSchemas(loaded, () => ({
    strict: createAjv(loaded, "strict"),
    tolerant: createAjv(loaded, "tolerant"),
  })).map((p) => `${p.file}: ${p.message}`);
}

describe("lintSchemas", () => {
  it("finds nothing wrong with schemas/", async () => expect(await lintCopy()).toEqual([]));
  it.each(CASES)("reports: %s", async (_name, mutate, expected) => {
    const problems = await lintCopy(mutate);
    expect(
      problems.some((p) => expected.test(p)),
      problems.join("\n"),
    ).toBe(true);
  });
});
