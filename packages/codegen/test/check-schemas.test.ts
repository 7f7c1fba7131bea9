import { execFileSync } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { generate } from "../src/generate.js";
import { checkSchemas, runCheckSchemas, runDiff, scaffoldNextVersion } from "../src/release/index.js";

const realSchemas = join(import.meta.dirname, "../../../schemas");
// biome-ignore lint/suspicious/noExplicitAny: test edits reach into arbitrary JSON
type Json = Record<string, any>;
const TRANSMISSION = "dialogporten.dialog.transmission.created.v1";
let repo: string;

const git = (...args: string[]) =>
  execFileSync(
    "git",
    ["-c", "user.name=test", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false", ...args],
    { cwd: repo, encoding: "utf8" },
  );

function collect() {
  const lines: string[] = [];
  return { lines, output: { out: (t: string) => lines.push(t), err: (t: string) => lines.push(t) } };
}

async function changeset(name: string, bump: string) {
  await writeFile(
    join(repo, ".changeset", `${name}.md`),
    `---\n"dialogporten-events": ${bump}\n---\n\nWhat changed.\n`,
  );
}

async function editJson(path: string, edit: (json: Json) => void) {
  const json = JSON.parse(await readFile(join(repo, path), "utf8"));
  edit(json);
  await writeFile(join(repo, path), `${JSON.stringify(json, null, 2)}\n`);
}

/** Narrows `senderType` in the shared definitions: a breaking change for transmission.created.v1. */
const breakSenderType = () =>
  editJson("schemas/_defs/dialogporten.schema.json", (defs) => {
    defs.$defs.senderType.enum = ["ServiceOwner"];
  });

beforeEach(async () => {
  // A released repository: schemas/ and the events package at 1.0.0, tagged as changesets tags releases.
  repo = await mkdtemp(join(tmpdir(), "gate-test-"));
  await cp(realSchemas, join(repo, "schemas"), { recursive: true });
  await mkdir(join(repo, "packages/events"), { recursive: true });
  await mkdir(join(repo, ".changeset"));
  await writeFile(join(repo, ".changeset/README.md"), "Changesets.\n");
  await writeFile(
    join(repo, "packages/events/package.json"),
    '{ "name": "dialogporten-events", "version": "1.0.0" }\n',
  );
  git("init", "--quiet", "--initial-branch=main");
  git("add", ".");
  git("commit", "--quiet", "-m", "release 1.0.0");
  git("tag", "dialogporten-events@1.0.0");
});

afterEach(async () => {
  await rm(repo, { recursive: true, force: true });
});

describe("check-schemas: the changeset gate", { timeout: 60_000 }, () => {
  it("passes when nothing changed since the release tag", async () => {
    const gate = await checkSchemas(repo);
    expect(gate).toMatchObject({
      ok: true,
      required: "none",
      base: { label: "dialogporten-events@1.0.0", version: "1.0.0" },
    });
  });

  it("fails a breaking change with only a minor changeset, and prints the rule hit and the fix", async () => {
    await breakSenderType();
    await changeset("narrow-sender", "minor");
    const { lines, output } = collect();
    expect(await runCheckSchemas([], repo, output)).toBe(1);
    const text = lines.join("\n");
    expect(text).toContain("enum-narrowed  /properties/data/properties/senderType");
    expect(text).toContain(`schemas: ${TRANSMISSION}`);
    expect(text).toContain(
      "FAIL: the schema changes need a major release of dialogporten-events, but the release would be minor.",
    );
    expect(text).toContain("pnpm new-version <type>");
    expect(text).toContain("minor (.changeset/narrow-sender.md)");
  });

  it("passes the same breaking change with a major changeset", async () => {
    await breakSenderType();
    await changeset("narrow-sender", "major");
    expect((await checkSchemas(repo)).ok).toBe(true);
  });

  it("passes after `changeset version` has applied the major (no changesets left)", async () => {
    await breakSenderType();
    await editJson("packages/events/package.json", (pkg) => {
      pkg.version = "2.0.0";
    });
    const gate = await checkSchemas(repo);
    expect(gate).toMatchObject({ ok: true, required: "major", applied: "major", pending: [] });
  });

  it("passes with a minor changeset when the break goes into a new .v2 type instead", async () => {
    const created = await scaffoldNextVersion(join(repo, "schemas"), TRANSMISSION);
    expect(created.type).toBe("dialogporten.dialog.transmission.created.v2");
    // The breaking change, made where it breaks nobody: the new type requires `datacontenttype`.
    await editJson(`schemas/${created.type}.schema.json`, (schema) => {
      schema.required.push("datacontenttype");
    });
    await changeset("transmission-v2", "minor");
    const gate = await checkSchemas(repo);
    expect(gate.diff.findings.map((f) => `${f.rule} ${f.key}`)).toEqual([`type-added ${created.type}`]);
    expect(gate).toMatchObject({ ok: true, required: "minor" });
  });

  it("fails an additive change without any changeset", async () => {
    await scaffoldNextVersion(join(repo, "schemas"), TRANSMISSION);
    const gate = await checkSchemas(repo);
    expect(gate).toMatchObject({ ok: false, required: "minor", pending: [] });
  });

  it("asks for a patch for a description change", async () => {
    await editJson(`schemas/${TRANSMISSION}.schema.json`, (schema) => {
      schema.description = `${schema.description} Reworded.`;
    });
    expect(await checkSchemas(repo)).toMatchObject({ ok: false, required: "patch" });
    await changeset("docs", "patch");
    expect((await checkSchemas(repo)).ok).toBe(true);
  });

  it("compares with an explicit git ref, and diff prints a JSON report", async () => {
    await breakSenderType();
    git("commit", "--quiet", "-am", "narrow");
    await changeset("narrow-sender", "minor");
    expect((await checkSchemas(repo, "HEAD")).required).toBe("none");
    const { lines, output } = collect();
    expect(await runDiff(["dialogporten-events@1.0.0", "--json"], repo, output)).toBe(0);
    const report = JSON.parse(lines.join("\n"));
    expect(report).toMatchObject({ base: "dialogporten-events@1.0.0", required: "major" });
    expect(report.findings[0]).toMatchObject({ rule: "enum-narrowed", key: TRANSMISSION });
    // The maintainers' diff names the repository's command for the way around a major.
    expect(report.findings[0].advice).toContain(`(pnpm new-version ${TRANSMISSION})`);
    expect(await runDiff(["dialogporten-events@1.0.0", "--fail-on", "major"], repo, collect().output)).toBe(
      1,
    );
    expect(await runDiff(["--bogus"], repo, collect().output)).toBe(2);
  });
});

describe("diff against a published tarball", { timeout: 60_000 }, () => {
  it("reads the shipped schemas of a packed dialogporten-events and finds them equal to schemas/", async () => {
    const eventsDir = join(import.meta.dirname, "../../events");
    execFileSync("npm", ["pack", "--silent", "--ignore-scripts", "--pack-destination", repo], {
      cwd: eventsDir,
    });
    const [tarball] = (await readdir(repo)).filter((f) => f.endsWith(".tgz"));
    const { lines, output } = collect();
    expect(await runDiff([tarball as string, "--json", "--head", realSchemas], repo, output)).toBe(0);
    const report = JSON.parse(lines.join("\n"));
    expect(report).toMatchObject({ base: tarball, required: "none", findings: [] });
    expect(report.compared.before).toBeGreaterThan(20);
  });
});

describe("new-version", { timeout: 60_000 }, () => {
  it("scaffolds a .v2 that the generator accepts, and refuses to overwrite it", async () => {
    const schemasDir = join(repo, "schemas");
    const created = await scaffoldNextVersion(schemasDir, "dialogporten.dialog.created.v1");
    const schema = JSON.parse(
      await readFile(join(schemasDir, "dialogporten.dialog.created.v2.schema.json"), "utf8"),
    );
    expect(schema.$id).toMatch(/\/dialogporten\.dialog\.created\.v2\.schema\.json$/);
    expect(schema.title).toMatch(/\(v2\)$/);
    expect(schema.properties.type.const).toBe("dialogporten.dialog.created.v2");
    expect(schema.examples.every((e: { type: string }) => e.type === "dialogporten.dialog.created.v2")).toBe(
      true,
    );
    expect(
      created.files.some((f) => f.startsWith("schemas/fixtures/dialogporten.dialog.created.v2/invalid/")),
    ).toBe(true);
    const files = await generate({ schemasDir, eventsPackageDir: join(repo, "packages/events") });
    expect(files.map((f) => f.path)).toContain("src/generated/events/dialogporten.dialog.created.v2.gen.ts");
    await expect(scaffoldNextVersion(schemasDir, "dialogporten.dialog.created.v1")).rejects.toThrow(
      /already exists/,
    );
  });
});
