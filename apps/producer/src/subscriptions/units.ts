// The unit tree behind `includeSubunits`: which subunits (underenheter) belong to which main unit
// (hovedenhet). The real platform asks the register (Enhetsregisteret); the stand-in reads a small JSON file,
// `{ "<main unit org number>": ["<subunit org number>", ...] }`.

import { readFileSync } from "node:fs";

/** Main unit org number → its subunits' org numbers. */
export type UnitTree = ReadonlyMap<string, ReadonlySet<string>>;

const ORG_NUMBER = /^\d{9}$/;

/** Reads and checks the file; an error names the file and the JSON pointer of what is wrong. */
export function loadUnitTree(file: string): UnitTree {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`unit tree ${file}: ${(error as Error).message}`);
  }
  return parseUnitTree(value, file);
}

export function parseUnitTree(value: unknown, origin = "unit tree"): UnitTree {
  const fail = (pointer: string, message: string): never => {
    throw new Error(`${origin} at "${pointer}": ${message}`);
  };
  if (typeof value !== "object" || value === null || Array.isArray(value))
    fail("", "must be an object of main unit org numbers to lists of subunit org numbers");
  const tree = new Map<string, Set<string>>();
  for (const [main, subunits] of Object.entries(value as Record<string, unknown>)) {
    const pointer = `/${main.replaceAll("~", "~0").replaceAll("/", "~1")}`;
    if (!ORG_NUMBER.test(main)) fail(pointer, "a main unit is a 9-digit org number");
    if (!Array.isArray(subunits)) fail(pointer, "must be a list of subunit org numbers");
    (subunits as unknown[]).forEach((sub, i) => {
      if (typeof sub !== "string" || !ORG_NUMBER.test(sub))
        fail(`${pointer}/${i}`, "a subunit is a 9-digit org number (a string)");
    });
    tree.set(main, new Set(subunits as string[]));
  }
  return tree;
}
