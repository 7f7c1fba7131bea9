import { type DiffOptions, diffSchemaSets, type JsonSchema, setsFromSource } from "../src/diff/index.js";

export const BASE = "https://example.test/schemas/";
export const TYPE = "demo.thing.v1";

/** A source-form event schema whose `data` property is the schema under test. */
export function eventWithData(data: JsonSchema, extra: JsonSchema = {}): JsonSchema {
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: `${BASE}${TYPE}.schema.json`,
    title: "Thing (v1)",
    type: "object",
    properties: { type: { const: TYPE }, data },
    required: ["type", "data"],
    ...extra,
  };
}

export const setsOf = (...schemas: JsonSchema[]) =>
  setsFromSource(schemas.map((schema) => ({ path: String(schema.$id).replace(BASE, ""), schema })));

/** The repository's scaffolding command, as the generator's release commands pass it. */
export const MAINTAINERS: DiffOptions = { newVersionCommand: "pnpm new-version" };

export const diffData = (before: JsonSchema, after: JsonSchema, options: DiffOptions = MAINTAINERS) =>
  diffSchemaSets(setsOf(eventWithData(before)), setsOf(eventWithData(after)), options);
