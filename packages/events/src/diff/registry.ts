import type { JsonSchema } from "./types.js";

/** Keywords whose values are instance data, not schemas: never walked for `$id`s or `$ref`s. */
export const DATA_KEYWORDS = new Set(["const", "enum", "examples", "default"]);

/** Finds every schema resource (any object with `$id`) in a document, by absolute URI. */
export function indexResources(doc: JsonSchema, into: Map<string, JsonSchema>, base = ""): void {
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
}

export const stripFragment = (uri: string): string => uri.replace(/#.*$/, "");

export interface Resolved {
  node: unknown;
  /** The base URI in force at the target (the resource's `$id`). */
  base: string;
  /** The absolute URI of the target, used to detect cycles and to say where a node is defined. */
  uri: string;
}

/** Resolves a `$ref` (JSON-pointer fragments only; the schemas use no anchors) within the loaded set. */
export function resolveRef(ref: string, base: string, resources: Map<string, JsonSchema>): Resolved {
  const url = new URL(ref, base || "urn:unknown");
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
