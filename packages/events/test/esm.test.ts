import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const dist = new URL("../dist/", import.meta.url).pathname;
const generated = new URL("../src/generated/", import.meta.url).pathname;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

describe("the built package is clean ESM", () => {
  it("has no require(), module.exports or exports. in generated or built code", () => {
    const files = [...walk(generated), ...walk(dist).filter((f) => f.endsWith(".js"))];
    expect(files.length).toBeGreaterThan(50);
    for (const file of files)
      expect(readFileSync(file, "utf8"), file).not.toMatch(/\brequire\s*\(|module\.exports|\bexports\./);
  });

  it("imports as real ESM in a plain Node process, entry point and per-type validator subpaths", () => {
    const script = `
      import { parseEvent } from "dialogporten-events";
      import { validate } from "dialogporten-events/validators/strict/dialogporten.dialog.seen.v1";
      import schema from "dialogporten-events/schemas/strict/dialogporten.dialog.seen.v1.schema.json" with { type: "json" };
      const example = schema.examples[0];
      console.log(JSON.stringify([parseEvent(example).kind, validate(example), validate({ ...example, subject: "nobody" })]));
    `;
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
      cwd: new URL("..", import.meta.url).pathname,
      encoding: "utf8",
    });
    expect(r.stderr).not.toMatch(/Error/);
    expect(JSON.parse(r.stdout)).toEqual(["dialogporten", true, false]);
  });
});
