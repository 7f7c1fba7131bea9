import { indexResources, shortUri, stripFragment } from "./registry.js";
import type { JsonSchema, Mode, ModeSet, SchemaEntry, SchemaSets } from "./types.js";

/** A JSON Schema file, `path` relative to the folder it was read from (forward slashes). */
export interface SchemaDocument {
  path: string;
  schema: JsonSchema;
}

export const MODES: readonly Mode[] = ["strict", "tolerant"];

/** Shared definitions that the package also ships (and exports a validator for) as schemas of their own. */
export const SHIPPED_DEFS = ["_defs/cloudevents.schema.json"];

/** An event schema is named by its CloudEvents `type`; any other by its file name. */
export function entryKey(schema: JsonSchema, path: string): string {
  const type = (schema.properties as Record<string, { const?: unknown }> | undefined)?.type?.const;
  if (typeof type === "string") return type;
  return (path.split("/").pop() as string).replace(/(\.schema)?\.json$/, "");
}

export function entry(schema: JsonSchema, path: string, file: string): SchemaEntry {
  return { key: entryKey(schema, path), file, root: schema, base: stripFragment(String(schema.$id ?? "")) };
}

/**
 * A published package's `schemas/`: one self-contained document per type and mode under `strict/` and
 * `tolerant/` (shared definitions embedded), plus mode-less documents at the top.
 */
export function setsFromShipped(files: SchemaDocument[]): SchemaSets {
  const sets = {} as SchemaSets;
  for (const mode of MODES) {
    const set: ModeSet = { entries: new Map(), resources: new Map() };
    const mine = files.filter((f) => f.path.startsWith(`${mode}/`) || !f.path.includes("/"));
    for (const file of mine) indexResources(file.schema, set.resources);
    for (const file of mine) {
      const e = entry(file.schema, file.path, `schemas/${file.path}`);
      set.entries.set(e.key, e);
    }
    sets[mode] = set;
  }
  return sets;
}

/** The file name an entry's nodes carry in `definedAt`. */
export const ownFileOf = (e: SchemaEntry): string => shortUri(e.base);
