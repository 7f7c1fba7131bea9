// The public face of @dialogporten-events/schema-toolkit: everything the generator and the events CLI
// use goes through here (the package exports nothing else).

export type { CharSet } from "refa";
export {
  deriveLoaded,
  deriveVariant,
  TOLERANT_KEYWORD,
  VALIDATION_MODES,
  type ValidationMode,
} from "./derive.js";
export * from "./diff/index.js";
export { ANNOTATION_KEYWORDS, DATA_KEYWORDS, type JsonSchema } from "./json-schema.js";
export {
  type EventSchemaFile,
  type Fixture,
  type LoadedSchemas,
  loadSchemas,
  parseJson,
  readSchemaDir,
  type SchemaDocument,
  type SchemaFile,
  SchemaSourceError,
} from "./load.js";
export { type MergeMode, mergeAllOf } from "./merge-all-of.js";
export { fixedWidthPositions, fixedWidthSuffix } from "./pattern/fixed-width.js";
export { parsePattern, UnsupportedPattern } from "./pattern/parse.js";
export { unrollPattern } from "./pattern/unroll.js";
export { patternIsWider } from "./pattern/wider.js";
export {
  absoluteUri,
  absolutizeRefs,
  indexResources,
  indexSchemas,
  inlineRefs,
  type Resolved,
  resolveRef,
  type SchemaResources,
  shortUri,
  stripFragment,
} from "./refs.js";
export { SOURCE_KINDS, type SourceKind, sourceKindOf } from "./source-kind.js";
export {
  documentsUnder,
  fromDirectory,
  fromRegistry,
  fromTarball,
  loadSchemaSource,
  type SchemaSource,
} from "./sources/schema-source.js";
export { readTar, type TarEntry } from "./sources/tar.js";
