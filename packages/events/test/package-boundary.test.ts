import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";

// The schema toolkit is a private workspace package: users never have it. The CLI carries it bundled;
// nothing else in the published files may name it, and the library entry must not load the CLI's code.
const dist = new URL("../dist/", import.meta.url).pathname;
const TOOLKIT = "@dialogporten-events/schema-toolkit";

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

describe("the published files and the private schema toolkit", () => {
  it("no built file or type declaration names the toolkit", () => {
    const files = walk(dist);
    expect(files.some((f) => f.endsWith(".d.ts"))).toBe(true);
    for (const file of files) expect(readFileSync(file, "utf8"), file).not.toContain(TOOLKIT);
  });

  it("the library entry reaches no CLI module and no package, only its own files", () => {
    const seen = new Set<string>();
    const bare = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const [, spec] of readFileSync(file, "utf8").matchAll(
        /(?:import|export)[^;]*?from\s*"([^"]+)"/g,
      )) {
        if (spec?.startsWith(".")) visit(join(dirname(file), spec));
        else if (spec) bare.add(spec);
      }
    };
    visit(join(dist, "index.js"));
    expect(seen.size).toBeGreaterThan(10);
    expect([...seen].filter((f) => relative(dist, f).startsWith("cli"))).toEqual([]);
    // uuid.ts takes its random bytes from node:crypto (the one Node-only import left in the entry).
    expect([...bare].filter((spec) => spec !== "node:crypto")).toEqual([]);
  });
});
