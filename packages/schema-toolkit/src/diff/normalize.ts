import { TOLERANT_KEYWORD } from "../derive.js";
import type { JsonSchema } from "../json-schema.js";
import { resolveRef, shortUri, stripFragment } from "../refs.js";
import { canonical, pointerSegment } from "./canonical.js";
import { mergeShapes } from "./merge.js";
import {
  type BoundKeyword,
  DOC_KEYWORDS,
  emptyShape,
  MAX_BOUNDS,
  MIN_BOUNDS,
  type Shape,
  SUBSCHEMA_KEYWORDS,
  shapeKey,
} from "./shape.js";

/**
 * Structure, not constraints: how the schema is put together, which inlining makes irrelevant. `$comment`
 * is a note to schema authors (the generator stamps one on every shipped file), not documentation.
 */
const STRUCTURAL = new Set([
  "$comment",
  "$schema",
  "$id",
  "$defs",
  "definitions",
  "$ref",
  "allOf",
  "$anchor",
  "$vocabulary",
]);
const BOUNDS = new Set<string>([...MIN_BOUNDS, ...MAX_BOUNDS]);
/** Applicators the diff does not reason about; their subschemas are still inlined so refs compare equal. */
const SCHEMA_LIST = new Set(["anyOf", "oneOf", "prefixItems"]);
const SCHEMA_ONE = new Set(["not", "if", "then", "else", "unevaluatedProperties", "unevaluatedItems"]);
const SCHEMA_MAP = new Set(["patternProperties", "dependentSchemas"]);

interface Context {
  resources: Map<string, JsonSchema>;
  /** `$ref` targets being expanded, to stop on recursive schemas. */
  stack: string[];
}

/** Inlines `$ref`s and merges `allOf` into one Shape per node. */
export function normalize(
  node: unknown,
  base: string,
  resources: Map<string, JsonSchema>,
  definedAt: string,
): Shape {
  return normalizeNode(node, base, { resources, stack: [] }, definedAt);
}

function normalizeNode(node: unknown, base: string, ctx: Context, here: string): Shape {
  if (node === true || node === undefined) return emptyShape(here);
  if (node === false) return { ...emptyShape(here), rejectsAll: true };
  if (node === null || typeof node !== "object" || Array.isArray(node))
    throw new Error(`${here}: not a schema`);
  const schema = node as JsonSchema;
  const nodeBase =
    typeof schema.$id === "string" ? stripFragment(new URL(schema.$id, base || undefined).href) : base;
  let shape = ownShape(schema, nodeBase, ctx, here);
  if (typeof schema.$ref === "string") {
    const target = resolveRef(schema.$ref, nodeBase, ctx.resources);
    let referenced: Shape;
    if (ctx.stack.includes(target.uri)) {
      // A recursive schema: compare the recursion point by where it points, not by expanding it again.
      referenced = {
        ...emptyShape(shortUri(target.uri)),
        opaque: new Map([["$ref", [shortUri(target.uri)]]]),
      };
    } else {
      ctx.stack.push(target.uri);
      referenced = normalizeNode(target.node, target.base, ctx, shortUri(target.uri));
      ctx.stack.pop();
    }
    // A thin wrapper (`{ "$ref": …, "description": … }`) is best described by where its target lives.
    shape = { ...mergeShapes(shape, referenced), definedAt: referenced.definedAt };
  }
  const parts = Array.isArray(schema.allOf) ? schema.allOf : [];
  parts.forEach((part, i) => {
    shape = mergeShapes(shape, normalizeNode(part, nodeBase, ctx, `${here}/allOf/${i}`));
  });
  return shape;
}

function ownShape(schema: JsonSchema, base: string, ctx: Context, here: string): Shape {
  const shape = emptyShape(here);
  const sub = (value: unknown, path: string) => normalizeNode(value, base, ctx, `${here}/${path}`);
  const opaque = (key: string, value: unknown) => shape.opaque.set(key, [canonical(value)]);
  for (const [key, value] of Object.entries(schema)) {
    if (STRUCTURAL.has(key) || key === TOLERANT_KEYWORD) continue;
    if (DOC_KEYWORDS.has(key) || key.startsWith("x-")) shape.docs.set(key, [canonical(value)]);
    else if (key === "type")
      shape.types = (Array.isArray(value) ? (value as string[]) : [String(value)]).slice().sort();
    else if (key === "const") {
      shape.values = [value];
      shape.fromConst = true;
    } else if (key === "enum" && Array.isArray(value)) shape.values = value;
    else if (key === "pattern") shape.patterns.push(String(value));
    else if (key === "format") shape.formats.push(String(value));
    else if (BOUNDS.has(key) && typeof value === "number") shape.bounds[key as BoundKeyword] = value;
    else if (key === "properties") {
      for (const [name, child] of Object.entries(value as JsonSchema)) {
        shape.properties.set(name, sub(child, `properties/${pointerSegment(name)}`));
      }
    } else if (key === "required" && Array.isArray(value))
      for (const name of value) shape.required.add(String(name));
    else if (key === "additionalProperties") {
      if (value === false) shape.additional = false;
      else if (value !== true) shape.additional = sub(value, key);
    } else if (key === "dependentRequired") {
      for (const [name, names] of Object.entries(value as Record<string, string[]>))
        shape.dependentRequired.set(name, new Set(names));
    } else if ((SUBSCHEMA_KEYWORDS as readonly string[]).includes(key))
      shape.subschemas.set(key, sub(value, key));
    else if (SCHEMA_LIST.has(key) && Array.isArray(value))
      opaque(
        key,
        value.map((v, i) => shapeKey(sub(v, `${key}/${i}`))),
      );
    else if (SCHEMA_ONE.has(key)) opaque(key, shapeKey(sub(value, key)));
    else if (SCHEMA_MAP.has(key)) {
      const entries = Object.entries(value as JsonSchema).map(([k, v]) => [
        k,
        shapeKey(sub(v, `${key}/${pointerSegment(k)}`)),
      ]);
      opaque(key, Object.fromEntries(entries));
    } else opaque(key, value);
  }
  return shape;
}
