import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { JsonSchema } from "./json-schema.js";

export interface SchemaFile {
  /** Path relative to `schemas/`, with forward slashes. */
  file: string;
  schema: JsonSchema;
}

export interface Fixture {
  file: string;
  /** `valid` fixtures must pass tolerant mode; `invalid` ones must fail both modes. */
  expect: "valid" | "invalid";
  /** A valid fixture named `*.tolerant-only.json` must fail strict mode. */
  tolerantOnly: boolean;
  value: unknown;
}

export interface EventSchemaFile extends SchemaFile {
  /** The CloudEvents `type` this schema describes (the `type` property's `const`). */
  eventType: string | undefined;
  fixtures: Fixture[];
}

export interface LoadedSchemas {
  defs: SchemaFile[];
  events: EventSchemaFile[];
}

const byName = (a: { file: string }, b: { file: string }) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

/** A JSON Schema file, `path` relative to the folder or archive it was read from (forward slashes). */
export interface SchemaDocument {
  path: string;
  schema: JsonSchema;
}

/** Thrown for input that cannot be read as schemas; the message names the file and what is wrong. */
export class SchemaSourceError extends Error {}

export function parseJson(text: string, where: string): JsonSchema {
  try {
    return JSON.parse(text) as JsonSchema;
  } catch (error) {
    throw new SchemaSourceError(`${where}: not valid JSON (${(error as Error).message})`);
  }
}

async function readJson(path: string): Promise<unknown> {
  return parseJson(await readFile(path, "utf8"), path);
}

async function listJson(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((f) => f.endsWith(".json")).sort();
  } catch {
    return [];
  }
}

async function loadFixtures(schemasDir: string, eventType: string): Promise<Fixture[]> {
  const fixtures: Fixture[] = [];
  for (const expect of ["valid", "invalid"] as const) {
    const dir = join(schemasDir, "fixtures", eventType, expect);
    for (const name of await listJson(dir)) {
      const file = `fixtures/${eventType}/${expect}/${name}`;
      fixtures.push({
        file,
        expect,
        tolerantOnly: name.endsWith(".tolerant-only.json"),
        value: await readJson(join(dir, name)),
      });
    }
  }
  return fixtures;
}

function eventTypeOf(schema: JsonSchema): string | undefined {
  const properties = schema.properties as Record<string, { const?: unknown }> | undefined;
  const type = properties?.type?.const;
  return typeof type === "string" ? type : undefined;
}

/** Reads every schema under `schemas/` in a stable order; fixtures come along with their event schema. */
export async function loadSchemas(schemasDir: string): Promise<LoadedSchemas> {
  const defs: SchemaFile[] = [];
  for (const name of await listJson(join(schemasDir, "_defs"))) {
    defs.push({
      file: `_defs/${name}`,
      schema: (await readJson(join(schemasDir, "_defs", name))) as JsonSchema,
    });
  }
  const events: EventSchemaFile[] = [];
  for (const name of (await listJson(schemasDir)).filter((f) => f.endsWith(".schema.json"))) {
    const schema = (await readJson(join(schemasDir, name))) as JsonSchema;
    const eventType = eventTypeOf(schema);
    const fixtures = eventType ? await loadFixtures(schemasDir, eventType) : [];
    events.push({ file: name, schema, eventType, fixtures });
  }
  return { defs: defs.sort(byName), events: events.sort(byName) };
}

/** Every `*.json` below `dir` except fixtures, with paths relative to `dir`, in a stable order. */
export async function readSchemaDir(dir: string): Promise<SchemaDocument[]> {
  const docs: SchemaDocument[] = [];
  const walk = async (sub: string) => {
    for (const entry of await readdir(join(dir, sub), { withFileTypes: true })) {
      const path = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (path !== "fixtures") await walk(path);
      } else if (entry.name.endsWith(".json")) {
        docs.push({ path, schema: (await readJson(join(dir, path))) as JsonSchema });
      }
    }
  };
  await walk("");
  return docs.sort((a, b) => (a.path < b.path ? -1 : 1));
}
