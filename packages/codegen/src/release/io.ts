import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

export async function git(args: string[], cwd: string): Promise<string> {
  return (await run("git", args, { cwd, maxBuffer: 64 * 1024 * 1024 })).stdout;
}

export async function gitBuffer(args: string[], cwd: string): Promise<Buffer> {
  return (await run("git", args, { cwd, maxBuffer: 64 * 1024 * 1024, encoding: "buffer" })).stdout;
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

/** The repository's command that scaffolds the next version of a type, named in the diff's advice. */
export const MAINTAINERS_DIFF = { newVersionCommand: "pnpm new-version" };
