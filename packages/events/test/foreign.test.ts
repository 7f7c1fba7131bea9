import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseEvent } from "../src/index.js";
import { foreignDir as dir } from "./helpers.js";

const files = readdirSync(dir).filter((f) => f.endsWith(".json"));

describe("foreign CloudEvents (schemas/fixtures/_foreign)", () => {
  it("has files to test", () => expect(files.length).toBeGreaterThanOrEqual(7));
  it.each(files)("%s parses as an unknown CloudEvent in both modes", (file) => {
    const bytes = readFileSync(`${dir}/${file}`);
    for (const mode of ["tolerant", "strict"] as const) {
      const result = parseEvent(bytes, { mode });
      expect(result.kind, JSON.stringify(result)).toBe("unknown");
      if (result.kind === "unknown") expect(result.event).toEqual(JSON.parse(bytes.toString("utf8")));
    }
  });
});
