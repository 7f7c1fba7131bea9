import { deriveVariant, type JsonSchema, type SchemaFile } from "@dialogporten-events/schema-toolkit";
import { banner } from "./banner.js";
import type { EmittedFile } from "./emit-validators.js";

/**
 * Validation errors name the failing definition (`#/$defs/partyUrn/pattern`); its description and first
 * example turn "must match pattern ^urn:..." into a sentence a person can act on.
 */
export function emitHints(defs: SchemaFile[]): EmittedFile {
  const hints: Record<string, { strict: string; tolerant: string; example?: string }> = {};
  for (const file of defs) {
    const strictDefs = (deriveVariant(file.schema, "strict").$defs ?? {}) as Record<string, JsonSchema>;
    const tolerantDefs = (deriveVariant(file.schema, "tolerant").$defs ?? {}) as Record<string, JsonSchema>;
    for (const name of Object.keys(strictDefs).sort()) {
      const strict = strictDefs[name] as JsonSchema;
      const tolerant = tolerantDefs[name] as JsonSchema;
      if (typeof strict.description !== "string") continue;
      const example = Array.isArray(strict.examples) ? strict.examples[0] : undefined;
      hints[name] = {
        strict: strict.description,
        tolerant: typeof tolerant.description === "string" ? tolerant.description : strict.description,
        ...(typeof example === "string" ? { example } : {}),
      };
    }
  }
  const content = [
    banner(defs.map((d) => d.file)),
    "/** Per shared definition: what it expects in each mode, and an example. */",
    `export const definitionHints: Readonly<Record<string, { strict: string; tolerant: string; example?: string }>> = ${JSON.stringify(hints, null, 2)};`,
    "",
  ].join("\n");
  return { path: "src/generated/hints.gen.ts", content };
}
