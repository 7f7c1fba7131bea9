#!/usr/bin/env node
import { dialogportenEventTypes, SUBSCRIPTION_VALIDATION_TYPE } from "dialogporten-events";
import { SCOPES } from "../auth/scopes.js";
import { parse, UsageError, urlOption, usage } from "./args.js";
import { scenarioCommand } from "./scenario-command.js";
import { tokenCommand, tokenFor } from "./token-command.js";
import { triggerCommand } from "./trigger-command.js";

async function deadLetters(parsed: ReturnType<typeof parse>): Promise<number> {
  const base = (
    typeof parsed.options.producer === "string"
      ? urlOption(parsed.options, "producer")
      : "http://127.0.0.1:4000"
  ).replace(/\/+$/, "");
  const authorization = `Bearer ${await tokenFor(parsed.options, [SCOPES.admin])}`;
  if (parsed.options.replay) {
    const ids = parsed.positionals.map(Number);
    const response = await fetch(`${base}/dead-letters/replay`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization },
      body: JSON.stringify(ids.length ? { ids } : {}),
    });
    process.stdout.write(`${await response.text()}\n`);
    return response.ok ? 0 : 1;
  }
  // The list comes in pages; each names the next until the last.
  let count = 0;
  for (let next: string | null = "/dead-letters"; next !== null; ) {
    const response = await fetch(`${base}${next}`, { headers: { authorization } });
    if (!response.ok) {
      process.stderr.write(`${await response.text()}\n`);
      return 1;
    }
    const page = (await response.json()) as {
      deadLetters: {
        id: number;
        type: string;
        eventId: string;
        endPoint: string;
        attempts: number;
        lastError: string;
      }[];
      next: string | null;
    };
    for (const d of page.deadLetters)
      process.stdout.write(
        `${d.id}\t${d.type}\t${d.eventId}\t${d.attempts} attempts\t${d.lastError}\t${d.endPoint}\n`,
      );
    count += page.deadLetters.length;
    next = page.next;
  }
  process.stdout.write(`${count} dead letters\n`);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const parsed = parse(argv);
  switch (parsed.command) {
    case "trigger":
      return triggerCommand(parsed);
    case "scenario":
      return scenarioCommand(parsed);
    case "token":
      return tokenCommand(parsed);
    case "types":
      process.stdout.write(`${[...dialogportenEventTypes, SUBSCRIPTION_VALIDATION_TYPE].join("\n")}\n`);
      return 0;
    case "serve":
      await import("../main.js");
      return -1;
    case "dead-letters":
      return deadLetters(parsed);
    case "help":
      process.stdout.write(usage);
      return 0;
    default:
      throw new UsageError(`unknown command "${parsed.command}"`);
  }
}

try {
  const code = await main(process.argv.slice(2));
  // serve keeps running; everything else ends here.
  if (code >= 0) process.exit(code);
} catch (error) {
  if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
    process.stderr.write(`${(error as Error).message}\n\n${usage}`);
    process.exit(2);
  }
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
}
