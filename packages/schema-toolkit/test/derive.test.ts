import { describe, expect, it } from "vitest";
import { deriveVariant } from "../src/derive.js";

const node = {
  type: "string",
  pattern: "^strict$",
  description: "canonical",
  "x-tolerant": { pattern: "^.*$", description: null, format: "uri" },
  properties: { inner: { required: ["a"], "x-tolerant": { required: null } } },
  examples: [{ "x-tolerant": "kept: examples are data" }],
};

describe("deriveVariant", () => {
  it("strict drops the x-tolerant keyword and keeps the canonical keywords", () => {
    expect(deriveVariant(node, "strict")).toEqual({
      type: "string",
      pattern: "^strict$",
      description: "canonical",
      properties: { inner: { required: ["a"] } },
      examples: [{ "x-tolerant": "kept: examples are data" }],
    });
  });

  it("tolerant overrides siblings, null removes, new keywords are added, at every depth", () => {
    expect(deriveVariant(node, "tolerant")).toEqual({
      type: "string",
      pattern: "^.*$",
      format: "uri",
      properties: { inner: {} },
      examples: [{ "x-tolerant": "kept: examples are data" }],
    });
  });

  it("does not modify its input", () => {
    const copy = structuredClone(node);
    deriveVariant(node, "tolerant");
    expect(node).toEqual(copy);
  });
});
