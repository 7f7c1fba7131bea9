import { isDeepStrictEqual } from "node:util";
import { ANNOTATION_KEYWORDS, DATA_KEYWORDS, type JsonSchema } from "@dialogporten-events/schema-toolkit";

/**
 * Keywords whose value maps names to subschemas, each applied to its own part of the instance: a
 * subschema is narrowed against the tolerant one of the same name.
 */
const SCHEMA_MAPS = new Set(["properties", "patternProperties", "dependentSchemas", "$defs"]);
/** Keywords holding one subschema applied to the same values in both variants. */
const SCHEMA_SINGLES = new Set(["items", "propertyNames"]);
/**
 * Kept whole however they compare: `$ref` keeps Ajv's code shape (which references it inlines, so which
 * schema paths its errors carry), `$id` keeps the references resolving.
 */
const ALWAYS_KEPT = new Set(["$id", "$ref"]);

/**
 * The strict variant of a schema reduced to where it narrows the tolerant variant: every keyword that the
 * tolerant variant has at the same place with the same value is dropped, as every value the tolerant
 * schema accepts passes it. On such a value, Ajv's code for the result reports exactly the errors, in the
 * same order, that Ajv's code for the whole strict schema reports (its keywords run in Ajv's fixed order
 * and `$ref`s inline as before; the differential test holds it to that), and does much less to get them:
 * no formats, no `required`, no checks the tolerant pass has already made. Tolerant parsing explains its
 * warnings with it.
 *
 * The reduction holds only where a subschema applies to the same values in both variants, so it throws
 * `NarrowingUnsupported` (and the caller keeps the whole strict schema) where that is not certain: a
 * `$ref` the tolerant variant does not have at the same place (a definition is narrowed against its
 * tolerant counterpart, which must then apply wherever it does), or a keyword it does not walk into
 * (`anyOf`, `not`...) that refers to a definition.
 */
export function strictBeyondTolerant(strict: JsonSchema, tolerant: unknown): JsonSchema {
  const other = (
    tolerant !== null && typeof tolerant === "object" && !Array.isArray(tolerant) ? tolerant : {}
  ) as JsonSchema;
  if (strict.$ref !== undefined && strict.$ref !== other.$ref)
    throw new NarrowingUnsupported(`$ref ${String(strict.$ref)} differs between the variants`);
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(strict)) {
    if (ALWAYS_KEPT.has(key)) out[key] = value;
    else if (ANNOTATION_KEYWORDS.has(key) && key !== "$defs") continue;
    else if (SCHEMA_MAPS.has(key)) out[key] = narrowMap(value as Record<string, unknown>, other[key]);
    else if (key === "allOf") out[key] = narrowList(value as unknown[], other[key]);
    else if (SCHEMA_SINGLES.has(key) || (key === "additionalProperties" && sameNames(strict, other)))
      out[key] = narrowSubschema(value, other[key]);
    else if (key === "additionalProperties") out[key] = narrowSubschema(value, undefined);
    else if (DATA_KEYWORDS.has(key)) {
      if (!isDeepStrictEqual(value, other[key])) out[key] = value;
    } else if (hasRef(value))
      // Kept or dropped whole, it would change what its definitions mean there or what Ajv inlines.
      throw new NarrowingUnsupported(`"${key}" refers to a definition`);
    else if (!(key in other) || !isDeepStrictEqual(value, other[key])) out[key] = value;
  }
  return out;
}

export class NarrowingUnsupported extends Error {}

function hasRef(value: unknown): boolean {
  if (value === null || typeof value !== "object") return false;
  if (Array.isArray(value)) return value.some(hasRef);
  return Object.entries(value).some(
    ([key, sub]) => key === "$ref" || (!DATA_KEYWORDS.has(key) && hasRef(sub)),
  );
}

/** `additionalProperties` applies to the same names in both variants only when they list the same ones. */
function sameNames(strict: JsonSchema, tolerant: JsonSchema): boolean {
  const names = (schema: JsonSchema, key: string) =>
    Object.keys((schema[key] ?? {}) as object)
      .sort()
      .join("\n");
  return (
    names(strict, "properties") === names(tolerant, "properties") &&
    names(strict, "patternProperties") === names(tolerant, "patternProperties")
  );
}

function narrowSubschema(strict: unknown, tolerant: unknown): unknown {
  if (strict === null || typeof strict !== "object" || Array.isArray(strict)) return strict;
  // Equal boolean schemas stay: `additionalProperties: false` is what makes an unknown field a warning.
  return strictBeyondTolerant(strict as JsonSchema, tolerant);
}

function narrowMap(strict: Record<string, unknown>, tolerant: unknown): Record<string, unknown> {
  const others = (tolerant ?? {}) as Record<string, unknown>;
  // Every name stays (as `{}` at least): `additionalProperties` reads the names of `properties`.
  return Object.fromEntries(
    Object.entries(strict).map(([name, sub]) => [name, narrowSubschema(sub, others[name])]),
  );
}

function narrowList(strict: unknown[], tolerant: unknown): unknown[] {
  const others = Array.isArray(tolerant) ? tolerant : [];
  return strict.map((sub, i) => narrowSubschema(sub, others[i]));
}
