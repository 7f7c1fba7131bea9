import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readTar } from "../src/index.js";

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
