import type { LoadedSchemas, ValidationMode } from "@dialogporten-events/schema-toolkit";
import type { Ajv2020 } from "ajv/dist/2020.js";
import { describeErrors, schemaIdOf } from "./ajv.js";

export interface LintProblem {
  file: string;
  message: string;
}

const DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

/** Rules every schema must follow before anything is emitted from it: first its shape, then its instances. */
export function lintSchemas(
  loaded: LoadedSchemas,
  createAjvs: () => Record<ValidationMode, Ajv2020>,
): LintProblem[] {
  const problems = lintStructure(loaded);
  return problems.length > 0 ? problems : lintInstances(loaded, createAjvs());
}

/** What can be checked without compiling: a bad `$id` would otherwise surface as an obscure Ajv error. */
export function lintStructure(loaded: LoadedSchemas): LintProblem[] {
  const problems: LintProblem[] = [];
  const report = (file: string, message: string) => problems.push({ file, message });
  const ids = new Map<string, string>();
  for (const { file, schema } of [...loaded.defs, ...loaded.events]) {
    const id = schema.$id;
    if (typeof id !== "string" || !/^https:\/\/[^/]+\//.test(id))
      report(file, "$id must be an absolute https URL");
    else if (ids.has(id)) report(file, `$id ${id} is also used by ${ids.get(id)}`);
    else ids.set(id, file);
    if (schema.$schema !== DRAFT_2020_12) report(file, `$schema must be ${DRAFT_2020_12}`);
    if (typeof schema.title !== "string" || !schema.title) report(file, "title is missing");
    if (typeof schema.description !== "string" || schema.description.length < 20) {
      report(file, "description is missing or too short: say what happened and when it is emitted");
    }
  }
  for (const { file, schema, eventType } of loaded.events) {
    if (!eventType)
      report(file, 'properties.type.const is missing: every event schema fixes its CloudEvents "type"');
    else if (file !== `${eventType}.schema.json`)
      report(file, `file name must be ${eventType}.schema.json (its type)`);
    const examples = schema.examples;
    if (!Array.isArray(examples) || examples.length === 0)
      report(file, "examples: at least one valid example is required");
  }
  return problems;
}

/** Examples must pass both modes; fixtures must do what their folder and name say. */
export function lintInstances(loaded: LoadedSchemas, ajvs: Record<ValidationMode, Ajv2020>): LintProblem[] {
  const problems: LintProblem[] = [];
  const report = (file: string, message: string) => problems.push({ file, message });
  for (const event of loaded.events) {
    const { file, schema, eventType } = event;
    const examples = schema.examples;
    const id = schemaIdOf(schema);
    const check = (mode: ValidationMode, value: unknown) => {
      const validate = ajvs[mode].getSchema(id);
      if (!validate) throw new Error(`${file}: not compiled`);
      return validate(value) ? undefined : describeErrors(validate.errors);
    };
    (Array.isArray(examples) ? examples : []).forEach((example, i) => {
      for (const mode of ["strict", "tolerant"] as const) {
        const error = check(mode, example);
        if (error) report(file, `examples/${i} is not valid in ${mode} mode: ${error}`);
      }
    });
    if (!event.fixtures.some((f) => f.expect === "valid"))
      report(file, `no fixtures in fixtures/${eventType}/valid/`);
    if (!event.fixtures.some((f) => f.expect === "invalid"))
      report(file, `no fixtures in fixtures/${eventType}/invalid/`);
    for (const fixture of event.fixtures) {
      if (fixture.expect === "valid") {
        const modes = fixture.tolerantOnly ? (["tolerant"] as const) : (["strict", "tolerant"] as const);
        for (const mode of modes) {
          const error = check(mode, fixture.value);
          if (error) report(fixture.file, `expected valid in ${mode} mode: ${error}`);
        }
      } else {
        for (const mode of ["strict", "tolerant"] as const) {
          if (!check(mode, fixture.value))
            report(fixture.file, `expected invalid in ${mode} mode, but it passes`);
        }
      }
    }
  }
  return problems;
}
