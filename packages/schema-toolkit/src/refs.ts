import { DATA_KEYWORDS, type JsonSchema } from "./json-schema.js";

/**
 * `$ref` resolution for the schemas: every schema resource (any object with `$id`) is indexed by its
 * absolute URI, and a `$ref` is resolved against the base URI in force where it stands. JSON-pointer
 * fragments only: the schemas use no anchors.
 */
export type SchemaResources = Map<string, JsonSchema>;

export const stripFragment = (uri: string): string => uri.replace(/#.*$/, "");

/** A `$ref` (or `$id`) made absolute against `base`; relative values need a base. */
export function absoluteUri(ref: string, base: string): string {
  return new URL(ref, base || "urn:unknown").href;
}

/** Finds every schema resource in a document, by absolute URI; the first one met keeps a URI. */
export function indexResources(
  doc: JsonSchema,
  into: SchemaResources = new Map(),
  base = "",
): SchemaResources {
  const walk = (node: unknown, currentBase: string) => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item, currentBase);
      return;
    }
    if (node === null || typeof node !== "object") return;
    const schema = node as JsonSchema;
    let nextBase = currentBase;
    if (typeof schema.$id === "string") {
      nextBase = stripFragment(currentBase ? new URL(schema.$id, currentBase).href : schema.$id);
      if (!into.has(nextBase)) into.set(nextBase, schema);
    }
    for (const [key, value] of Object.entries(schema)) if (!DATA_KEYWORDS.has(key)) walk(value, nextBase);
  };
  walk(doc, base);
  return into;
}

export interface Resolved {
  node: unknown;
  /** The base URI in force at the target (the resource's `$id`). */
  base: string;
  /** The absolute URI of the target, used to detect cycles and to say where a node is defined. */
  uri: string;
}

/** Resolves a `$ref` within the indexed resources, or throws naming the `$ref` and what is missing. */
export function resolveRef(ref: string, base: string, resources: SchemaResources): Resolved {
  const url = new URL(absoluteUri(ref, base));
  const docUri = stripFragment(url.href);
  const doc = resources.get(docUri);
  if (!doc) throw new Error(`$ref "${ref}" from ${base}: no schema with $id ${docUri}`);
  let node: unknown = doc;
  const fragment = decodeURIComponent(url.hash.replace(/^#/, ""));
  for (const part of fragment.split("/").slice(1)) {
    node = (node as Record<string, unknown> | undefined)?.[part.replace(/~1/g, "/").replace(/~0/g, "~")];
    if (node === undefined) throw new Error(`$ref "${ref}" from ${base}: nothing at #${fragment}`);
  }
  return { node, base: docUri, uri: `${docUri}#${fragment}` };
}

/** `https://host/schemas/strict/_defs/x.json#/$defs/a` -> `_defs/x.json#/$defs/a`, for messages. */
export function shortUri(uri: string): string {
  return uri.replace(/^.*?\/schemas\/((strict|tolerant)\/)?/, "");
}

/**
 * The schema with every `$ref` replaced by what it points at (the schemas have no recursion; a cycle is
 * reported). `drop` names keywords left out of every inlined node below the root.
 */
export function inlineRefs(
  root: JsonSchema,
  resources: SchemaResources,
  drop: readonly string[] = [],
): JsonSchema {
  const inline = (node: unknown, base: string, depth: number): unknown => {
    if (depth > 50) throw new Error(`$ref cycle below ${base}`);
    if (Array.isArray(node)) return node.map((item) => inline(item, base, depth + 1));
    if (node === null || typeof node !== "object") return node;
    const source = node as JsonSchema;
    let out: JsonSchema = {};
    if (typeof source.$ref === "string") {
      const target = resolveRef(source.$ref, base, resources);
      out = inline(target.node, target.base, depth + 1) as JsonSchema;
    }
    for (const [key, value] of Object.entries(source)) {
      if (key === "$ref") continue;
      out[key] = DATA_KEYWORDS.has(key) ? value : inline(value, base, depth + 1);
    }
    if (depth > 0) for (const key of drop) delete out[key];
    return out;
  };
  return inline(root, stripFragment(String(root.$id ?? "")), 0) as JsonSchema;
}

/** Every relative `$ref` made absolute against `base`, so the schema can move to another `$id`. */
export function absolutizeRefs<T>(node: T, base: string): T {
  if (Array.isArray(node)) return node.map((n) => absolutizeRefs(n, base)) as T;
  if (node === null || typeof node !== "object") return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "$ref" && typeof value === "string" && !value.startsWith("#"))
      out[key] = absoluteUri(value, base);
    else out[key] = DATA_KEYWORDS.has(key) ? value : absolutizeRefs(value, base);
  }
  return out as T;
}

/** The resources of several documents in one index, for `$ref`s that cross files. */
export function indexSchemas(schemas: Iterable<JsonSchema>): SchemaResources {
  const resources: SchemaResources = new Map();
  for (const schema of schemas) indexResources(schema, resources);
  return resources;
}
