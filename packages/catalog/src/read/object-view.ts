// Flattens an object schema (its own `properties` plus those of every `allOf` member, `$ref`s followed)
// into the list of fields a reader sees, with each field's keywords merged: a definition's keywords first,
// the more specific ones (the event type's own) over them.
import { type EmbeddedRefs, isSchemaObject, type JsonSchema } from "./shipped-schemas.js";

export interface FieldSchema {
  readonly name: string;
  readonly schema: JsonSchema;
  /** The base URI its own nested `$ref`s resolve against. */
  readonly base: string;
  readonly required: boolean;
  /** What the field means, where the event type or envelope says so beside a `$ref`. */
  readonly meaning?: string;
  /** What the referenced definition says (usually its form in words). */
  readonly form?: string;
}

export interface ObjectView {
  readonly schema: JsonSchema;
  readonly fields: readonly FieldSchema[];
}

export function objectView(refs: EmbeddedRefs, node: JsonSchema, base: string): ObjectView {
  const parts = flatten(refs, node, base);
  const byName = new Map<string, { schema: JsonSchema; base: string; meaning?: string; form?: string }>();
  const required = new Set<string>();
  let merged: JsonSchema = {};
  for (const part of parts) {
    const { properties, required: partRequired, allOf: _allOf, ...keywords } = part.schema;
    merged = { ...merged, ...keywords };
    if (Array.isArray(partRequired)) for (const name of partRequired) required.add(String(name));
    if (!isSchemaObject(properties)) continue;
    for (const [name, raw] of Object.entries(properties)) {
      if (!isSchemaObject(raw)) continue;
      const resolved = refs.resolve(raw, part.base);
      const target =
        typeof raw.$ref === "string" ? refs.resolve({ $ref: raw.$ref }, part.base).schema : undefined;
      const earlier = byName.get(name);
      const meaning = typeof raw.description === "string" ? raw.description : earlier?.meaning;
      const form = typeof target?.description === "string" ? target.description : earlier?.form;
      byName.set(name, {
        schema: { ...earlier?.schema, ...resolved.schema },
        base: target === undefined && earlier ? earlier.base : resolved.base,
        ...(meaning !== undefined && { meaning }),
        ...(form !== undefined && { form }),
      });
    }
  }
  const fields = [...byName].map(([name, field]) => ({ name, ...field, required: required.has(name) }));
  return { schema: merged, fields };
}

/** The node itself after its `allOf` members (resolved), most general first. */
function flatten(refs: EmbeddedRefs, node: JsonSchema, base: string): { schema: JsonSchema; base: string }[] {
  const self = refs.resolve(node, base);
  const members = Array.isArray(self.schema.allOf) ? self.schema.allOf.filter(isSchemaObject) : [];
  return [...members.flatMap((member) => flatten(refs, member, self.base)), self];
}
