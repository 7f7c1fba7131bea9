import { parseArgs } from "node:util";

export class UsageError extends Error {
  override name = "UsageError";
}

export const usage = `producer: emit Dialogporten events and deliver them the way Altinn Events does

Usage:
  producer trigger <type> --to <url> [--dialog <uuid>] [--party <urn>] [--resource <urn>]
                   [--environment production|tt02|yt01|at23] [--timeout <ms>] [--via <producer-url>]
      Send one realistic event of any of the 23 types (or platform.events.validatesubscription) straight to
      a webhook, as the broker would POST it, and print what was sent and the answer. Short type names work:
      created, seen, transmission.created, payment-made, validatesubscription. With --via the event is
      published to a running producer instead, which delivers it to its subscribers.

  producer scenario --to <url> --dialogs <n> [--seed <s>] [--time-scale <f>] [--timeout <ms>]
                    [--concurrency <n>] [--max-wait <s>]
      Realistic lifecycles over n dialogs, covering all 23 types, delivered to <url> through an in-process
      broker: validation handshake, retries on the broker's schedule (scaled by --time-scale, default 0.01),
      dead letters. The same seed gives the same events (ids included).

  producer token --scope "<scopes>" [--org <org> | --pid <11 digits>] [--ttl <seconds>] [--data-dir <dir>]
      Print a bearer token (a JWT, ES256) signed with the key in the data folder (DATA_DIR, default
      ./data/producer; created if missing), as a running producer on that folder accepts it. Scopes:
      altinn:events.subscribe (subscriptions, pull), altinn:events.publish, producer.admin (dead letters,
      stats); for the Dialogporten API stand-in digdir:dialogporten.serviceprovider (a service owner),
      digdir:dialogporten.correspondence (correspondence activities) and, with --pid (an end user's token),
      digdir:dialogporten. --org defaults to digdir; --ttl to 3600.

  Commands that call a running producer (trigger --via, dead-letters) send --token <jwt>, else
  PRODUCER_TOKEN, else a token they mint with the key in --data-dir / DATA_DIR.

  producer types                List the event types.
  producer serve                Run the service (same as \`node dist/main.js\`; configured by environment).
  producer dead-letters [--producer <url>] [--replay [<id>...]]
                                List a running producer's dead letters, or replay them (all, or by id).
`;

export interface Parsed {
  command: string;
  positionals: string[];
  options: Record<string, string | boolean | undefined>;
}

export function parse(argv: string[]): Parsed {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      to: { type: "string" },
      via: { type: "string" },
      dialog: { type: "string" },
      party: { type: "string" },
      resource: { type: "string" },
      environment: { type: "string" },
      timeout: { type: "string" },
      dialogs: { type: "string" },
      seed: { type: "string" },
      "time-scale": { type: "string" },
      concurrency: { type: "string" },
      "max-wait": { type: "string" },
      producer: { type: "string" },
      replay: { type: "boolean" },
      scope: { type: "string" },
      org: { type: "string" },
      pid: { type: "string" },
      ttl: { type: "string" },
      token: { type: "string" },
      "data-dir": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  const [command = "help", ...rest] = positionals;
  return { command: values.help ? "help" : command, positionals: rest, options: values };
}

export function numberOption(options: Parsed["options"], name: string, fallback: number): number {
  const raw = options[name];
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (typeof raw !== "string" || !Number.isFinite(value) || value < 0)
    throw new UsageError(`--${name} must be a non-negative number, not ${JSON.stringify(raw)}`);
  return value;
}

export function urlOption(options: Parsed["options"], name: string): string {
  const raw = options[name];
  if (typeof raw !== "string") throw new UsageError(`--${name} <url> is required`);
  try {
    const url = new URL(raw);
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error();
  } catch {
    throw new UsageError(`--${name} must be an absolute http(s) URL, not ${JSON.stringify(raw)}`);
  }
  return raw;
}
