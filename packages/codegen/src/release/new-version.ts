import { mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { nextTypeVersion } from "@dialogporten-events/schema-toolkit";
import { consoleOutput, type Output } from "./io.js";

/** Replaces every string equal to `from` (the `type` const, examples, fixtures) and the `$id`'s file name. */
function retype(node: unknown, from: string, to: string): unknown {
  if (node === from) return to;
  if (typeof node === "string")
    return node.endsWith(`/${from}.schema.json`)
      ? node.replace(`/${from}.schema.json`, `/${to}.schema.json`)
      : node;
  if (Array.isArray(node)) return node.map((n) => retype(n, from, to));
  if (node === null || typeof node !== "object") return node;
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, retype(v, from, to)]));
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Copies `<type>.vN` to `<type>.v(N+1)`: schema and fixtures, with the type, `$id` and title moved on. The
 * copy is where a breaking change goes, so the old type stays exactly as receivers know it.
 */
export async function scaffoldNextVersion(
  schemasDir: string,
  type: string,
): Promise<{ type: string; files: string[] }> {
  const from = type.replace(/\.schema\.json$/, "");
  const to = nextTypeVersion(from);
  if (!to) throw new Error(`${from} does not end in .vN`);
  const source = join(schemasDir, `${from}.schema.json`);
  const target = join(schemasDir, `${to}.schema.json`);
  if (!(await exists(source))) throw new Error(`schemas/${from}.schema.json does not exist`);
  if (await exists(target)) throw new Error(`schemas/${to}.schema.json already exists`);
  const schema = retype(JSON.parse(await readFile(source, "utf8")), from, to) as Record<string, unknown>;
  const [n, m] = [from, to].map((t) => /\.v(\d+)$/.exec(t)?.[1]);
  if (typeof schema.title === "string")
    schema.title = schema.title.replace(new RegExp(`\\(v${n}\\)$`), `(v${m})`);
  await writeFile(target, json(schema));
  const files = [`schemas/${to}.schema.json`];
  for (const kind of ["valid", "invalid"]) {
    const dir = join(schemasDir, "fixtures", from, kind);
    const names = await readdir(dir).catch(() => [] as string[]);
    if (names.length) await mkdir(join(schemasDir, "fixtures", to, kind), { recursive: true });
    for (const name of names.filter((f) => f.endsWith(".json"))) {
      await writeFile(
        join(schemasDir, "fixtures", to, kind, name),
        json(retype(JSON.parse(await readFile(join(dir, name), "utf8")), from, to)),
      );
      files.push(`schemas/fixtures/${to}/${kind}/${name}`);
    }
  }
  return { type: to, files };
}

/** `new-version <type>`: scaffold the next version of an event type. */
export async function runNewVersion(
  argv: string[],
  schemasDir: string,
  output: Output = consoleOutput,
): Promise<number> {
  const [type, ...rest] = argv;
  if (!type || rest.length > 0) {
    output.err("usage: new-version <event type>   e.g. new-version dialogporten.dialog.created.v1");
    return 2;
  }
  try {
    const created = await scaffoldNextVersion(schemasDir, type);
    output.out(
      [
        `Created ${created.type} from ${type.replace(/\.schema\.json$/, "")} (${created.files.length} files):`,
        ...created.files.map((f) => `  ${f}`),
        "Next: make the breaking change in the new schema and its fixtures, run `pnpm generate`,",
        "say in the old type's description that it is superseded, and add a changeset (a new type is a minor change).",
      ].join("\n"),
    );
    return 0;
  } catch (error) {
    output.err(`new-version: ${(error as Error).message}`);
    return 1;
  }
}
