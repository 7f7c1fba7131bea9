import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
export const fixturesDir = `${repoRoot}schemas/fixtures`;
export const sharedDir = `${repoRoot}../shared`;

export interface FixtureCase {
  type: string;
  expect: "valid" | "invalid";
  name: string;
  tolerantOnly: boolean;
  text: string;
}

/** Every instance fixture under schemas/fixtures, as a table for `it.each`. */
export function loadFixtures(): FixtureCase[] {
  const cases: FixtureCase[] = [];
  for (const type of readdirSync(fixturesDir).sort()) {
    for (const expect of ["valid", "invalid"] as const) {
      for (const name of readdirSync(`${fixturesDir}/${type}/${expect}`).sort()) {
        const text = readFileSync(`${fixturesDir}/${type}/${expect}/${name}`, "utf8");
        cases.push({ type, expect, name, tolerantOnly: name.endsWith(".tolerant-only.json"), text });
      }
    }
  }
  return cases;
}

export function canonicalExample(type: string): Record<string, unknown> {
  return JSON.parse(readFileSync(`${fixturesDir}/${type}/valid/canonical.json`, "utf8"));
}

/** The overview's JSON examples, as written there but without the `//` comment lines. */
export function seedExamples(): string[] {
  const seed = readFileSync(`${sharedDir}/seeds/000_4a7217d3bc724c9f.txt`, "utf8");
  return [...seed.matchAll(/\n\{\n[\s\S]*?\n\}/g)].map((m) =>
    m[0]
      .split("\n")
      .filter((line) => !line.trim().startsWith("//"))
      .join("\n"),
  );
}
