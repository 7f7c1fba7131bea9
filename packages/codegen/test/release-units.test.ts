import { describe, expect, it } from "vitest";
import { parseChangeset } from "../src/release/index.js";

describe("changeset front matter", () => {
  it("reads quoted and unquoted package names", () => {
    const text = `---\n"dialogporten-events": minor\n'other': patch\nthird: major\n---\n\nSummary.\n`;
    expect(Object.fromEntries(parseChangeset(text, "x.md"))).toEqual({
      "dialogporten-events": "minor",
      other: "patch",
      third: "major",
    });
  });

  it("accepts an empty changeset (no release)", () => {
    expect(parseChangeset("---\n---\n\nDocs only.\n", "x.md").size).toBe(0);
  });

  it("rejects what it cannot read rather than ignoring it", () => {
    expect(() => parseChangeset(`---\n"dialogporten-events": huge\n---\n`, "x.md")).toThrow(/cannot read/);
    expect(() => parseChangeset("no header", "x.md")).toThrow(/front matter/);
  });
});
