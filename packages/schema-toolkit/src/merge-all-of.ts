import { ANNOTATION_KEYWORDS, type JsonSchema } from "./json-schema.js";

/**
 * How `allOf` branches fold into their node:
 * - `conjunction` keeps the meaning exactly (every branch must hold), for validation: the node's own
 *   keywords first, a keyword two parts set to different values left behind in `allOf`, annotations
 *   dropped.
 * - `override` makes one readable shape, for types: the branches first, then the node's own keywords,
 *   each replacing what a branch set (the event's `type` const over the envelope's `type: string`),
 *   annotations kept.
 * In both, `required` lists are joined and a property met twice is merged the same way.
 */
export type MergeMode = "conjunction" | "override";

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function mergeAllOf(schema: JsonSchema, mode: MergeMode): JsonSchema {
  const { allOf, ...own } = schema as JsonSchema & { allOf?: JsonSchema[] };
  const branches = (allOf ?? []).map((branch) => mergeAllOf(branch, mode));
  const parts = mode === "conjunction" ? [own, ...branches] : [...branches, own];
  const out: JsonSchema = {};
  const rest: JsonSchema[] = [];
  for (const part of parts) {
    const leftover: JsonSchema = {};
    for (const [key, value] of Object.entries(part)) {
      if (mode === "conjunction" && ANNOTATION_KEYWORDS.has(key)) continue;
      if (key === "allOf") rest.push(...(value as JsonSchema[]));
      else if (key === "required")
        out.required = [...new Set([...((out.required as string[]) ?? []), ...(value as string[])])];
      else if (key === "properties") {
        const merged = { ...((out.properties as Record<string, JsonSchema>) ?? {}) };
        for (const [name, sub] of Object.entries(value as Record<string, JsonSchema>)) {
          const earlier = merged[name];
          merged[name] = earlier ? mergeAllOf({ allOf: [earlier, sub] }, mode) : sub;
        }
        out.properties = merged;
      } else if (!(key in out) || mode === "override") out[key] = value;
      else if (!sameJson(out[key], value)) leftover[key] = value;
    }
    if (Object.keys(leftover).length > 0) rest.push(leftover);
  }
  if (rest.length > 0) out.allOf = rest;
  return out;
}
