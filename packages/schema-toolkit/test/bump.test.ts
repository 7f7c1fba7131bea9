import { describe, expect, it } from "vitest";
import { bumpBetween, maxBump, nextTypeVersion } from "../src/index.js";

describe("bumps", () => {
  it.each([
    ["1.2.3", "1.2.4", "patch"],
    ["1.2.3", "1.3.0", "minor"],
    ["1.2.3", "2.0.0", "major"],
    ["0.1.0", "0.2.0", "minor"],
    ["1.2.3", "1.2.3", "none"],
    ["2.0.0", "1.9.9", "none"],
    ["1.2.3-next.0", "1.2.3", "none"],
  ])("%s -> %s is %s", (from, to, bump) => {
    expect(bumpBetween(from, to)).toBe(bump);
  });

  it("orders bumps", () => {
    expect(maxBump(["patch", "major", "minor"])).toBe("major");
    expect(maxBump([])).toBe("none");
  });

  it("finds the next type version", () => {
    expect(nextTypeVersion("dialogporten.dialog.created.v1")).toBe("dialogporten.dialog.created.v2");
    expect(nextTypeVersion("x.v9")).toBe("x.v10");
    expect(nextTypeVersion("platform.events.validatesubscription")).toBeUndefined();
  });
});
