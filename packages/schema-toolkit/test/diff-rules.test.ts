import { describe, expect, it } from "vitest";
import { type Audience, diffSchemaSets, type JsonSchema, RULES, type Severity } from "../src/diff/index.js";
import { diffData, eventWithData, setsOf } from "./diff-helpers.js";

interface Case {
  name: string;
  rule: string;
  before: JsonSchema;
  after: JsonSchema;
  pointer: string;
  bump: "patch" | "minor" | "major";
  audiences?: Partial<Record<Audience, Severity>>;
}

const obj = (properties: JsonSchema, more: JsonSchema = {}) => ({ type: "object", properties, ...more });
/** Closed for producers, open for receivers: the shape of every `data` object in schemas/. */
const closed = (properties: JsonSchema, more: JsonSchema = {}) =>
  obj(properties, { additionalProperties: false, "x-tolerant": { additionalProperties: null }, ...more });
const str = (more: JsonSchema = {}) => ({ type: "string", ...more });
const D = "/properties/data";

const CASES: Case[] = [
  {
    name: "property removed from a closed object",
    rule: "property-removed",
    before: closed({ a: str(), b: str() }),
    after: closed({ a: str() }),
    pointer: `${D}/properties/b`,
    bump: "major",
    audiences: { producers: "breaking", receivers: "compatible", typescript: "breaking" },
  },
  {
    name: "property renamed",
    rule: "property-renamed",
    before: closed({ a: str({ maxLength: 3 }) }),
    after: closed({ z: str({ maxLength: 3 }) }),
    pointer: `${D}/properties/a`,
    bump: "major",
  },
  {
    name: "property made required",
    rule: "property-required",
    before: obj({ a: str() }),
    after: obj({ a: str() }, { required: ["a"] }),
    pointer: `${D}/properties/a`,
    bump: "major",
    audiences: { producers: "breaking", receivers: "breaking", typescript: "breaking" },
  },
  {
    name: "property made optional",
    rule: "property-optional",
    before: obj({ a: str() }, { required: ["a"] }),
    after: obj({ a: str() }),
    pointer: `${D}/properties/a`,
    bump: "major",
    audiences: { producers: "compatible", receivers: "compatible", typescript: "breaking" },
  },
  {
    name: "required property added",
    rule: "required-property-added",
    before: obj({}),
    after: obj({ a: str() }, { required: ["a"] }),
    pointer: `${D}/properties/a`,
    bump: "major",
  },
  {
    name: "optional property added",
    rule: "optional-property-added",
    before: closed({ a: str() }),
    after: closed({ a: str(), b: str() }),
    pointer: `${D}/properties/b`,
    bump: "minor",
    audiences: { producers: "compatible", receivers: "compatible", typescript: "compatible" },
  },
  {
    name: "type narrowed",
    rule: "json-type-narrowed",
    before: { type: ["string", "number"] },
    after: { type: "string" },
    pointer: D,
    bump: "major",
  },
  {
    name: "type restricted",
    rule: "json-type-narrowed",
    before: {},
    after: { type: "string" },
    pointer: D,
    bump: "major",
  },
  {
    name: "type widened",
    rule: "json-type-widened",
    before: { type: "string" },
    after: { type: ["string", "null"] },
    pointer: D,
    bump: "major",
    audiences: { receivers: "compatible", typescript: "breaking" },
  },
  {
    name: "integer to number is wider",
    rule: "json-type-widened",
    before: { type: "integer" },
    after: { type: "number" },
    pointer: D,
    bump: "major",
  },
  {
    name: "enum value removed",
    rule: "enum-narrowed",
    before: { enum: ["A", "B"] },
    after: { enum: ["A"] },
    pointer: D,
    bump: "major",
  },
  {
    name: "enum value added",
    rule: "enum-widened",
    before: { enum: ["A"] },
    after: { enum: ["A", "B"] },
    pointer: D,
    bump: "minor",
    audiences: { typescript: "compatible" },
  },
  {
    name: "const replaced by a wider enum",
    rule: "enum-widened",
    before: { const: "A" },
    after: { enum: ["A", "B"] },
    pointer: D,
    bump: "minor",
  },
  {
    name: "const dropped",
    rule: "enum-widened",
    before: str({ const: "A" }),
    after: str(),
    pointer: D,
    bump: "minor",
  },
  {
    name: "const changed",
    rule: "const-changed",
    before: { const: "1.0" },
    after: { const: "2.0" },
    pointer: D,
    bump: "major",
  },
  {
    name: "pattern added",
    rule: "pattern-added",
    before: str(),
    after: str({ pattern: "^a" }),
    pointer: D,
    bump: "major",
    audiences: { typescript: "unaffected" },
  },
  {
    name: "pattern changed, not provably wider",
    rule: "pattern-changed",
    before: str({ pattern: "^[a-z]+$" }),
    after: str({ pattern: "^[a-f]+$" }),
    pointer: D,
    bump: "major",
  },
  {
    name: "pattern rewritten (unprovable counts as narrowing)",
    rule: "pattern-changed",
    before: str({ pattern: "^[a-z]+$" }),
    after: str({ pattern: "^(?!x)[a-z]+$" }),
    pointer: D,
    bump: "major",
  },
  {
    name: "pattern widened",
    rule: "constraint-widened",
    before: str({ pattern: "^[a-z]{1,5}$" }),
    after: str({ pattern: "^[a-z0-9]{1,10}$" }),
    pointer: D,
    bump: "minor",
  },
  {
    name: "pattern removed",
    rule: "constraint-widened",
    before: str({ pattern: "^a" }),
    after: str(),
    pointer: D,
    bump: "minor",
  },
  {
    name: "format added",
    rule: "format-added",
    before: str(),
    after: str({ format: "uri" }),
    pointer: D,
    bump: "major",
  },
  {
    name: "format changed to a narrower one",
    rule: "format-changed",
    before: str({ format: "uri-reference" }),
    after: str({ format: "uri" }),
    pointer: D,
    bump: "major",
  },
  {
    name: "format changed to a wider one",
    rule: "constraint-widened",
    before: str({ format: "uri" }),
    after: str({ format: "uri-reference" }),
    pointer: D,
    bump: "minor",
  },
  {
    name: "maxLength lowered",
    rule: "max-length-lowered",
    before: str({ maxLength: 1023 }),
    after: str({ maxLength: 100 }),
    pointer: D,
    bump: "major",
  },
  {
    name: "maxLength added",
    rule: "max-length-lowered",
    before: str(),
    after: str({ maxLength: 10 }),
    pointer: D,
    bump: "major",
  },
  {
    name: "minLength raised",
    rule: "min-length-raised",
    before: str({ minLength: 1 }),
    after: str({ minLength: 2 }),
    pointer: D,
    bump: "major",
  },
  {
    name: "maximum lowered",
    rule: "range-narrowed",
    before: { type: "integer", maximum: 10 },
    after: { type: "integer", maximum: 5 },
    pointer: D,
    bump: "major",
  },
  {
    name: "maxItems lowered",
    rule: "count-narrowed",
    before: { type: "array", maxItems: 5 },
    after: { type: "array", maxItems: 2 },
    pointer: D,
    bump: "major",
  },
  {
    name: "additional properties closed",
    rule: "additional-properties-restricted",
    before: obj({ a: str() }),
    after: obj({ a: str() }, { additionalProperties: false }),
    pointer: D,
    bump: "major",
  },
  {
    name: "dependency added",
    rule: "dependent-required-added",
    before: obj({ a: str(), b: str() }),
    after: obj({ a: str(), b: str() }, { dependentRequired: { b: ["a"] } }),
    pointer: D,
    bump: "major",
  },
  {
    name: "maxLength raised",
    rule: "constraint-widened",
    before: str({ maxLength: 100 }),
    after: str({ maxLength: 1023 }),
    pointer: D,
    bump: "minor",
    audiences: { producers: "compatible", receivers: "compatible", typescript: "unaffected" },
  },
  {
    name: "items added",
    rule: "json-type-narrowed",
    before: { type: "array" },
    after: { type: "array", items: { type: "string" } },
    pointer: `${D}/items`,
    bump: "major",
  },
  {
    name: "anyOf changed",
    rule: "keyword-changed",
    before: { anyOf: [str(), { type: "number" }] },
    after: { anyOf: [str()] },
    pointer: D,
    bump: "major",
  },
  {
    name: "description only",
    rule: "docs-only",
    before: str({ description: "old" }),
    after: str({ description: "new", examples: ["x"] }),
    pointer: D,
    bump: "patch",
    audiences: { producers: "unaffected", receivers: "unaffected", typescript: "unaffected" },
  },
  {
    name: "strict-only pattern added (x-tolerant drops it)",
    rule: "pattern-added",
    before: str(),
    after: str({ pattern: "^a", "x-tolerant": { pattern: null } }),
    pointer: D,
    bump: "major",
    audiences: { producers: "breaking", receivers: "unaffected", typescript: "unaffected" },
  },
  {
    name: "tolerant-only pattern widened",
    rule: "constraint-widened",
    before: str({ pattern: "^[a-f]+$" }),
    after: str({ pattern: "^[a-f]+$", "x-tolerant": { pattern: "^[a-fA-F]+$" } }),
    pointer: D,
    bump: "minor",
    audiences: { producers: "unaffected", receivers: "compatible" },
  },
];

