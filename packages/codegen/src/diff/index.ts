/**
 * The schema diff: pure functions over plain JSON Schema objects. Its only import from outside this folder
 * is `../derive.js` (itself pure), for reading `schemas/` in its source form; `setsFromShipped` needs not
 * even that. Reading files, git and tarballs lives in `../release/`.
 */
export { adviceFor, bumpBetween, bumpRank, isBump, maxBump, nextTypeVersion } from "./bump.js";
export { diffSchemaSets } from "./diff.js";
export { patternIsWider } from "./pattern.js";
export { type ReportLabels, renderHuman, renderJson, renderRules } from "./report.js";
export { RULES, type Rule, ruleById } from "./rules.js";
export { MODES, type SchemaDocument, setsFromShipped, setsFromSource } from "./sets.js";
export type * from "./types.js";
