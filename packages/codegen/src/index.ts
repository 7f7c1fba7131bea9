export { generate, SchemaLintError } from "./generate.js";
export { deriveVariant, type ValidationMode } from "./derive.js";
export { loadSchemas, type LoadedSchemas } from "./load.js";
export { lintSchemas } from "./lint.js";
export { createAjv } from "./ajv.js";
export { findDrift, writeFiles } from "./write.js";
export type { EmittedFile } from "./emit-validators.js";