describe("rule table: each before/after pair reports its rule", () => {
  it.each(CASES)("$rule: $name", (c) => {
    const result = diffData(c.before, c.after);
    const hit = result.findings.find((f) => f.rule === c.rule && f.pointer === c.pointer);
    expect(hit, JSON.stringify(result.findings.map((f) => f.message))).toBeDefined();
    expect(hit?.bump).toBe(c.bump);
    expect(hit?.key).toBe("demo.thing.v1");
    expect(hit?.message).toContain(`demo.thing.v1.schema.json#${c.pointer}`);
    expect(hit?.message).toContain(`[${c.rule}]`);
    if (c.audiences) expect(hit?.audiences).toMatchObject(c.audiences);
    expect(result.required).toBe(c.bump);
  });

  it("covers every rule with at least one case", () => {
    const tested = new Set([...CASES.map((c) => c.rule), "type-added", "type-removed"]);
    expect(RULES.map((r) => r.id).filter((id) => !tested.has(id))).toEqual([]);
  });

  it("reports nothing when nothing changed, however the schema is spelled", () => {
    const spelled = { allOf: [{ type: "string" }, { maxLength: 3 }], description: "x" };
    expect(diffData(spelled, { ...spelled }).findings).toEqual([]);
    expect(diffData({ enum: ["A", "B"] }, { enum: ["B", "A"] }).findings).toEqual([]);
  });
});

