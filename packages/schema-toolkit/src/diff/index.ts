/**
 * The schema diff: pure functions over plain JSON Schema objects (no fs, no ajv, no Node APIs). It compares
 * two sets of per-mode schemas, such as two releases' `schemas/strict|tolerant` or `schemas/` at two git
 * refs, classifies each change by who it breaks and names the least version bump.
 */
export { adviceFor, BUMPS, bumpBetween, bumpRank, isBump, maxBump, nextTypeVersion } from "./bump.js";
export { type DiffOptions, diffSchemaSets } from "./diff.js";
export { type ReportLabels, renderHuman, renderJson, renderRules } from "./report.js";
export { RULES, type Rule, ruleById } from "./rules.js";
export {
  entry,
  isShippedForm,
  MODES,
  SHIPPED_DEFS,
  setsFromDocuments,
  setsFromShipped,
  setsFromSource,
} from "./sets.js";
export type * from "./types.js";
