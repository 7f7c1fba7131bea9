import { FIX_COMMAND, GENERATOR_NAME } from "./paths.js";

/** Every generated file starts with this, so nobody edits one by hand without being told. */
export function banner(sources: string[]): string {
  const from = sources.length === 1 ? `schemas/${sources[0]}` : `${sources.length} schemas in schemas/`;
  return [
    "// This file is generated. Do not edit it by hand.",
    `// Generator: ${GENERATOR_NAME}`,
    `// Source: ${from}`,
    `// Change the schema and run \`${FIX_COMMAND}\` instead.`,
    "",
  ].join("\n");
}
