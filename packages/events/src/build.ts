import type { DialogportenEventMap, DialogportenEventType } from "./generated/index.gen.js";
import { sourceKinds } from "./generated/index.gen.js";
import { formatIssue, type Issue } from "./issues.js";
import { validateEvent } from "./parse.js";
import { parsePartyUrn } from "./party-urn.js";
import { type Environment, environments, formatSource } from "./source.js";
import { uuidV4, uuidV7 } from "./uuid.js";

type FilledIn = "specversion" | "id" | "time" | "type" | "source" | "datacontenttype";

/** What the caller provides; the builder fills in the rest. */
export type EventFields<T extends DialogportenEventType> = Omit<DialogportenEventMap[T], FilledIn> & {
  /** Defaults to a new UUID (version 7 for `seen`, version 4 otherwise). */
  id?: string;
  /** Defaults to now. */
  time?: string | Date;
} & (T extends TransmissionType
    ? {
        /** Goes into `source`; Dialogporten does not repeat it in `data`. */
        transmissionId: string;
        /** Received events from before 2026-03 may lack it, but a producer must send `senderType`. */
        data: TransmissionData & Required<Pick<TransmissionData, "senderType">>;
      }
    : { transmissionId?: never });

type TransmissionType = "dialogporten.dialog.transmission.created.v1";
type TransmissionData = NonNullable<DialogportenEventMap[TransmissionType]["data"]>;

export interface BuildOptions {
  /** Which Dialogporten environment the `source` points at (default `production`). */
  environment?: Environment;
  /**
   * Or any https base URL ending in `/dialogporten`, or `https://localhost[:port]` as a local Dialogporten
   * has it (`https://localhost:7214`), for a local stand-in. `source` identifies the dialog and is never
   * fetched, so `https://localhost/dialogporten` is fine even without TLS.
   */
  baseUrl?: string;
}

/** Thrown by `createEvent` with every reason the event would not pass strict mode. */
export class EventValidationError extends Error {
  constructor(
    readonly type: string,
    readonly issues: Issue[],
  ) {
    super(`${type} does not pass strict validation:\n${issues.map((i) => `  ${formatIssue(i)}`).join("\n")}`);
    this.name = "EventValidationError";
  }
}

const environmentNames = Object.keys(environments).join(", ");

/** An environment's base URL; a name that is none (from configuration, say) throws, naming the ones there are. */
function environmentBase(environment: string): string {
  if (!Object.hasOwn(environments, environment))
    throw new TypeError(
      `unknown environment ${JSON.stringify(environment)}: use one of ${environmentNames}, or baseUrl`,
    );
  return environments[environment as Environment];
}

/**
 * Builds an event the way Dialogporten emits it: canonical `source`, single-colon party URN, fresh id and
 * time. The result passes strict mode, or this throws an `EventValidationError` saying why not.
 */
export function createEvent<T extends DialogportenEventType>(
  type: T,
  fields: EventFields<T>,
  options: BuildOptions = {},
): DialogportenEventMap[T] {
  const { id, time, transmissionId, ...attributes } = fields as EventFields<DialogportenEventType> & {
    transmissionId?: string;
    data?: { activityId?: string };
  };
  const base = options.baseUrl ?? environmentBase(options.environment ?? "production");
  const { resource, resourceinstance, subject, ...rest } = attributes as {
    resource: string;
    resourceinstance: string;
    subject: string;
    data?: { activityId?: string };
  };
  const data = rest.data;
  const event = {
    specversion: "1.0",
    id: id ?? (type === "dialogporten.dialog.seen.v1" ? uuidV7() : uuidV4()),
    type,
    time: time instanceof Date ? time.toISOString() : (time ?? new Date().toISOString()),
    resource,
    resourceinstance,
    subject: parsePartyUrn(subject)?.urn ?? subject,
    source: formatSource(sourceKinds[type], {
      base,
      dialogId: resourceinstance,
      ...(data?.activityId ? { activityId: data.activityId } : {}),
      ...(transmissionId ? { transmissionId } : {}),
    }),
    ...rest,
  };
  const result = validateEvent(event, { mode: "strict" });
  if (result.kind === "dialogporten") return result.event as DialogportenEventMap[T];
  throw new EventValidationError(type, result.kind === "error" ? result.issues : []);
}