describe("event types added and removed", () => {
  const other = {
    ...eventWithData({}),
    $id: "https://example.test/schemas/demo.other.v1.schema.json",
    properties: { type: { const: "demo.other.v1" } },
  };

  it("type-added is a minor change", () => {
    const result = diffSchemaSets(setsOf(eventWithData({})), setsOf(eventWithData({}), other));
    expect(result.findings).toMatchObject([
      { rule: "type-added", key: "demo.other.v1", pointer: "", bump: "minor" },
    ]);
    expect(result.required).toBe("minor");
  });

  it("type-removed breaks everyone and says to keep the schema", () => {
    const result = diffSchemaSets(setsOf(eventWithData({}), other), setsOf(eventWithData({})));
    const [finding] = result.findings;
    expect(finding).toMatchObject({ rule: "type-removed", key: "demo.other.v1", bump: "major" });
    expect(finding?.audiences).toEqual({
      producers: "breaking",
      receivers: "breaking",
      typescript: "breaking",
    });
    expect(finding?.advice).toContain("deprecated");
  });
});

describe("advice for breaking changes", () => {
  it("says to add .v2 beside the .v1 type", () => {
    const [finding] = diffData({ enum: ["A", "B"] }, { enum: ["A"] }).findings;
    expect(finding?.advice).toContain("add demo.thing.v2 beside it (pnpm new-version demo.thing.v1)");
  });

  it("names no command for users of the published package, who do not have the repository's", () => {
    const [finding] = diffData({ enum: ["A", "B"] }, { enum: ["A"] }, {}).findings;
    expect(finding?.advice).toBe(
      "demo.thing.v1 could have stayed unchanged with the change in a new demo.thing.v2 beside it; as released, it takes a major version",
    );
  });

  it("gives no advice for additive changes", () => {
    const [finding] = diffData({ enum: ["A"] }, { enum: ["A", "B"] }).findings;
    expect(finding?.advice).toBeUndefined();
  });
});
