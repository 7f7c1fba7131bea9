import { readFile } from "node:fs/promises";

/** Reads a file, or standard input for `-`, as bytes (the parser checks the UTF-8 itself). */
export async function readInput(path: string): Promise<Uint8Array> {
  if (path !== "-") return readFile(path);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
