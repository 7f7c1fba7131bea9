import { describe, expect, it } from "vitest";
import { dialogportenEventTypes, parseEvent, SUBSCRIPTION_VALIDATION_TYPE } from "../src/index.js";
import { loadFixtures } from "./helpers.js";

const fixtures = loadFixtures();

describe("schemas/fixtures", () => {
  it("covers every event type with valid and invalid instances", () => {
    for (const type of [...dialogportenEventTypes, SUBSCRIPTION_VALIDATION_TYPE]) {
      expect(
        fixtures.some((f) => f.type === type && f.expect === "valid"),
        type,
      ).toBe(true);
      expect(
        fixtures.some((f) => f.type === type && f.expect === "invalid"),
        type,
      ).toBe(true);
    }
  });

  const valid = fixtures.filter((f) => f.expect === "valid");
  it.each(valid.map((f) => [`${f.type}/${f.name}`, f] as const))("%s passes tolerant mode", (_name, f) => {
    const result = parseEvent(f.text);
    expect(result.kind, JSON.stringify(result)).not.toBe("error");
    if (result.kind === "error") return;
    expect(result.event.type).toBe(f.type);
    expect(result.warnings.length > 0).toBe(f.tolerantOnly);
  });

  it.each(valid.map((f) => [`${f.type}/${f.name}`, f] as const))(
    "%s in strict mode as its name says",
    (_name, f) => {
      const result = parseEvent(f.text, { mode: "strict" });
      if (f.tolerantOnly) {
        expect(result.kind).toBe("error");
        if (result.kind === "error") {
          expect(result.code).toBe("invalid");
          expect(result.issues.length).toBeGreaterThan(0);
        }
      } else expect(result.kind, JSON.stringify(result)).not.toBe("error");
    },
  );

  const invalid = fixtures.filter((f) => f.expect === "invalid");
  it.each(invalid.map((f) => [`${f.type}/${f.name}`, f] as const))(
    "%s fails both modes with pointers",
    (_name, f) => {
      for (const mode of ["tolerant", "strict"] as const) {
        const result = parseEvent(f.text, { mode });
        expect(result.kind).toBe("error");
        if (result.kind !== "error") continue;
        expect(result.code).toBe("invalid");
        expect(result.type).toBe(f.type);
        for (const issue of result.issues) {
          expect(issue.pointer).toMatch(/^(\/[^/]+)+$/);
          expect(issue.message.length).toBeGreaterThan(10);
        }
      }
    },
  );
});
