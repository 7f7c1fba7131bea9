import { execFile } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import type { SchemaDocument } from "../diff/index.js";

const run = promisify(execFile);

export async function git(args: string[], cwd: string): Promise<string> {
  return (await run("git", args, { cwd, maxBuffer: 64 * 1024 * 1024 })).stdout;
}

export async function gitBuffer(args: string[], cwd: string): Promise<Buffer> {
  return (await run("git", args, { cwd, maxBuffer: 64 * 1024 * 1024, encoding: "buffer" })).stdout;
}

export function parseJson(text: string, where: string): Record<string, unknown> {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`${where}: not valid JSON (${(error as Error).message})`);
  }
}

/** Every `*.json` below `dir` except fixtures, with paths relative to `dir`. */
export async function readSchemaDir(dir: string): Promise<SchemaDocument[]> {
  const docs: SchemaDocument[] = [];
  const walk = async (sub: string) => {
    for (const entry of await readdir(join(dir, sub), { withFileTypes: true })) {
      const path = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (path !== "fixtures") await walk(path);
      } else if (entry.name.endsWith(".json")) {
        docs.push({ path, schema: parseJson(await readFile(join(dir, path), "utf8"), join(dir, path)) });
      }
    }
  };
  await walk("");
  return docs.sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** Where command output goes; tests collect it instead of printing. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
}

export const consoleOutput: Output = {
  out: (text) => console.log(text),
  err: (text) => console.error(text),
};
