// Says a field's constraints in words, one short sentence each. Patterns are shown verbatim beside the
// field's description, which says the same form in words (every patterned definition has one).
import { isSchemaObject, type JsonSchema } from "./shipped-schemas.js";

const formats: Record<string, string> = {
  "date-time": "An RFC 3339 date-time.",
  uri: "An absolute URI.",
  "uri-reference": "A URI reference (relative or absolute).",
};

/** The JSON type a reader should expect, e.g. `string` or `object`. */
export function typeOf(schema: JsonSchema): string {
  if (typeof schema.type === "string") return schema.type;
  if (Array.isArray(schema.type)) return schema.type.join(" or ");
  if ("const" in schema) return jsonTypeOf(schema.const);
  if (Array.isArray(schema.enum)) return [...new Set(schema.enum.map(jsonTypeOf))].join(" or ");
  return "any";
}

/** The constraints on one field; `object` is its parent, for the rules it states about its fields. */
export function fieldRules(schema: JsonSchema, name: string, object: JsonSchema): string[] {
  const rules: string[] = [];
  if ("const" in schema) rules.push(`Always ${literal(schema.const)}.`);
  if (Array.isArray(schema.enum)) rules.push(`One of ${schema.enum.map(literal).join(", ")}.`);
  if (typeof schema.format === "string") rules.push(formats[schema.format] ?? `Format \`${schema.format}\`.`);
  if (typeof schema.minLength === "number") rules.push(`At least ${schema.minLength} characters.`);
  if (typeof schema.maxLength === "number") rules.push(`At most ${schema.maxLength} characters.`);
  const dependencies = isSchemaObject(object.dependentRequired) ? object.dependentRequired[name] : undefined;
  if (Array.isArray(dependencies) && dependencies.length > 0) {
    rules.push(`Only together with ${dependencies.map((other) => `\`${String(other)}\``).join(", ")}.`);
  }
  return rules;
}

/** The constraints on an object as a whole (the `data` object), keyed by the keyword they come from. */
export function objectRules(schema: JsonSchema): Map<string, string> {
  const rules = new Map<string, string>();
  if (typeof schema.minProperties === "number" && schema.minProperties > 0) {
    rules.set("minProperties", "Never empty (left out rather than sent as `{}`).");
  }
  rules.set(
    "additionalProperties",
    schema.additionalProperties === false
      ? "No other fields."
      : "Other fields may appear: the producer adds fields within a version; ignore what you do not know.",
  );
  return rules;
}

function literal(value: unknown): string {
  return `\`${JSON.stringify(value)}\``;
}

function jsonTypeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value === "number" ? "number" : typeof value;
}
