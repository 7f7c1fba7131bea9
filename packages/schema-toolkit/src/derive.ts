import { DATA_KEYWORDS, type JsonSchema } from "./json-schema.js";
import type { LoadedSchemas } from "./load.js";

export type ValidationMode = "strict" | "tolerant";

export const VALIDATION_MODES: readonly ValidationMode[] = ["strict", "tolerant"];

/**
 * The schemas describe the canonical (strict) form. A node may carry `x-tolerant`: keywords that replace
 * their siblings for receivers, where `null` removes a keyword. Keeping both forms side by side in one
 * file is what lets one source produce both validators without the two drifting apart.
 */
export const TOLERANT_KEYWORD = "x-tolerant";

export function deriveVariant<T>(node: T, mode: ValidationMode): T {
  if (Array.isArray(node)) return node.map((item) => deriveVariant(item, mode)) as T;
  if (node === null || typeof node !== "object") return node;
  const source = node as JsonSchema;
  const overrides = mode === "tolerant" ? (source[TOLERANT_KEYWORD] as JsonSchema | undefined) : undefined;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(source)) {
    if (key === TOLERANT_KEYWORD) continue;
    if (overrides && key in overrides) continue;
    out[key] = DATA_KEYWORDS.has(key) ? value : deriveVariant(value, mode);
  }
  for (const [key, value] of Object.entries(overrides ?? {})) {
    if (value !== null) out[key] = deriveVariant(value, mode);
  }
  return out as T;
}

/** Every schema of a loaded set in one mode's variant, fixtures and file names kept. */
export function deriveLoaded(loaded: LoadedSchemas, mode: ValidationMode): LoadedSchemas {
  return {
    defs: loaded.defs.map((d) => ({ ...d, schema: deriveVariant(d.schema, mode) })),
    events: loaded.events.map((e) => ({ ...e, schema: deriveVariant(e.schema, mode) })),
  };
}
