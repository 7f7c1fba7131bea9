export interface ParsedArgs {
  positionals: string[];
  options: Record<string, string | undefined>;
  flags: Record<string, boolean>;
}

/** `--name value`, `--name=value` and boolean `--flag`; anything unknown is a usage error. */
export function parseArgs(argv: string[], options: string[], flags: string[]): ParsedArgs {
  const parsed: ParsedArgs = { positionals: [], options: {}, flags: {} };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith("--")) {
      parsed.positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s) as [string, string | undefined];
    if (flags.includes(name)) parsed.flags[name] = true;
    else if (options.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      parsed.options[name] = value;
    } else throw new UsageError(`unknown option --${name}`);
  }
  return parsed;
}

export class UsageError extends Error {}
