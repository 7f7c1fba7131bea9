import type { ErrorObject } from "ajv";
import { _, Ajv2020 } from "ajv/dist/2020.js";
import { fullFormats } from "ajv-formats/dist/formats.js";
import { deriveVariant, TOLERANT_KEYWORD, type ValidationMode } from "./derive.js";
import type { LoadedSchemas } from "./load.js";

/** The formats the schemas use. The events package implements the same names in `runtime/formats.ts`. */
export const USED_FORMATS = ["date-time", "uri", "uri-reference"] as const;

type FormatCheck = (value: string) => boolean;

function referenceFormat(name: (typeof USED_FORMATS)[number]): FormatCheck {
  const def = fullFormats[name] as unknown;
  if (typeof def === "function") return def as FormatCheck;
  if (def instanceof RegExp) return (value) => def.test(value);
  return (def as { validate: FormatCheck }).validate;
}

/**
 * One Ajv per mode holding every schema in that mode's variant. Formats are registered as plain functions
 * backed by ajv-formats' full (reference) checks, and emitted code calls them as `formats[name](value)`
 * so the events package supplies its own implementations.
 */
export function createAjv(loaded: LoadedSchemas, mode: ValidationMode): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    strictRequired: false,
    allowUnionTypes: true,
    code: { source: true, esm: true, lines: true, formats: _`formats` },
  });
  ajv.addKeyword({ keyword: TOLERANT_KEYWORD, schemaType: "object" });
  for (const name of USED_FORMATS) ajv.addFormat(name, referenceFormat(name));
  for (const { schema } of [...loaded.defs, ...loaded.events]) ajv.addSchema(deriveVariant(schema, mode));
  return ajv;
}

export function schemaIdOf(schema: Record<string, unknown>): string {
  const id = schema.$id;
  if (typeof id !== "string") throw new Error("schema has no $id");
  return id;
}

export function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? e.keyword}`).join("; ");
}
