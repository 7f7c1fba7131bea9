// Sums the vitest JSON reports of every workspace package into the one line CI reads.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

let passed = 0;
let failed = 0;
let skipped = 0;
const extraFailures = Number(process.argv[2] ?? 0);
for (const group of ["packages", "apps"]) {
  for (const name of readdirSync(group)) {
    const file = join(group, name, ".test-report.json");
    if (!existsSync(file)) continue;
    const report = JSON.parse(readFileSync(file, "utf8"));
    passed += report.numPassedTests;
    failed += report.numFailedTests + (report.numFailedTestSuites ?? 0);
    skipped += report.numPendingTests + (report.numTodoTests ?? 0);
    console.log(`${file}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
  }
}
console.log(`${passed} passed, ${failed + extraFailures} failed${skipped ? `, ${skipped} skipped` : ""}`);
