import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { describe, expect, it } from "vitest";
import { apiReport, reportPath, updateCommand } from "./api-report.js";

// The committed report is the public API as reviewed. `API_REPORT=update` (what the update command sets)
// writes it instead of comparing.
describe("the public API", () => {
  it("matches api/dialogporten-events.api.md", () => {
    const report = apiReport();
    if (process.env.API_REPORT === "update") {
      mkdirSync(dirname(reportPath), { recursive: true });
      writeFileSync(reportPath, report);
    }
    const committed = existsSync(reportPath) ? readFileSync(reportPath, "utf8") : "";
    expect(
      report,
      `The public API differs from api/dialogporten-events.api.md. If the change is intended, run \`${updateCommand}\` and commit the report.`,
    ).toBe(committed);
  });

  it("records every per-type subpath, each with the same five exports", () => {
    const report = apiReport();
    const subpaths = [
      ...report.matchAll(/^## `dialogporten-events\/validators\/(strict|tolerant)\/([^`]+)`$/gm),
    ];
    expect(subpaths).toHaveLength(48);
    const sections = report.split(/^## /m).filter((s) => s.startsWith("`dialogporten-events/validators/"));
    for (const section of sections)
      expect([...section.matchAll(/^(?:const|function) (\w+)/gm)].map((m) => m[1])).toEqual([
        "mode",
        "parseEvent",
        "type",
        "validate",
        "validateEvent",
      ]);
  });
});
