import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
export const fixturesDir = `${repoRoot}schemas/fixtures`;
/** Real CloudEvents of other producers that reach the same webhook (see its SOURCES.md). */
export const foreignDir = `${fixturesDir}/_foreign`;

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
    if (type.startsWith("_")) continue; // shared corpora, not one type's fixtures
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

/**
 * The published overview's two JSON examples, kept as fixtures of their types (values as published, the
 * `//` comment lines dropped).
 */
export function seedExamples(): string[] {
  return SEED_EXAMPLE_TYPES.map((type) =>
    readFileSync(`${fixturesDir}/${type}/valid/seed-overview-example.tolerant-only.json`, "utf8"),
  );
}

const SEED_EXAMPLE_TYPES = [
  "dialogporten.dialog.created.v1",
  "dialogporten.dialog.activity.signature-provided.v1",
];
