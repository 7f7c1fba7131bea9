import type { JsonSchema } from "@dialogporten-events/schema-toolkit";
import { describe, expect, it } from "vitest";
import { emitFastAccept } from "../src/emit-fast-accept.js";

/** Compiles the emitted `accepts` with stand-ins for the runtime's formats and ucs2length. */
function compile(schema: JsonSchema): (data: unknown) => boolean {
  const fast = emitFastAccept(schema);
  if (!fast) throw new Error("not supported");
  const formats = { uri: (s: string) => s.includes(":") };
  const ucs2length = (s: string) => [...s].length;
  return new Function("formats", "ucs2length", `${fast.code}\nreturn accepts;`)(formats, ucs2length);
}

const CASES: [string, JsonSchema, unknown[], unknown[]][] = [
  ["const", { const: "1.0" }, ["1.0"], ["1", 1, null]],
  ["enum", { enum: ["A", "B"] }, ["A", "B"], ["C", undefined]],
  ["pattern applies to strings only", { pattern: "^a+$" }, ["aa", 5, {}], ["ab"]],
  ["typed pattern", { type: "string", pattern: "^a+$" }, ["a"], [5, "b"]],
  ["format", { type: "string", format: "uri" }, ["urn:x"], ["nope"]],
  ["maxLength counts code points", { type: "string", maxLength: 2 }, ["ab", "😀😀"], ["abc"]],
  [
    "required and properties",
    { type: "object", required: ["a"], properties: { a: { type: "string" }, b: { const: "x" } } },
    [{ a: "1" }, { a: "1", b: "x" }],
    [{}, { a: 1 }, { a: "1", b: "y" }, [], null],
  ],
  [
    "additionalProperties false",
    { type: "object", properties: { a: {} }, additionalProperties: false },
    [{ a: 1 }, {}],
    [{ a: 1, b: 2 }, JSON.parse('{"__proto__":1}')],
  ],
  [
    "dependentRequired",
    { type: "object", dependentRequired: { b: ["a"] } },
    [{}, { a: 1, b: 1 }, { a: 1 }],
    [{ b: 1 }],
  ],
  ["minProperties", { type: "object", minProperties: 1 }, [{ a: 1 }], [{}]],
  [
    "allOf: both branches hold",
    { allOf: [{ type: "object", required: ["a"] }, { properties: { a: { pattern: "^x" } } }] },
    [{ a: "xy" }],
    [{}, { a: "y" }],
  ],
  [
    "allOf: conflicting keywords are both checked",
    { allOf: [{ pattern: "^a" }, { pattern: "b$" }] },
    ["ab"],
    ["a", "b"],
  ],
];

describe("emitFastAccept", () => {
  it.each(CASES)("%s", (_name, schema, accepted, refused) => {
    const accepts = compile(schema);
    for (const value of accepted) expect(accepts(value), JSON.stringify(value)).toBe(true);
    for (const value of refused) expect(accepts(value), JSON.stringify(value)).toBe(false);
  });

  it.each([
    ["oneOf", { oneOf: [{ type: "string" }] }],
    ["type list", { type: ["string", "null"] }],
    ["object const", { const: { a: 1 } }],
    ["additionalProperties schema", { type: "object", additionalProperties: { type: "string" } }],
    ["an unknown keyword deep inside", { properties: { a: { items: {} } } }],
  ])("gives up on %s, leaving the schema to Ajv", (_name, schema) => {
    expect(emitFastAccept(schema as JsonSchema)).toBeUndefined();
  });
});
