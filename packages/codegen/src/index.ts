// The generator's API, for the bench and the events package's tests. The schema plumbing it builds on
// (loading, `x-tolerant`, `$ref`s, the diff) is @dialogporten-events/schema-toolkit's.
export { createAjv } from "./ajv.js";
export type { EmittedFile } from "./emit-validators.js";
export { generate, SchemaLintError } from "./generate.js";
export { lintSchemas } from "./lint.js";
export {
  checkSchemas,
  runCheckSchemas,
  runDiff,
  runNewVersion,
  scaffoldNextVersion,
} from "./release/index.js";
export { findDrift, writeFiles } from "./write.js";
