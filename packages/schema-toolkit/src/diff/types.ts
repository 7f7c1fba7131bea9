import type { ValidationMode } from "../derive.js";
import type { JsonSchema } from "../json-schema.js";

/**
 * The schema diff works on plain JSON Schema objects only (no ajv, no fs, no Node APIs): the generator's
 * release gate runs it on `schemas/`, the published CLI (which bundles it) on shipped packages.
 */
export type { JsonSchema } from "../json-schema.js";

export type Mode = ValidationMode;

/** Who a change can break: producers validate with the strict variant, receivers with the tolerant one. */
export type Audience = "producers" | "receivers" | "typescript";

export type Severity = "breaking" | "compatible" | "unaffected";

export type Bump = "none" | "patch" | "minor" | "major";

/** Which way a change moves the set of accepted events, seen by the validator of one mode. */
export type Direction = "narrowed" | "widened" | "neutral";

/** One event type (or other top-level schema) in one mode, ready to be resolved against its registry. */
export interface SchemaEntry {
  /** The event type (`properties.type.const`), or the file's stem for schemas without one. */
  key: string;
  /** Where it came from, for messages: `schemas/…` or `package/schemas/strict/…`. */
  file: string;
  root: JsonSchema;
  /** Base URI of `root`, against which its `$ref`s resolve. */
  base: string;
}

export interface ModeSet {
  entries: Map<string, SchemaEntry>;
  /** Every schema resource by absolute `$id` (embedded `$defs` resources included). */
  resources: Map<string, JsonSchema>;
}

export type SchemaSets = Record<Mode, ModeSet>;

/** What a comparison of one mode's variant found at one place. */
export interface RawChange {
  rule: string;
  key: string;
  file: string;
  /** JSON pointer into the event as validated: `$ref`s inlined and `allOf` merged. */
  pointer: string;
  /** Where the changed node is defined, when it came through a `$ref` (e.g. `_defs/x.json#/$defs/uuid`). */
  definedAt?: string;
  direction: Direction;
  detail: string;
}

export interface Finding {
  rule: string;
  key: string;
  file: string;
  pointer: string;
  definedAt?: string;
  /** The message per mode in which the change was seen (the two variants can differ). */
  details: Partial<Record<Mode, string>>;
  audiences: Record<Audience, Severity>;
  bump: Exclude<Bump, "none">;
  /** One line naming the file, the JSON pointer, what changed and the rule. */
  message: string;
  advice?: string;
}

export interface DiffResult {
  findings: Finding[];
  required: Bump;
  compared: { before: number; after: number };
}
