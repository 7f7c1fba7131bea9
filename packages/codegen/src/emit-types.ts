import { compile } from "json-schema-to-typescript";
import { banner } from "./banner.js";
import { deriveVariant } from "./derive.js";
import type { EmittedFile } from "./emit-validators.js";
import { flattenForTypes } from "./flatten.js";
import type { EventSchemaFile, LoadedSchemas } from "./load.js";
import { typeNameOf } from "./names.js";

export const typesPath = (eventType: string) => `src/generated/events/${eventType}.gen.ts`;

/**
 * Types describe what a receiver can rely on, so they come from the tolerant variant (a field the
 * producer may still omit is optional), without index signatures so a typo is a compile error.
 */
export async function emitTypes(file: EventSchemaFile, tolerant: LoadedSchemas): Promise<EmittedFile> {
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
