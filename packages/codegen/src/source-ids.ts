import {
  ANNOTATION_KEYWORDS,
  fixedWidthPositions,
  fixedWidthSuffix,
  type JsonSchema,
  mergeAllOf,
  type SourceKind,
} from "@dialogporten-events/schema-toolkit";

/**
 * The ids a Dialogporten `source` carries, and the attributes that must repeat them (the runtime's
 * consistency checks, packages/events/src/invariants.ts): each as a JSON pointer and the distance of the
 * id's end from the end of `source`.
 */
const ID_TAILS: Record<SourceKind, Record<string, number>> = {
  dialog: { "/resourceinstance": 0 },
  activity: { "/resourceinstance": "/activities/".length + 36, "/data/activityId": 0 },
  transmission: { "/resourceinstance": "/transmissions/".length + 36 },
};

/** An attribute the strict `source` pattern pins down: where its id sits in `source`, counted from the end. */
export interface SourceId {
  /** Characters between the end of the id and the end of `source`. */
  tail: number;
  width: number;
}

const merged = (schema: unknown): JsonSchema | undefined =>
  schema !== null && typeof schema === "object" ? mergeAllOf(schema as JsonSchema, "conjunction") : undefined;

/** The schema of a required property, merged, or `undefined` when it is optional or missing. */
function requiredProperty(parent: JsonSchema, name: string): JsonSchema | undefined {
  if (!((parent.required as string[] | undefined) ?? []).includes(name)) return undefined;
  return merged((parent.properties as Record<string, unknown> | undefined)?.[name]);
}

/** A string schema with one fixed-width pattern and nothing else: its positions, or `undefined`. */
function idPositions(schema: JsonSchema | undefined) {
  if (schema?.type !== "string" || typeof schema.pattern !== "string") return undefined;
  const keys = Object.keys(schema).filter((k) => !ANNOTATION_KEYWORDS.has(k));
  if (keys.some((k) => k !== "type" && k !== "pattern")) return undefined;
  return fixedWidthPositions(schema.pattern);
}

/**
 * For a strict event schema (`$ref`s inlined): the id attributes that equal their slice of `source` only
 * if they are valid, because every character the strict `source` pattern allows at that slice is one the
 * attribute's own pattern allows there, and the widths agree. For those, the fast check compares with
 * the slice (once `source` has passed) instead of checking the pattern, and learns at the same time whether
 * the ids agree. `undefined` when any id cannot be proven so: the fast check then cannot tell.
 */
export function provenSourceIds(schema: JsonSchema, kind: SourceKind): Map<string, SourceId> | undefined {
  const root = merged(schema);
  const source = root && requiredProperty(root, "source");
  if (!root || !source || source.type !== "string" || typeof source.pattern !== "string") return undefined;
  const suffix = fixedWidthSuffix(source.pattern);
  if (!suffix) return undefined;
  const proven = new Map<string, SourceId>();
  for (const [pointer, tail] of Object.entries(ID_TAILS[kind])) {
    const [parent, name] = pointer.slice(1).split("/") as [string, string | undefined];
    const holder = name === undefined ? root : requiredProperty(root, parent);
    if (!holder || (name !== undefined && holder.type !== "object")) return undefined;
    const positions = idPositions(requiredProperty(holder, name ?? parent));
    if (!positions) return undefined;
    const start = suffix.length - tail - positions.length;
    if (start < 0) return undefined;
    if (!positions.every((set, i) => (suffix[start + i] as (typeof suffix)[number]).isSubsetOf(set)))
      return undefined;
    proven.set(pointer, { tail, width: positions.length });
  }
  return proven;
}
