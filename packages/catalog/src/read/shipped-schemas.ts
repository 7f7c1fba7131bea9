// Reads the self-contained JSON Schemas that `dialogporten-events` ships (its `./schemas/*` export), so the
// catalog documents exactly what users install. Every shared definition is embedded under `$defs`, keyed
// by its `$id`: references resolve inside the file, never over the network.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

export type SchemaMode = "strict" | "tolerant";

/** A JSON Schema object as read from disk (the catalog only reads it). */
export type JsonSchema = { readonly [keyword: string]: unknown };

const require = createRequire(import.meta.url);

/** The package subpath a user imports, e.g. `dialogporten-events/schemas/strict/<type>.schema.json`. */
export function schemaSpecifier(mode: SchemaMode, type: string): string {
  return `dialogporten-events/schemas/${mode}/${type}.schema.json`;
}

/** Where the installed package keeps that schema file (resolved through the package's exports). */
export function schemaFile(mode: SchemaMode, type: string): string {
  return require.resolve(schemaSpecifier(mode, type));
}

export function readShippedSchema(mode: SchemaMode, type: string): JsonSchema {
  const file = schemaFile(mode, type);
  const value: unknown = JSON.parse(readFileSync(file, "utf8"));
  if (!isSchemaObject(value)) throw new Error(`${file}: not a JSON Schema object`);
  return value;
}

export function isSchemaObject(value: unknown): value is JsonSchema {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Resolves `$ref`s inside one self-contained schema: against the `$id` of the resource that contains them
 * (the root or an embedded definition), then by JSON pointer. An unknown target is an error that names it.
 */
export class EmbeddedRefs {
  private readonly resources = new Map<string, JsonSchema>();

  constructor(private readonly root: JsonSchema) {
    this.collect(root, typeof root.$id === "string" ? root.$id : "urn:catalog:root");
  }

  /** The schema a node stands for: its `$ref` target merged under the node's own keywords. */
  resolve(node: JsonSchema, base: string = this.baseOf(this.root)): { schema: JsonSchema; base: string } {
    const ref = node.$ref;
    if (typeof ref !== "string") return { schema: node, base };
    const url = new URL(ref, base);
    const fragment = decodeURIComponent(url.hash.slice(1));
    url.hash = "";
    const resource = this.resources.get(url.href);
    if (!resource) throw new Error(`$ref ${ref}: no embedded schema with $id ${url.href}`);
    const target = pointerGet(resource, fragment, ref);
    const resolved = this.resolve(target, url.href);
    const { $ref: _ref, ...siblings } = node;
    return { schema: { ...resolved.schema, ...siblings }, base: resolved.base };
  }

  baseOf(node: JsonSchema): string {
    return typeof node.$id === "string" ? node.$id : "urn:catalog:root";
  }

  private collect(node: unknown, base: string): void {
    if (Array.isArray(node)) {
      for (const item of node) this.collect(item, base);
      return;
    }
    if (!isSchemaObject(node)) return;
    let here = base;
    if (typeof node.$id === "string") {
      here = new URL(node.$id, base).href;
      this.resources.set(here, node);
    }
    for (const [key, value] of Object.entries(node)) {
      if (key !== "examples" && key !== "const" && key !== "enum") this.collect(value, here);
    }
  }
}

function pointerGet(resource: JsonSchema, pointer: string, ref: string): JsonSchema {
  let node: unknown = resource;
  if (pointer !== "") {
    for (const raw of pointer.replace(/^\//, "").split("/")) {
      const key = raw.replaceAll("~1", "/").replaceAll("~0", "~");
      node = isSchemaObject(node) ? node[key] : undefined;
    }
  }
  if (!isSchemaObject(node)) throw new Error(`$ref ${ref}: the pointer "${pointer}" finds no schema`);
  return node;
}
