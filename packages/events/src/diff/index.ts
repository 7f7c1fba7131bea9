/**
 * The schema diff: pure functions over plain JSON Schema objects (no fs, no ajv, no Node APIs). It compares
 * two sets of per-mode schemas, such as two releases' `schemas/strict|tolerant`, classifies each change by
 * who it breaks and names the least version bump. The CLI's `diff` command and the generator's release gate
 * both use it.
 */
export { adviceFor, bumpBetween, bumpRank, isBump, maxBump, nextTypeVersion } from "./bump.js";
export { diffSchemaSets } from "./diff.js";
export { patternIsWider } from "./pattern.js";
export { type ReportLabels, renderHuman, renderJson, renderRules } from "./report.js";
export { RULES, type Rule, ruleById } from "./rules.js";
export { entry, MODES, type SchemaDocument, SHIPPED_DEFS, setsFromShipped } from "./sets.js";
export type * from "./types.js";
