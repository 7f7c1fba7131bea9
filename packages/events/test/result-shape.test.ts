import { describe, expect, it } from "vitest";
import { parseEvent } from "../src/index.js";
import { canonicalExample, loadFixtures } from "./helpers.js";

const tolerantOnly = loadFixtures().find(
  (f) => f.type === "dialogporten.dialog.activity.information.v1" && f.name.startsWith("double-colon"),
);

describe("parse results are plain data", () => {
  it.each([
    ["canonical", JSON.stringify(canonicalExample("dialogporten.dialog.seen.v1"))],
    ["tolerant-only", String(tolerantOnly?.text)],
  ])("a %s result survives spreading, structuredClone and JSON as it is", (_name, text) => {
    const result = parseEvent(text);
    expect(result.kind).toBe("dialogporten");
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    expect(Object.keys(result)).toContain("warnings");
    const copies = [{ ...result }, structuredClone(result), JSON.parse(JSON.stringify(result))];
    for (const copy of copies) expect(copy).toStrictEqual({ ...result });
    expect(structuredClone(result)).toStrictEqual(result);
  });

  it("gives each result its own warnings array", () => {
    const text = JSON.stringify(canonicalExample("dialogporten.dialog.seen.v1"));
    const a = parseEvent(text);
    const b = parseEvent(text);
    if (a.kind !== "dialogporten" || b.kind !== "dialogporten") throw new Error("expected events");
    a.warnings.push({ pointer: "/x", code: "schema", keyword: "x", message: "added by the caller" });
    expect(b.warnings).toEqual([]);
  });
});
