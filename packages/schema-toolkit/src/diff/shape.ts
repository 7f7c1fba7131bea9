import { canonical } from "./canonical.js";

/** Lower bounds: raising one narrows what is accepted. */
export const MIN_BOUNDS = [
  "minLength",
  "minimum",
  "exclusiveMinimum",
  "minItems",
  "minProperties",
  "minContains",
] as const;
/** Upper bounds: lowering one narrows what is accepted. */
export const MAX_BOUNDS = [
  "maxLength",
  "maximum",
  "exclusiveMaximum",
  "maxItems",
  "maxProperties",
  "maxContains",
] as const;
export type BoundKeyword = (typeof MIN_BOUNDS)[number] | (typeof MAX_BOUNDS)[number];

/** Keywords that only inform: changing them changes no validation result and no type. */
export const DOC_KEYWORDS = new Set([
  "title",
  "description",
  "examples",
  "deprecated",
  "readOnly",
  "writeOnly",
  "default",
  "contentMediaType",
]);

/** Keywords that hold a subschema compared keyword by keyword (the rest of the applicators are opaque). */
export const SUBSCHEMA_KEYWORDS = ["items", "propertyNames", "contains"] as const;

/**
 * A schema node with its `$ref`s inlined and its `allOf` merged: the constraints one value at this place
 * must meet, in a form where "narrower" and "wider" can be decided keyword by keyword.
 */
export interface Shape {
  /** Where the node is defined (`file#/pointer`). */
  definedAt: string;
  rejectsAll: boolean;
  /** JSON types allowed; undefined means any. */
  types?: string[];
  /** Allowed values from `const`/`enum`; undefined means any. */
  values?: unknown[];
  fromConst: boolean;
  patterns: string[];
  formats: string[];
  bounds: Partial<Record<BoundKeyword, number>>;
  properties: Map<string, Shape>;
  required: Set<string>;
  /** `false` when `additionalProperties: false`; undefined when anything else is allowed. */
  additional?: false | Shape;
  dependentRequired: Map<string, Set<string>>;
  subschemas: Map<string, Shape>;
  /** Keywords the diff does not reason about, by canonical value: any change counts as unprovable. */
  opaque: Map<string, string[]>;
  docs: Map<string, string[]>;
}

export function emptyShape(definedAt: string): Shape {
  return {
    definedAt,
    rejectsAll: false,
    fromConst: false,
    patterns: [],
    formats: [],
    bounds: {},
    properties: new Map(),
    required: new Set(),
    dependentRequired: new Map(),
    subschemas: new Map(),
    opaque: new Map(),
    docs: new Map(),
  };
}

/** Whether a value of JSON type `type` passes a `type` keyword listing `allowed`. */
export const typeAccepts = (allowed: string[], type: string): boolean =>
  allowed.includes(type) || (type === "integer" && allowed.includes("number"));

/** A stable text form of what a shape accepts (documentation left out), to tell equal shapes apart. */
export function shapeKey(shape: Shape): string {
  const sorted = <T>(m: Map<string, T>) => [...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return canonical({
    rejectsAll: shape.rejectsAll,
    types: shape.types ? [...shape.types].sort() : null,
    values: shape.values ? shape.values.map(canonical).sort() : null,
    patterns: [...shape.patterns].sort(),
    formats: [...shape.formats].sort(),
    bounds: shape.bounds,
    properties: sorted(shape.properties).map(([k, v]) => [k, shapeKey(v)]),
    required: [...shape.required].sort(),
    additional:
      shape.additional === undefined ? null : shape.additional === false ? false : shapeKey(shape.additional),
    dependentRequired: sorted(shape.dependentRequired).map(([k, v]) => [k, [...v].sort()]),
    subschemas: sorted(shape.subschemas).map(([k, v]) => [k, shapeKey(v)]),
    opaque: sorted(shape.opaque).map(([k, v]) => [k, [...v].sort()]),
  });
}
