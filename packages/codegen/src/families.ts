import {
  deriveVariant,
  type EventSchemaFile,
  type JsonSchema,
  type ValidationMode,
} from "@dialogporten-events/schema-toolkit";

/**
 * Event types whose schemas say the same thing but for the `type` constant (the 17 activity types, say).
 * The root entry reaches a type's validators only through a lookup by the value's `type`, so there one set
 * of validators per mode (entry point, strict verdict, Ajv's errors) serves the whole family, with `type`
 * unchecked. Each event then runs code its siblings keep hot: a type's own copy of Ajv's code ran a few
 * times per thousand events of the bench corpus, cold, at two to three times its warm cost (an event
 * accepted with warnings went from about 15 to 8 µs, the mixed corpus about 15% faster). And the root import
 * carries one copy per family instead of one per type (about 607 -> 104 KiB minified). The per-type subpaths,
 * which a caller may hand any value, keep each type's own complete validators.
 */
export interface EventFamily {
  /** The members' common leading and trailing `.` segments (`dialogporten.dialog.activity.v1`). */
  name: string;
  /** The member types, in schema order. */
  types: string[];
  /** The schema the family's validators are compiled from, for one mode: see `familySchema`. */
  schema: (mode: ValidationMode) => JsonSchema;
}

/** What a schema says besides words and its own `type` constant, for comparing two schemas. */
const NOT_COMPARED = new Set(["$id", "title", "description", "examples", "$comment"]);

function comparable(schema: JsonSchema): string {
  const rest = Object.fromEntries(Object.entries(schema).filter(([key]) => !NOT_COMPARED.has(key)));
  const properties = rest.properties as Record<string, unknown> | undefined;
  if (properties) {
    const { type: _type, ...others } = properties;
    rest.properties = others;
  }
  return JSON.stringify(rest);
}

function commonName(types: string[]): string {
  const split = types.map((t) => t.split("."));
  const first = split[0] as string[];
  let lead = 0;
  while (lead < first.length && split.every((s) => s[lead] === first[lead])) lead++;
  let trail = 0;
  while (
    trail < first.length - lead &&
    split.every(
      (s) => s.length - trail - 1 >= lead && s[s.length - trail - 1] === first[first.length - trail - 1],
    )
  )
    trail++;
  return [...first.slice(0, lead), ...first.slice(first.length - trail)].join(".");
}

/**
 * The family's schema in one mode: the first member's variant with `type` left open and an `$id` beside
 * the members' (so relative `$ref`s resolve the same way). Every other keyword, and so every error Ajv
 * reports on a value of a member type, with its schema path, is the member's.
 */
function familySchema(first: EventSchemaFile, name: string, mode: ValidationMode): JsonSchema {
  const variant = deriveVariant(first.schema, mode);
  const id = String(first.schema.$id);
  const { title: _t, description: _d, examples: _e, ...rest } = variant;
  return {
    ...rest,
    $id: `${id.slice(0, id.lastIndexOf("/") + 1)}${name}.family.schema.json`,
    properties: { ...(variant.properties as Record<string, unknown>), type: {} },
  };
}

/** The families of two or more event types; a type with no sibling belongs to none. */
export function eventFamilies(events: EventSchemaFile[]): EventFamily[] {
  const groups = new Map<string, EventSchemaFile[]>();
  for (const event of events) {
    if (!event.eventType) continue;
    const key = comparable(event.schema);
    groups.set(key, [...(groups.get(key) ?? []), event]);
  }
  const families: EventFamily[] = [...groups.values()]
    .filter((members) => members.length > 1)
    .map((members) => {
      const types = members.map((m) => m.eventType as string);
      const name = commonName(types);
      return { name, types, schema: (mode) => familySchema(members[0] as EventSchemaFile, name, mode) };
    });
  const names = families.map((f) => f.name);
  const twice = names.find((name, i) => names.indexOf(name) !== i);
  if (twice) throw new Error(`two families of event types would both be named ${twice}`);
  return families;
}
