import { describe, expect, it } from "vitest";
import { absolutizeRefs, indexSchemas, inlineRefs, resolveRef, shortUri } from "../src/index.js";

const defs = {
  $id: "https://x.test/schemas/_defs/d.json",
  $defs: { uuid: { title: "UUID", type: "string", examples: ["u"] }, "a/b": { const: "slash" } },
};
const event = {
  $id: "https://x.test/schemas/e.schema.json",
  properties: {
    id: { $ref: "_defs/d.json#/$defs/uuid", description: "own" },
    odd: { $ref: "_defs/d.json#/$defs/a~1b" },
  },
  examples: [{ $ref: "data, not a reference" }],
};
const resources = indexSchemas([defs, event]);

describe("$ref resolution", () => {
  it("resolves relative references and escaped pointers against the resource's $id", () => {
    const found = resolveRef("_defs/d.json#/$defs/a~1b", "https://x.test/schemas/e.schema.json", resources);
    expect(found).toEqual({
      node: { const: "slash" },
      base: "https://x.test/schemas/_defs/d.json",
      uri: "https://x.test/schemas/_defs/d.json#/$defs/a~1b",
    });
    expect(shortUri(found.uri)).toBe("_defs/d.json#/$defs/a~1b");
  });

  it("names the reference and what is missing", () => {
    expect(() => resolveRef("_defs/none.json", "https://x.test/schemas/e.schema.json", resources)).toThrow(
      '$ref "_defs/none.json" from https://x.test/schemas/e.schema.json: no schema with $id https://x.test/schemas/_defs/none.json',
    );
    expect(() => resolveRef("#/$defs/nope", "https://x.test/schemas/_defs/d.json", resources)).toThrow(
      "nothing at #/$defs/nope",
    );
  });

  it("inlines references, keeps the referring node's keywords and leaves data alone", () => {
    expect(inlineRefs(event, resources, ["title", "examples"])).toEqual({
      $id: "https://x.test/schemas/e.schema.json",
      properties: {
        id: { type: "string", description: "own" },
        odd: { const: "slash" },
      },
      examples: [{ $ref: "data, not a reference" }],
    });
  });

  it("reports a cycle instead of recursing for ever", () => {
    const loop = { $id: "https://x.test/loop.json", $defs: { a: { $ref: "#/$defs/a" } }, $ref: "#/$defs/a" };
    expect(() => inlineRefs(loop, indexSchemas([loop]))).toThrow(/\$ref cycle/);
  });

  it("makes relative references absolute so a schema can move", () => {
    expect(absolutizeRefs(event, event.$id).properties.id.$ref).toBe(
      "https://x.test/schemas/_defs/d.json#/$defs/uuid",
    );
    expect(absolutizeRefs({ $ref: "#/$defs/x" }, event.$id)).toEqual({ $ref: "#/$defs/x" });
  });
});
