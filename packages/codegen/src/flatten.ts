import type { JsonSchema, LoadedSchemas } from "./load.js";

/**
 * json-schema-to-typescript names every titled sub-schema and turns `allOf` into intersections; for one
 * readable interface per event we hand it a self-contained schema instead: `$ref`s inlined, the envelope's
 * `allOf` merged into the event's own properties, nested titles and examples dropped.
 */
export function flattenForTypes(root: JsonSchema, loaded: LoadedSchemas, title: string): JsonSchema {
  const merged = mergeAllOf(inlineRefs(root, loaded));
  for (const key of ["$id", "$schema", "$defs", "examples"]) delete merged[key];
  merged.title = title;
  return merged;
}

/** The schema with every `$ref` replaced by what it points at (the schemas have no recursion). */
export function inlineRefs(root: JsonSchema, loaded: LoadedSchemas): JsonSchema {
  const byId = new Map<string, JsonSchema>();
  for (const { schema } of [...loaded.defs, ...loaded.events]) byId.set(String(schema.$id), schema);
  return inline(root, String(root.$id), byId, 0) as JsonSchema;
}

function resolve(
  ref: string,
  base: string,
  byId: Map<string, JsonSchema>,
): { schema: JsonSchema; base: string } {
  const url = new URL(ref, base);
  const docId = `${url.origin}${url.pathname}`;
  const doc = byId.get(docId);
  if (!doc) throw new Error(`$ref "${ref}" from ${base}: no schema with $id ${docId}`);
  let node: unknown = doc;
  for (const part of url.hash.replace(/^#\/?/, "").split("/").filter(Boolean)) {
    node = (node as Record<string, unknown>)[
      decodeURIComponent(part).replace(/~1/g, "/").replace(/~0/g, "~")
    ];
    if (node === undefined) throw new Error(`$ref "${ref}" from ${base}: nothing at ${url.hash}`);
  }
  return { schema: node as JsonSchema, base: docId };
}

function inline(node: unknown, base: string, byId: Map<string, JsonSchema>, depth: number): unknown {
  if (depth > 50) throw new Error(`$ref cycle below ${base}`);
  if (Array.isArray(node)) return node.map((item) => inline(item, base, byId, depth + 1));
  if (node === null || typeof node !== "object") return node;
  const source = node as JsonSchema;
  let out: JsonSchema = {};
  if (typeof source.$ref === "string") {
    const target = resolve(source.$ref, base, byId);
    out = inline(target.schema, target.base, byId, depth + 1) as JsonSchema;
  }
  for (const [key, value] of Object.entries(source)) {
    if (key === "$ref") continue;
    out[key] =
      key === "const" || key === "enum" || key === "examples" ? value : inline(value, base, byId, depth + 1);
  }
  if (depth > 0) {
    delete out.title;
    delete out.examples;
  }
  return out;
}

function mergeAllOf(schema: JsonSchema): JsonSchema {
  const parts = (schema.allOf as JsonSchema[] | undefined) ?? [];
  const { allOf: _allOf, ...own } = schema;
  const properties: Record<string, JsonSchema> = {};
  const required = new Set<string>();
  for (const part of [...parts, own]) {
    Object.assign(properties, part.properties ?? {});
    for (const name of (part.required as string[] | undefined) ?? []) required.add(name);
  }
  // The event's own property schema (the `type` const, the `source` shape) wins over the envelope's.
  for (const [name, value] of Object.entries((own.properties as Record<string, JsonSchema>) ?? {})) {
    const envelope = parts.find((p) => (p.properties as Record<string, JsonSchema> | undefined)?.[name]);
    const inherited = (envelope?.properties as Record<string, JsonSchema> | undefined)?.[name];
    properties[name] = { ...inherited, ...value };
  }
  return { ...own, properties, required: [...required] };
}
