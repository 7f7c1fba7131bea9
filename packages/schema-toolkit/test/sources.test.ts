import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fromRegistry, loadSchemaSource, readTar, SchemaSourceError } from "../src/index.js";

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

describe("schema sources", () => {
  const dirs: string[] = [];
  afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));
  const tempDir = async () => {
    const dir = await mkdtemp(join(tmpdir(), "schema-source-"));
    dirs.push(dir);
    return dir;
  };

  /** A package folder in shipped form, with a fixture that must not be read as a schema. */
  async function packageFolder(version: string) {
    const dir = await tempDir();
    await mkdir(join(dir, "package/schemas/strict"), { recursive: true });
    await mkdir(join(dir, "package/schemas/fixtures"), { recursive: true });
    await writeFile(join(dir, "package/package.json"), JSON.stringify({ name: "x", version }));
    await writeFile(join(dir, "package/schemas/strict/a.schema.json"), '{"$id":"https://x.test/a.json"}');
    await writeFile(join(dir, "package/schemas/fixtures/f.json"), "{}");
    return dir;
  }

  it("reads a package tarball and a package folder alike, fixtures left out", async () => {
    const dir = await packageFolder("1.2.3");
    execFileSync("tar", ["-czf", "p.tgz", "package"], { cwd: dir });
    const fromTgz = await loadSchemaSource("p.tgz", dir);
    const fromDir = await loadSchemaSource("package", dir);
    for (const source of [fromTgz, fromDir]) {
      expect(source?.version).toBe("1.2.3");
      expect(source?.documents.map((d) => d.path)).toEqual(["strict/a.schema.json"]);
    }
    expect(fromTgz?.label).toBe("p.tgz");
    expect(await loadSchemaSource("no/such/thing", dir)).toBeUndefined();
  });

  it("names the file of a schema that is not JSON", async () => {
    const dir = await packageFolder("1.0.0");
    await writeFile(join(dir, "package/schemas/strict/b.schema.json"), "{ nope");
    await expect(loadSchemaSource("package", dir)).rejects.toThrow(
      new RegExp(`${join(dir, "package/schemas/strict/b.schema.json")}: not valid JSON`),
    );
    await expect(loadSchemaSource("package", dir)).rejects.toBeInstanceOf(SchemaSourceError);
  });

  it("says why npm could not fetch a package", async () => {
    const closed = createServer();
    const port = await new Promise<number>((done) =>
      closed.listen(0, "127.0.0.1", () => done((closed.address() as AddressInfo).port)),
    );
    await new Promise((done) => closed.close(done));
    const saved = { ...process.env };
    Object.assign(process.env, {
      npm_config_registry: `http://127.0.0.1:${port}/`,
      npm_config_fetch_retries: "0",
      npm_config_cache: await tempDir(),
    });
    try {
      const failure = fromRegistry("dialogporten-events@1.0.0");
      await expect(failure).rejects.toBeInstanceOf(SchemaSourceError);
      await expect(failure).rejects.toThrow(
        /^npm:dialogporten-events@1\.0\.0: could not fetch the package \(ECONNREFUSED: /,
      );
    } finally {
      process.env = saved;
    }
  });
});
