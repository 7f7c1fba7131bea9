import standaloneModule from "ajv/dist/standalone/index.js";
import { type EmitAjv, schemaIdOf } from "./ajv.js";
import { banner } from "./banner.js";
import type { ValidationMode } from "./derive.js";
import { toCleanEsm } from "./esm.js";
import type { SchemaFile } from "./load.js";

type StandaloneCode = (ajv: EmitAjv, refs: Record<string, string>) => string;
// ajv ships CommonJS with `exports.default`; depending on the loader the function sits on either level.
const standaloneCode: StandaloneCode =
  (standaloneModule as unknown as { default?: StandaloneCode }).default ??
  (standaloneModule as unknown as StandaloneCode);

export interface EmittedFile {
  /** Path relative to the events package. */
  path: string;
  content: string;
}

/** `src/generated/validators/<mode>/<type>.gen.ts` for an event; `validators/<name>.gen.ts` otherwise. */
export function validatorPath(name: string, mode?: ValidationMode): string {
  return mode ? `src/generated/validators/${mode}/${name}.gen.ts` : `src/generated/validators/${name}.gen.ts`;
}

export function emitValidator(
  ajv: EmitAjv,
  file: SchemaFile,
  name: string,
  mode?: ValidationMode,
): EmittedFile {
  const path = validatorPath(name, mode);
  const runtimePrefix = mode ? "../../../" : "../../";
  const code = standaloneCode(ajv, { validate: schemaIdOf(file.schema) });
  const { imports, body } = toCleanEsm(code, runtimePrefix);
  const typed = body.replace(
    /^export const validate = (\w+);$/m,
    "export const validate: CompiledValidator = $1 as unknown as CompiledValidator;",
  );
  const content = [
    banner([file.file]),
    "// @ts-nocheck",
    `import { formats } from "${runtimePrefix}runtime/formats.js";`,
    `import type { CompiledValidator } from "${runtimePrefix}runtime/validator.js";`,
    ...imports,
    "",
    typed.trim(),
    "",
  ].join("\n");
  return { path, content: dropUnusedImports(content) };
}

/** Not every validator checks a format; an import nobody reads would only add bytes. */
function dropUnusedImports(content: string): string {
  let out = content;
  if (!/= formats[.[]/.test(out)) out = out.replace(/^import \{ formats \} from .*\n/m, "");
  return out;
}
