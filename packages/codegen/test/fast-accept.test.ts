import type { JsonSchema } from "@dialogporten-events/schema-toolkit";
import { describe, expect, it } from "vitest";
import { emitFastAccept } from "../src/emit-fast-accept.js";
import { provenSourceIds } from "../src/source-ids.js";

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

const UUID = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";
const UUID_BODY = UUID.slice(1, -1);
const id = { type: "string", pattern: UUID };
/** An activity event's shape, as far as the `source` ids go. */
function activitySchema(sourcePattern: string, activityId: JsonSchema = id): JsonSchema {
  return {
    type: "object",
    required: ["source", "resourceinstance", "data"],
    properties: {
      resourceinstance: id,
      data: { type: "object", required: ["activityId"], properties: { activityId } },
      source: { type: "string", pattern: sourcePattern },
    },
  };
}
const ACTIVITY_SOURCE = `^https://(x|yy)/api/v1/enduser/dialogs/${UUID_BODY}/activities/${UUID_BODY}$`;

function compileVerdict(schema: JsonSchema): {
  accepts: (d: unknown) => boolean;
  verdict: (d: unknown) => number;
} {
  const ids = provenSourceIds(schema, "activity");
  const fast = emitFastAccept(schema, ids);
  if (!fast?.hasVerdict) throw new Error("no verdict");
  return new Function("formats", "ucs2length", `${fast.code}\nreturn { accepts, verdict };`)({}, () => 0);
}

describe("verdict: the strict check and the ids in source in one pass", () => {
  const { accepts, verdict } = compileVerdict(activitySchema(ACTIVITY_SOURCE));
  const reference = (event: {
    source?: unknown;
    resourceinstance?: unknown;
    data?: { activityId?: unknown };
  }) => {
    if (!accepts(event)) return 0;
    const source = event.source as string;
    const n = source.length;
    const same =
      source.slice(n - 84, n - 48) === event.resourceinstance &&
      source.slice(n - 36) === event.data?.activityId;
    return same ? 2 : 1;
  };

  it("agrees with the plain check and a comparison of the slices, on mutated events", () => {
    const a = "0190f3c5-6a7b-7c8d-9e0f-a1b2c3d4e5f6";
    const b = "0190f3c5-6a7b-7c8d-9e0f-a1b2c3d4e5f7";
    const ids = [a, b, a.toUpperCase(), `${a}0`, a.slice(1), a.replace("-", "_"), "", 5, undefined, null];
    const hosts = ["x", "yy", "z", "X"];
    let checked = 0;
    for (const dialog of ids)
      for (const activity of ids)
        for (const ri of ids)
          for (const dataActivity of ids.slice(0, 6))
            for (const host of hosts) {
              const event = {
                source: `https://${host}/api/v1/enduser/dialogs/${String(dialog)}/activities/${String(activity)}`,
                resourceinstance: ri,
                data: { activityId: dataActivity },
              };
              expect(verdict(event), JSON.stringify(event)).toBe(reference(event));
              checked++;
            }
    expect(checked).toBeGreaterThan(10_000);
    expect(verdict({ source: 1, resourceinstance: a, data: { activityId: a } })).toBe(0);
  });

  it("is only emitted when the source pattern pins each id to the attribute's own pattern", () => {
    // Upper case in source where the attribute allows lower case only: equal would not mean valid.
    const loose = ACTIVITY_SOURCE.replaceAll("[0-9a-f]", "[0-9a-fA-F]");
    expect(provenSourceIds(activitySchema(loose), "activity")).toBeUndefined();
    // A source that ends in something of another width.
    expect(provenSourceIds(activitySchema(`^https://x/dialogs/${UUID_BODY}$`), "activity")).toBeUndefined();
    // An attribute with more to it than its pattern.
    expect(
      provenSourceIds(activitySchema(ACTIVITY_SOURCE, { ...id, maxLength: 10 }), "activity"),
    ).toBeUndefined();
    expect(provenSourceIds(activitySchema(ACTIVITY_SOURCE), "activity")).toEqual(
      new Map([
        ["/resourceinstance", { tail: 48, width: 36 }],
        ["/data/activityId", { tail: 0, width: 36 }],
      ]),
    );
  });
});
