export { lastReleaseTag, loadBaseline, loadHead, type SchemaSide } from "./baseline.js";
export { parseChangeset, pendingChangesets } from "./changesets.js";
export { checkSchemas, describeGate, type GateResult, runCheckSchemas } from "./check-schemas.js";
export { runNewVersion, scaffoldNextVersion } from "./new-version.js";
export { runDiff } from "./run-diff.js";
