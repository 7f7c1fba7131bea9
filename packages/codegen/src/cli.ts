import { dirname } from "node:path";
import { generate, SchemaLintError } from "./generate.js";
import { defaultPaths, FIX_COMMAND } from "./paths.js";
import { runCheckSchemas, runDiff, runNewVersion } from "./release/index.js";
import { findDrift, writeFiles } from "./write.js";

const USAGE = "usage: dialogporten-codegen <generate|check|diff [<base>]|check-schemas|new-version <type>>";

const repoRoot = dirname(defaultPaths.schemasDir);

/** Release commands: they read schemas/ and git, and never write generated code. */
const RELEASE_COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  diff: (args) => runDiff(args, repoRoot),
  "check-schemas": (args) => runCheckSchemas(args, repoRoot),
  "new-version": (args) => runNewVersion(args, defaultPaths.schemasDir),
};

async function main(command: string | undefined): Promise<number> {
  const release = command ? RELEASE_COMMANDS[command] : undefined;
  if (release) return release(process.argv.slice(3));
  if (command !== "generate" && command !== "check") {
    console.error(USAGE);
    return 2;
  }
  const started = performance.now();
  const files = await generate(defaultPaths);
  const drift =
    command === "generate"
      ? await writeFiles(defaultPaths.eventsPackageDir, files)
      : await findDrift(defaultPaths.eventsPackageDir, files);
  const touched = drift.added.length + drift.changed.length + drift.stale.length;
  const ms = Math.round(performance.now() - started);
  if (command === "generate") {
    console.log(`generated ${files.length} files in ${ms} ms (${touched} changed)`);
    return 0;
  }
  if (touched === 0) {
    console.log(`generated code is up to date (${files.length} files, ${ms} ms)`);
    return 0;
  }
  console.error("Generated code does not match schemas/:");
  for (const [label, list] of Object.entries(drift))
    for (const path of list) console.error(`  ${label}: packages/events/${path}`);
  console.error(`Run \`${FIX_COMMAND}\` and commit the result.`);
  return 1;
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof SchemaLintError ? error.message : error);
    process.exit(error instanceof SchemaLintError ? 1 : 2);
  },
);
