import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fixedWidthPositions, unrollPattern } from "@dialogporten-events/schema-toolkit";
import fc from "fast-check";
import { describe, it } from "vitest";
import { emitFixedWidthCheck } from "../src/pattern-checks.js";

// The fast check's two rewrites of a schema `pattern` must accept exactly what the pattern accepts. Each
// pattern the schemas use, plus shapes the rewrites must leave alone or handle, is compared with the
// RegExp on strings that match it, single-character mutations of those, and arbitrary strings.

const schemasDir = join(import.meta.dirname, "../../../schemas");

function schemaPatterns(): string[] {
  const found = new Set<string>();
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === "object")
      for (const [key, value] of Object.entries(node)) {
        if (key === "pattern" && typeof value === "string") found.add(value);
        else walk(value);
      }
  };
  const files = readdirSync(schemasDir, { recursive: true, encoding: "utf8" }).filter(
    (f) => f.endsWith(".schema.json") && !f.includes("fixtures"),
  );
  for (const file of files) walk(JSON.parse(readFileSync(join(schemasDir, file), "utf8")));
  return [...found].sort();
}

const EXTRA = [
  "^[0-9a-f]{8}$",
  "^(?:ab){3,5}$",
  "^x{2,}y$",
  "^a{100}$",
  "^a|b$",
  "^[^:\\s]{2}$",
  "^[\\s\\S]{3}$",
  "^[A-Za-z][A-Za-z0-9+.-]*://",
  "ab{2}",
];
const patterns = [...schemaPatterns(), ...EXTRA];

const ALPHABET = "0123456789abcdefABCDEF-:/._~%@ urnaltis\u00e5\u00a0\u2028Z+T";
const mutate = (s: string, at: number, c: string, mode: number) =>
  mode === 0
    ? s.slice(0, at) + c + s.slice(at + 1)
    : mode === 1
      ? s.slice(0, at) + c + s.slice(at)
      : s.slice(0, at) + s.slice(at + 1);

/** Strings to compare on: matches of the pattern, their mutations, and arbitrary strings. */
function samples(pattern: RegExp): fc.Arbitrary<string> {
  const matching = fc.stringMatching(pattern, { size: "small" });
  const mutated = fc
    .tuple(matching, fc.nat(), fc.constantFrom(...ALPHABET), fc.integer({ min: 0, max: 2 }))
    .map(([s, at, c, mode]) => mutate(s, s.length ? at % s.length : 0, c, mode));
  return fc.oneof(matching, mutated, fc.string({ unit: fc.constantFrom(...ALPHABET) }), fc.string());
}

describe.each(patterns)("pattern %s", (source) => {
  const reference = new RegExp(source, "");

  it("unrolled, it accepts exactly what the pattern accepts", () => {
    const unrolled = new RegExp(unrollPattern(source), "");
    fc.assert(
      fc.property(samples(reference), (s) => unrolled.test(s) === reference.test(s)),
      { numRuns: 3000 },
    );
  });

  it("checked by position (when it has a fixed width), it accepts exactly what the pattern accepts", () => {
    const sets = fixedWidthPositions(source);
    if (!sets) return;
    const tables = new Map<string, string>();
    const fn = emitFixedWidthCheck("check", sets, tables);
    const declarations = [...tables].map(([expression, name]) => `const ${name} = ${expression};`).join("\n");
    const check = new Function(`${declarations}\n${fn}\nreturn check;`)() as (s: string) => boolean;
    fc.assert(
      fc.property(samples(reference), (s) => check(s) === reference.test(s)),
      { numRuns: 3000 },
    );
  });
});
