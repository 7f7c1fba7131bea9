export { createAjv } from "./ajv.js";
export { deriveVariant, type ValidationMode } from "./derive.js";
export * as schemaDiff from "./diff/index.js";
export type { EmittedFile } from "./emit-validators.js";
export { generate, SchemaLintError } from "./generate.js";
export { lintSchemas } from "./lint.js";
export { type LoadedSchemas, loadSchemas } from "./load.js";
export {
  checkSchemas,
  runCheckSchemas,
  runDiff,
  runNewVersion,
  scaffoldNextVersion,
} from "./release/index.js";
export { findDrift, writeFiles } from "./write.js";
