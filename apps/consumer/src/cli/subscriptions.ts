// `dialogporten-consumer subscribe | subscriptions | unsubscribe`: manage Altinn Events subscriptions from the
// consumer's own bin, against `ALTINN_EVENTS_URL` with the token of pull mode (`ALTINN_EVENTS_TOKEN` or
// `ALTINN_EVENTS_TOKEN_FILE`, scope `altinn:events.subscribe`).

import { parseArgs } from "node:util";
import { ConfigError, eventsToken, eventsUrl } from "../config.js";
import { EventsApiClient, EventsApiError, type NewSubscription } from "../pull/client.js";

export const COMMANDS = ["subscribe", "subscriptions", "unsubscribe"] as const;
export type Command = (typeof COMMANDS)[number];

export const isCommand = (word: string | undefined): word is Command =>
  (COMMANDS as readonly string[]).includes(word ?? "");

export const USAGE = `usage (with ALTINN_EVENTS_URL and ALTINN_EVENTS_TOKEN or ALTINN_EVENTS_TOKEN_FILE):
  dialogporten-consumer subscribe --endpoint URL --resource URN [--subject URN] [--type TYPE] [--include-subunits]
  dialogporten-consumer subscriptions
  dialogporten-consumer unsubscribe ID
  dialogporten-consumer [--insecure]          (no command: the server)`;

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

/** Runs one command; answers the exit code (0 done, 1 the API refused or failed, 2 bad usage or config). */
export async function runCommand(
  command: Command,
  args: string[],
  env: NodeJS.ProcessEnv,
  output: Output,
): Promise<number> {
  try {
    const client = new EventsApiClient(eventsUrl(env), eventsToken(env, command));
    if (command === "subscribe") {
      const created = await client.subscribe(subscription(args));
      output.out(JSON.stringify(created.subscription, null, 2));
    } else if (command === "subscriptions") {
      noArguments(args, command);
      output.out(JSON.stringify(await client.subscriptions(), null, 2));
    } else {
      const { positionals } = parseArgs({ args, allowPositionals: true, strict: true });
      if (positionals.length !== 1 || !/^\d+$/.test(positionals[0] as string)) {
        throw new ConfigError("unsubscribe takes one subscription id (a positive integer)");
      }
      await client.unsubscribe(positionals[0] as string);
      output.out(`deleted subscription ${positionals[0]}`);
    }
    return 0;
  } catch (error) {
    if (error instanceof EventsApiError) {
      output.err(error.message);
      return 1;
    }
    if (error instanceof ConfigError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      output.err(`${(error as Error).message}\n${USAGE}`);
      return 2;
    }
    output.err(`${command} failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

function subscription(args: string[]): NewSubscription {
  const { values, positionals } = parseArgs({
    args,
    strict: true,
    allowPositionals: true,
    options: {
      endpoint: { type: "string" },
      resource: { type: "string" },
      subject: { type: "string" },
      type: { type: "string" },
      "include-subunits": { type: "boolean" },
    },
  });
  if (positionals.length) throw new ConfigError(`subscribe takes no positional arguments: ${positionals[0]}`);
  if (!values.endpoint) throw new ConfigError("subscribe needs --endpoint URL (your webhook, with ?code=)");
  if (!values.resource) throw new ConfigError("subscribe needs --resource URN (urn:altinn:resource:...)");
  return {
    endPoint: values.endpoint,
    resourceFilter: values.resource,
    ...(values.subject ? { subjectFilter: values.subject } : {}),
    ...(values.type ? { typeFilter: values.type } : {}),
    ...(values["include-subunits"] ? { includeSubunits: true } : {}),
  };
}

function noArguments(args: string[], command: string): void {
  if (args.length) throw new ConfigError(`${command} takes no arguments: ${args[0]}`);
}
