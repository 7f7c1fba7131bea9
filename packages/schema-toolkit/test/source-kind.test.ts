import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SOURCE_KINDS, sourceKindOf } from "../src/index.js";

const schemasDir = join(import.meta.dirname, "../../../schemas");

describe("sourceKindOf", () => {
  it("reads the kind from the $ref of `source`, for every Dialogporten schema", () => {
    const kinds = readdirSync(schemasDir)
      .filter((f) => f.startsWith("dialogporten.") && f.endsWith(".schema.json"))
      .map((f) => sourceKindOf(JSON.parse(readFileSync(join(schemasDir, f), "utf8"))));
    expect(kinds.length).toBeGreaterThan(20);
    expect(new Set(kinds)).toEqual(new Set(SOURCE_KINDS));
  });

  it("refuses a `source` that names no *Source definition", () => {
    expect(() =>
      sourceKindOf({ $id: "x.json", properties: { source: { $ref: "#/$defs/anyAbsoluteUrl" } } }),
    ).toThrow("x.json: source must $ref one of the *Source definitions");
  });
});
