import {
  type Bump,
  bumpRank,
  diffSchemaSets,
  isBump,
  renderHuman,
  renderJson,
  renderRules,
} from "@dialogporten-events/schema-toolkit";
import { parseArgs, UsageError } from "./args.js";
import { loadBaseline, loadHead } from "./baseline.js";
import { consoleOutput, MAINTAINERS_DIFF, type Output } from "./io.js";

export const DIFF_USAGE = `usage: diff [<base>] [--head <dir|ref|tgz>] [--json] [--fail-on patch|minor|major] [--rules]
  <base>  a git ref, a package tarball (.tgz), npm:<spec>, or a folder of schemas
          (default: the last dialogporten-events@* release tag)`;

/**
 * `diff <base>`: the schema changes from <base> to the working tree, who they break and the least version
 * bump they need. Exit 0, or 1 when --fail-on is given and reached; 2 on a usage error.
 */
export async function runDiff(
  argv: string[],
  repoRoot: string,
  output: Output = consoleOutput,
): Promise<number> {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(argv, ["head", "fail-on"], ["json", "rules", "help"]);
    if (args.positionals.length > 1) throw new UsageError("at most one <base>");
    if (args.options["fail-on"] !== undefined && !isBump(args.options["fail-on"]))
      throw new UsageError("--fail-on takes patch, minor or major");
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    output.err(`${error.message}\n${DIFF_USAGE}`);
    return 2;
  }
  if (args.flags.help) {
    output.out(DIFF_USAGE);
    return 0;
  }
  if (args.flags.rules) {
    output.out(renderRules());
    return 0;
  }
  const [base, head] = await Promise.all([
    loadBaseline(args.positionals[0], repoRoot),
    loadHead(args.options.head, repoRoot),
  ]);
  const result = diffSchemaSets(base.sets, head.sets, MAINTAINERS_DIFF);
  const labels = { base: base.label, head: head.label };
  output.out(args.flags.json ? renderJson(result, labels) : renderHuman(result, labels, MAINTAINERS_DIFF));
  const failOn = args.options["fail-on"] as Bump | undefined;
  return failOn && result.required !== "none" && bumpRank(result.required) >= bumpRank(failOn) ? 1 : 0;
}
