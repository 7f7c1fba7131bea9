import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { exampleCommand, schemaCommand, typesCommand, UsageError } from "./schema-commands.js";
import { validateCommand } from "./validate-command.js";

const HELP = `dialogporten-events: check and explore Dialogporten events

Usage:
  dialogporten-events validate <file|->... [--strict] [--json]
      Validate events (tolerant mode unless --strict). A well-formed CloudEvent of
      an unknown type is valid, reported with kind "unknown".
      --json prints one object per input: input, valid, kind ("dialogporten",
      "subscription-validation", "unknown", "error" or "read-error"), code (why
      not valid: "malformed-json", "not-a-cloudevent", "invalid", "read-error";
      null when valid), type, issues and warnings ({ pointer, code, keyword,
      message }; pointer "" is the whole input).
      Exit 0: all valid; 1: some invalid; 2: usage or read error.
  dialogporten-events types [--json]        List the event types (--json: with kind
                                            and source shape)
  dialogporten-events schema <type> [--tolerant]
                                            Print the self-contained JSON Schema
  dialogporten-events example <type>        Print an example event
  dialogporten-events diff <base> [--json] [--fail-on patch|minor|major] [--head <other>]
      What changed in the schemas since <base> (a package .tgz, a package
      folder or npm:dialogporten-events@<version>), who it breaks, and the
      least version bump it needs.
  dialogporten-events help | --help | -h | --version`;

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
  return String(pkg.version);
}

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      strict: { type: "boolean", default: false },
      tolerant: { type: "boolean", default: false },
      json: { type: "boolean", default: false },
      head: { type: "string" },
      "fail-on": { type: "string" },
      help: { type: "boolean", short: "h", default: false },
      version: { type: "boolean", short: "v", default: false },
    },
  });
  const [command, ...rest] = positionals;
  if (values.version) {
    console.log(version());
    return 0;
  }
  const helpAsked = values.help || command === "help";
  if (helpAsked || !command) {
    console.log(HELP);
    return helpAsked ? 0 : 2;
  }
  switch (command) {
    case "validate":
      if (rest.length === 0)
        throw new UsageError("validate needs at least one file, or - for standard input");
      return validateCommand(rest, { strict: values.strict, json: values.json });
    case "types":
      return typesCommand({ json: values.json });
    case "schema":
      return schemaCommand(rest[0], values.tolerant ? "tolerant" : "strict");
    case "example":
      return exampleCommand(rest[0]);
    case "diff": {
      // Loaded on demand: the schema diff (and the regex parser it uses) is most of the CLI's code.
      const { diffCommand } = await import("./diff-command.js");
      return diffCommand(rest[0], { json: values.json, head: values.head, failOn: values["fail-on"] });
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

export async function run(argv: string[]): Promise<void> {
  try {
    process.exitCode = await main(argv);
  } catch (error) {
    // Node's errors carry a string `code`; others (a child process's exit status) may carry a number.
    const code = (error as { code?: unknown }).code;
    const usage =
      error instanceof UsageError || (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS"));
    console.error(
      `dialogporten-events: ${(error as Error).message}${usage ? "\nRun `dialogporten-events --help` for usage." : ""}`,
    );
    process.exitCode = 2;
  }
}
