import {
  type Environment,
  EventValidationError,
  environments,
  SUBSCRIPTION_VALIDATION_TYPE,
} from "dialogporten-events";
import { SCOPES } from "../auth/scopes.js";
import { postEvent } from "../delivery/http.js";
import { resolveType, sampleEvent, triggerTypes } from "../emit/trigger.js";
import { validationEvent } from "../subscriptions/validation.js";
import { numberOption, type Parsed, UsageError, urlOption } from "./args.js";
import { ProducerClient } from "./client.js";
import { tokenFor } from "./token-command.js";

/** `producer trigger`: one event, straight to a webhook (or through a running producer with --via). */
export async function triggerCommand({ positionals, options }: Parsed): Promise<number> {
  const name = positionals[0];
  if (!name) throw new UsageError("trigger needs an event type; `producer types` lists them");
  const type = resolveType(name);
  if (!type) throw new UsageError(`unknown event type "${name}"; one of:\n  ${triggerTypes.join("\n  ")}`);
  const environment = options.environment as string | undefined;
  if (environment !== undefined && !(environment in environments))
    throw new UsageError(`--environment must be one of ${Object.keys(environments).join(", ")}`);

  let event: object;
  try {
    event =
      type === SUBSCRIPTION_VALIDATION_TYPE
        ? validationEvent(Math.floor(Math.random() * 100_000) + 1)
        : sampleEvent(type, {
            ...(typeof options.dialog === "string" ? { dialog: options.dialog } : {}),
            ...(typeof options.party === "string" ? { party: options.party } : {}),
            ...(typeof options.resource === "string" ? { resource: options.resource } : {}),
            build: { environment: (environment ?? "production") as Environment },
          });
  } catch (error) {
    if (!(error instanceof EventValidationError)) throw error;
    process.stderr.write(`Not sent: the event would not pass strict mode.\n`);
    for (const issue of error.issues) process.stderr.write(`  ${issue.pointer || "/"}: ${issue.message}\n`);
    return 2;
  }

  if (typeof options.via === "string") {
    const via = urlOption(options, "via");
    process.stdout.write(`${JSON.stringify(event, null, 2)}\n`);
    const token = await tokenFor(options, [SCOPES.publish]);
    const { status, body } = await new ProducerClient(via.replace(/\/+$/, ""), token).publish(event);
    process.stdout.write(`-> published to ${via}: HTTP ${status}${body ? ` ${body}` : ""}\n`);
    return status === 200 ? 0 : 1;
  }

  const to = urlOption(options, "to");
  // As the broker delivers it: datacontenttype is added when there is data.
  const delivered = "data" in event ? { ...event, datacontenttype: "application/json" } : event;
  const body = JSON.stringify(delivered, null, 2);
  process.stdout.write(`POST ${to}\nContent-Type: application/json; charset=utf-8\n\n${body}\n\n`);
  const result = await postEvent(to, JSON.stringify(delivered), numberOption(options, "timeout", 45_000));
  const verdict = result.ok ? "accepted (2xx)" : "not accepted: the broker would retry in 10 s";
  process.stdout.write(
    `-> ${result.status === null ? result.error : `HTTP ${result.status}`} in ${Math.round(result.ms)} ms: ${verdict}\n`,
  );
  if (result.answer) process.stdout.write(`${result.answer}\n`);
  return result.ok ? 0 : 1;
}
