import {
  deriveVariant,
  type EventSchemaFile,
  inlineRefs,
  type JsonSchema,
  mergeAllOf,
  type SchemaResources,
} from "@dialogporten-events/schema-toolkit";
import { compile } from "json-schema-to-typescript";
import { banner } from "./banner.js";
import type { EmittedFile } from "./emit-validators.js";
import { typeNameOf } from "./names.js";

export const typesPath = (eventType: string) => `src/generated/events/${eventType}.gen.ts`;

/**
 * json-schema-to-typescript names every titled sub-schema and turns `allOf` into intersections; for one
 * readable interface per event we hand it a self-contained schema instead: `$ref`s inlined, the envelope's
 * `allOf` merged into the event's own properties, nested titles and examples dropped.
 */
export function flattenForTypes(root: JsonSchema, resources: SchemaResources, title: string): JsonSchema {
  const merged = mergeAllOf(inlineRefs(root, resources, ["title", "examples"]), "override");
  for (const key of ["$id", "$schema", "$defs", "examples"]) delete merged[key];
  merged.title = title;
  return merged;
}

/**
 * Types describe what a receiver can rely on, so they come from the tolerant variant (a field the
 * producer may still omit is optional), without index signatures so a typo is a compile error.
 */
export async function emitTypes(file: EventSchemaFile, tolerant: SchemaResources): Promise<EmittedFile> {
  const eventType = file.eventType as string;
  const own = deriveVariant(file.schema, "tolerant");
  const flat = flattenForTypes(own, tolerant, typeNameOf(eventType));
  const code = await compile(flat as never, typeNameOf(eventType), {
    bannerComment: "",
    additionalProperties: false,
    declareExternallyReferenced: true,
    strictIndexSignatures: true,
    format: true,
    style: { printWidth: 110, singleQuote: false, trailingComma: "all" },
  });
  return { path: typesPath(eventType), content: `${banner([file.file])}\n${code.trim()}\n` };
}
