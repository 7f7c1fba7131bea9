import { describe, expect, it } from "vitest";
import { NarrowingUnsupported, strictBeyondTolerant } from "../src/warnings-schema.js";

describe("strictBeyondTolerant: the strict schema reduced to where it narrows the tolerant one", () => {
  it("drops keywords the tolerant variant has with the same value, keeps $ref and the differences", () => {
    const strict = {
      $id: "x",
      description: "strict",
      type: "object",
      required: ["a", "b"],
      properties: {
        a: { $ref: "#/$defs/uuid" },
        b: { type: "string", format: "date-time", pattern: "Z$" },
        c: { const: "application/json" },
      },
      additionalProperties: false,
      $defs: { uuid: { type: "string", pattern: "^[0-9a-f]+$", maxLength: 36 } },
    };
    const tolerant = {
      $id: "x",
      description: "tolerant",
      type: "object",
      required: ["a", "b"],
      properties: {
        a: { $ref: "#/$defs/uuid" },
        b: { type: "string", format: "date-time" },
        c: { type: "string" },
      },
      $defs: { uuid: { type: "string", pattern: "^[0-9a-fA-F]+$", maxLength: 36 } },
    };
    expect(strictBeyondTolerant(strict, tolerant)).toEqual({
      $id: "x",
      properties: {
        a: { $ref: "#/$defs/uuid" },
        b: { pattern: "Z$" },
        c: { const: "application/json" },
      },
      additionalProperties: false,
      $defs: { uuid: { pattern: "^[0-9a-f]+$" } },
    });
  });

  it("keeps additionalProperties whole when the variants list other property names", () => {
    const strict = { type: "object", properties: { a: {} }, additionalProperties: { type: "string" } };
    const tolerant = {
      type: "object",
      properties: { a: {}, b: {} },
      additionalProperties: { type: "string" },
    };
    expect(strictBeyondTolerant(strict, tolerant).additionalProperties).toEqual({ type: "string" });
    const same = { ...tolerant, properties: { a: {} } };
    expect(strictBeyondTolerant(strict, same).additionalProperties).toEqual({});
  });

  it("gives up where a definition would not apply to the same values in both variants", () => {
    const defs = { $defs: { u: { type: "string" } } };
    expect(() =>
      strictBeyondTolerant(
        { ...defs, properties: { a: { $ref: "#/$defs/u" } } },
        { ...defs, properties: {} },
      ),
    ).toThrow(NarrowingUnsupported);
    expect(() =>
      strictBeyondTolerant(
        { ...defs, anyOf: [{ $ref: "#/$defs/u" }] },
        { ...defs, anyOf: [{ $ref: "#/$defs/u" }] },
      ),
    ).toThrow(NarrowingUnsupported);
  });
});
