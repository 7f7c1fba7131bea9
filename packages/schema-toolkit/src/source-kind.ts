import type { JsonSchema } from "./json-schema.js";

/**
 * The shapes a Dialogporten `source` comes in: the dialog, or an activity or transmission below it. The
 * generator writes this list into the events package (`sourceKinds`), so the runtime has it without
 * depending on this package.
 */
export const SOURCE_KINDS = ["dialog", "activity", "transmission"] as const;

export type SourceKind = (typeof SOURCE_KINDS)[number];

const SOURCE_REF = new RegExp(`/(${SOURCE_KINDS.join("|")})Source$`);

/** Which `source` shape an event type has, read from the `$ref` of its `source` property. */
export function sourceKindOf(schema: JsonSchema): SourceKind {
  const ref = String((schema.properties as Record<string, { $ref?: string }>).source?.$ref ?? "");
  const match = SOURCE_REF.exec(ref);
  if (!match) throw new Error(`${String(schema.$id)}: source must $ref one of the *Source definitions`);
  return match[1] as SourceKind;
}
