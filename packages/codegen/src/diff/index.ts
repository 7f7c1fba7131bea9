/**
 * The schema diff: pure functions over plain JSON Schema objects (no fs, no ajv, no Node APIs). Only
 * `source.ts` imports from outside this folder (`../derive.js`, itself pure) to read `schemas/` in its
 * source form; the rest works on per-mode schemas, such as a published package's `schemas/strict|tolerant`.
 * Reading files, git and tarballs lives in `../release/`.
 */
export { adviceFor, bumpBetween, bumpRank, isBump, maxBump, nextTypeVersion } from "./bump.js";
export { diffSchemaSets } from "./diff.js";
export { patternIsWider } from "./pattern.js";
export { type ReportLabels, renderHuman, renderJson, renderRules } from "./report.js";
export { RULES, type Rule, ruleById } from "./rules.js";
export { MODES, type SchemaDocument, setsFromShipped } from "./sets.js";
export { setsFromSource } from "./source.js";
export type * from "./types.js";
