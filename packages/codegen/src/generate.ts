import {
  deriveLoaded,
  indexSchemas,
  inlineRefs,
  type JsonSchema,
  loadSchemas,
  sourceKindOf,
  type ValidationMode,
} from "@dialogporten-events/schema-toolkit";
import { addEmitterSchema, createAjv, createEmitAjv } from "./ajv.js";
import { emitAsyncApi } from "./emit-asyncapi.js";
import { emitFastAccept } from "./emit-fast-accept.js";
import { emitHints } from "./emit-hints.js";
import { emitIndex, emitValidatorTable } from "./emit-index.js";
import { emitShippedSchema } from "./emit-schemas.js";
import { emitSubpath } from "./emit-subpaths.js";
import { emitTypes } from "./emit-types.js";
import { type EmittedFile, emitValidator } from "./emit-validators.js";
import { eventFamilies } from "./families.js";
import { lintInstances, lintStructure } from "./lint.js";
import { isDialogportenType } from "./names.js";
import type { GeneratorPaths } from "./paths.js";
import { provenSourceIds } from "./source-ids.js";

export class SchemaLintError extends Error {
  constructor(readonly problems: { file: string; message: string }[]) {
    super(
      `schemas/ has ${problems.length} problem(s):\n${problems.map((p) => `  schemas/${p.file}: ${p.message}`).join("\n")}`,
    );
  }
}

/** The whole pipeline: load -> lint -> emit. Returns the files to write; touches nothing on disk. */
export async function generate(paths: GeneratorPaths): Promise<EmittedFile[]> {
  const loaded = await loadSchemas(paths.schemasDir);
  const structural = lintStructure(loaded);
  if (structural.length > 0) throw new SchemaLintError(structural);
  const ajvs = { strict: createAjv(loaded, "strict"), tolerant: createAjv(loaded, "tolerant") };
  const problems = lintInstances(loaded, ajvs);
  if (problems.length > 0) throw new SchemaLintError(problems);
  const emitters = { strict: createEmitAjv(loaded, "strict"), tolerant: createEmitAjv(loaded, "tolerant") };
  // Each mode's variant of the whole set, derived once: every event's emitters read from it.
  const variants = { strict: deriveLoaded(loaded, "strict"), tolerant: deriveLoaded(loaded, "tolerant") };
  const resources = {
    strict: indexSchemas([...variants.strict.defs, ...variants.strict.events].map((f) => f.schema)),
    tolerant: indexSchemas([...variants.tolerant.defs, ...variants.tolerant.events].map((f) => f.schema)),
  };
  /**
   * The plain check of `variant` (one mode's schema of `eventType`, or of its family), first in its module:
   * in strict mode it also compares the ids `source` carries.
   */
  const fastAccept = (variant: JsonSchema, eventType: string, mode: ValidationMode) => {
    const inlined = inlineRefs(variant, resources[mode]);
    const sourceIds =
      mode === "strict" && isDialogportenType(eventType)
        ? provenSourceIds(inlined, sourceKindOf(variant))
        : undefined;
    return emitFastAccept(inlined, sourceIds);
  };
  const files: EmittedFile[] = [];
  const shippedTolerant = new Map<string, JsonSchema>();
  for (const [index, event] of loaded.events.entries()) {
    const eventType = event.eventType as string;
    files.push(await emitTypes(event, resources.tolerant));
    for (const mode of ["strict", "tolerant"] as const) {
      const own = (variants[mode].events[index] as (typeof loaded.events)[number]).schema;
      files.push(emitValidator(emitters[mode], event, eventType, mode, fastAccept(own, eventType, mode)));
      const shipped = emitShippedSchema(event, loaded, mode);
      files.push(shipped);
      if (mode === "tolerant") shippedTolerant.set(eventType, JSON.parse(shipped.content));
      files.push(emitSubpath(event, mode));
    }
  }
  const cloudevents = loaded.defs.find((d) => d.file === "_defs/cloudevents.schema.json");
  if (!cloudevents) throw new Error("schemas/_defs/cloudevents.schema.json is missing");
  files.push(emitValidator(emitters.tolerant, cloudevents, "cloudevent"));
  const families = eventFamilies(loaded.events);
  for (const family of families)
    for (const mode of ["strict", "tolerant"] as const) {
      const schema = family.schema(mode);
      addEmitterSchema(emitters[mode], schema);
      const fast = fastAccept(schema, family.types[0] as string, mode);
      files.push(
        emitValidator(
          emitters[mode],
          { file: `${family.name}.family`, schema },
          `families/${family.name}`,
          mode,
          fast,
          {
            sources: family.types.map((type) => `${type}.schema.json`),
            note: `The validator of ${family.types.length} event types alike but for \`type\`, which it leaves unchecked.`,
          },
        ),
      );
    }
  files.push({
    path: "schemas/cloudevents.schema.json",
    content: `${JSON.stringify(cloudevents.schema, null, 2)}\n`,
  });
  files.push(emitAsyncApi(loaded.events, shippedTolerant));
  files.push(emitHints(loaded.defs));
  files.push(emitIndex(loaded.events));
  files.push(emitValidatorTable(loaded.events, families));
  return files.sort((a, b) => (a.path < b.path ? -1 : 1));
}
