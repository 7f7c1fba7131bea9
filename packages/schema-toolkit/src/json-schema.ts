/** A JSON Schema object as read from a file: keywords are checked where they are used. */
export type JsonSchema = Record<string, unknown>;

/**
 * Keywords whose values are instance data, not schemas: no walk over a schema (`$id`s, `$ref`s,
 * `x-tolerant`) goes into them, so an example may hold any key.
 */
export const DATA_KEYWORDS: ReadonlySet<string> = new Set(["const", "enum", "examples", "default"]);

/** Keywords that only inform: they change no validation result. */
export const ANNOTATION_KEYWORDS: ReadonlySet<string> = new Set([
  "$id",
  "$schema",
  "$defs",
  "$comment",
  "title",
  "description",
  "examples",
  "default",
]);
