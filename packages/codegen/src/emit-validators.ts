import type { SchemaFile, ValidationMode } from "@dialogporten-events/schema-toolkit";
import standaloneModule from "ajv/dist/standalone/index.js";
import { type EmitAjv, schemaIdOf } from "./ajv.js";
import { banner } from "./banner.js";
import type { FastAccept } from "./emit-fast-accept.js";
import { toCleanEsm } from "./esm.js";

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

/**
 * A validator module: Ajv's standalone code as clean ESM, with the plain check first when there is one.
 * `name` may be `families/<family>` (see `EventFamily`): `about.sources` then lists its members' schemas
 * and `about.note` says what it is.
 */
export function emitValidator(
  ajv: EmitAjv,
  file: SchemaFile,
  name: string,
  mode?: ValidationMode,
  fast?: FastAccept,
  about: { sources?: string[]; note?: string } = {},
): EmittedFile {
  const path = validatorPath(name, mode);
  // From src/generated/validators/[<mode>/][families/] back to src/.
  const runtimePrefix = "../".repeat(path.split("/").length - 2);
  const code = standaloneCode(ajv, { validate: schemaIdOf(file.schema) });
  const { imports, body } = toCleanEsm(code, runtimePrefix);
  const ajvName = /^export const validate = (\w+);$/m.exec(body)?.[1];
  if (!ajvName) throw new Error(`${file.file}: ajv emitted no validate export`);
  const entry = fast ? "validateFast" : ajvName;
  const typed = body.replace(
    /^export const validate = (\w+);$/m,
    `export const validate: CompiledValidator = ${entry} as unknown as CompiledValidator;`,
  );
  const content = [
    banner(about.sources ?? [file.file]),
    "// @ts-nocheck",
    ...(about.note ? [`// ${about.note}`] : []),
    `import { formats } from "${runtimePrefix}runtime/formats.js";`,
    `import type { CompiledValidator } from "${runtimePrefix}runtime/validator.js";`,
    ...imports,
    ...(fast?.usesUcs2length ? [`import { ucs2length } from "${runtimePrefix}runtime/ucs2length.js";`] : []),
    "",
    typed.trim(),
    ...(fast ? ["", fast.code, "", fastEntry(ajvName)] : []),
    "",
    ...(mode ? [extraExports(ajvName, fast !== undefined), ""] : []),
    ...(mode === "strict" ? [verdictExport(ajvName, fast), ""] : []),
  ].join("\n");
  return { path, content: dropUnusedImports(content) };
}

/** The exported validator: the plain check first, Ajv (and its errors) only when that says no. */
function fastEntry(ajvName: string): string {
  return [
    "function validateFast(data) {",
    "  if (accepts(data)) {",
    "    validateFast.errors = null;",
    "    return true;",
    "  }",
    `  const valid = ${ajvName}(data);`,
    `  validateFast.errors = ${ajvName}.errors;`,
    "  return valid;",
    "}",
  ].join("\n");
}

/**
 * Two more entry points, for callers that try the cheap answer before asking for details (tolerant
 * parsing tries the strict schema this way): `accepts`, the plain check alone and no errors (without a
 * plain check, Ajv's function), and `explain`, Ajv's function alone, for the errors once `accepts` said no.
 */
function extraExports(ajvName: string, hasPlainCheck: boolean): string {
  return [
    hasPlainCheck ? "export { accepts };" : `export function accepts(data) {\n  return ${ajvName}(data);\n}`,
    `export const explain: CompiledValidator = ${ajvName} as unknown as CompiledValidator;`,
  ].join("\n");
}

/**
 * `verdict(data)`: 0 when the strict schema does not hold, 1 when it holds (and, without a proven
 * comparison of the ids in `source`, they may differ), 2 when it holds and they agree.
 */
function verdictExport(ajvName: string, fast: FastAccept | undefined): string {
  if (fast?.hasVerdict) return "export { verdict };";
  return `export function verdict(data) {\n  return ${fast ? "accepts" : ajvName}(data) ? 1 : 0;\n}`;
}

/** Not every validator checks a format; an import nobody reads would only add bytes. */
function dropUnusedImports(content: string): string {
  let out = content;
  if (!/= formats[.[]/.test(out)) out = out.replace(/^import \{ formats \} from .*\n/m, "");
  return out;
}
