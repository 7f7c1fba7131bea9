import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { bumpBetween, maxBump, nextTypeVersion } from "../src/diff/index.js";
import { parseChangeset, readTar } from "../src/release/index.js";

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

describe("changeset front matter", () => {
  it("reads quoted and unquoted package names", () => {
    const text = `---\n"dialogporten-events": minor\n'other': patch\nthird: major\n---\n\nSummary.\n`;
    expect(Object.fromEntries(parseChangeset(text, "x.md"))).toEqual({
      "dialogporten-events": "minor",
      other: "patch",
      third: "major",
    });
  });

  it("accepts an empty changeset (no release)", () => {
    expect(parseChangeset("---\n---\n\nDocs only.\n", "x.md").size).toBe(0);
  });

  it("rejects what it cannot read rather than ignoring it", () => {
    expect(() => parseChangeset(`---\n"dialogporten-events": huge\n---\n`, "x.md")).toThrow(/cannot read/);
    expect(() => parseChangeset("no header", "x.md")).toThrow(/front matter/);
  });
});

describe("readTar", () => {
  const dirs: string[] = [];
  afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

  it("reads a gzipped package tarball, long names included", async () => {
    const dir = await mkdtemp(join(tmpdir(), "tar-test-"));
    dirs.push(dir);
    const long = `${"very-long-directory-name-".repeat(5)}x`;
    await mkdir(join(dir, "package/schemas", long), { recursive: true });
    await writeFile(join(dir, "package/package.json"), '{"version":"1.0.0"}');
    await writeFile(join(dir, "package/schemas", long, "a.schema.json"), "{}");
    execFileSync("tar", ["-czf", "p.tgz", "package"], { cwd: dir });
    const { readFile } = await import("node:fs/promises");
    const entries = readTar(await readFile(join(dir, "p.tgz")));
    expect(entries.map((e) => e.path).sort()).toEqual([
      "package/package.json",
      `package/schemas/${long}/a.schema.json`,
    ]);
    expect(entries.find((e) => e.path === "package/package.json")?.content.toString()).toBe(
      '{"version":"1.0.0"}',
    );
  });
});
