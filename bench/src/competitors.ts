// The validators compared against ours, each written the way a user would write it.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ValidateFunction } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { CloudEvent, HTTP } from "cloudevents";
import { eventsDir } from "./paths.js";

// ajv-formats is CommonJS with `exports.default`; under NodeNext the default import is `module.exports`.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as unknown as (ajv: Ajv2020) => Ajv2020;

export type Mode = "strict" | "tolerant";

/** Ajv compiled at run time from the package's self-contained schemas, with ajv-formats' full formats. */
export function compileAjv(types: readonly string[], mode: Mode): Map<string, ValidateFunction> {
  const ajv = new Ajv2020({ allErrors: true });
  addFormats(ajv);
  const byType = new Map<string, ValidateFunction>();
  for (const type of types) {
    const schema = JSON.parse(readFileSync(join(eventsDir, "schemas", mode, `${type}.schema.json`), "utf8"));
    byType.set(type, ajv.compile(schema));
  }
  return byType;
}

/** Dispatch on `type`, then validate: returns the event, or the errors. */
export function ajvValidator(byType: Map<string, ValidateFunction>): (value: unknown) => unknown {
  return (value) => {
    const type = (value as { type?: unknown } | null)?.type;
    const validate = typeof type === "string" ? byType.get(type) : undefined;
    if (validate === undefined) return false;
    return validate(value) ? value : validate.errors;
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
const RESOURCE = /^urn:altinn:resource:[a-z0-9][a-z0-9_.-]{0,99}$/;
const PARTY = /^urn:altinn:(person|organization):[a-z-]+::?[^:\s]+$/;

/**
 * A hand-written minimal check of the same required fields, with regexes: the ceiling for what validation
 * can cost. It knows the types and the envelope; it does not check formats or `data` beyond its presence.
 */
export function handCheck(types: readonly string[]): (value: unknown) => unknown {
  const known = new Set(types);
  const activity = new Set(types.filter((t) => t.includes(".activity.")));
  return (value) => {
    if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
    const v = value as Record<string, unknown>;
    const { id, type, time, resource, resourceinstance, subject, source, data } = v;
    const ok =
      v.specversion === "1.0" &&
      typeof id === "string" &&
      UUID.test(id) &&
      typeof type === "string" &&
      known.has(type) &&
      typeof time === "string" &&
      TIME.test(time) &&
      typeof resource === "string" &&
      RESOURCE.test(resource) &&
      typeof resourceinstance === "string" &&
      UUID.test(resourceinstance) &&
      typeof subject === "string" &&
      PARTY.test(subject) &&
      typeof source === "string" &&
      source.startsWith("https://") &&
      (data === undefined || (typeof data === "object" && data !== null && !Array.isArray(data))) &&
      (!activity.has(type) || typeof (data as { activityId?: unknown } | undefined)?.activityId === "string");
    return ok ? v : false;
  };
}

const HEX = new Uint8Array(128).fill(1, 48, 58).fill(1, 65, 71).fill(1, 97, 103);

/** A UUID checked by position against a table: the fastest exact check measured for it. */
function isUuid(s: unknown): boolean {
  if (typeof s !== "string" || s.length !== 36) return false;
  for (let i = 0; i < 36; i++) {
    const c = s.charCodeAt(i);
    if (i === 8 || i === 13 || i === 18 || i === 23) {
      if (c !== 45) return false;
    } else if (c > 127 || HEX[c] === 0) return false;
  }
  return true;
}

/**
 * Not a validator: only `id` and `resourceinstance` checked as UUIDs. It shows what checking two of the
 * ten or so strings an event carries already costs on top of `JSON.parse`, the floor under any exact check.
 */
export function uuidAttributesOnly(value: unknown): unknown {
  const v = value as Record<string, unknown> | null;
  return v !== null && typeof v === "object" && isUuid(v.id) && isUuid(v.resourceinstance) ? v : false;
}

/** The CloudEvents SDK constructing (and, by default, validating) the event from a parsed object. */
export function cloudEventsFromObject(value: unknown): unknown {
  try {
    return new CloudEvent(value as Record<string, unknown>);
  } catch (error) {
    return error;
  }
}

const STRUCTURED = { "content-type": "application/cloudevents+json" };

/** The SDK's HTTP binding, as a webhook receiver uses it: structured mode, body as text. */
export function cloudEventsFromText(text: string): unknown {
  try {
    return HTTP.toEvent({ headers: STRUCTURED, body: text });
  } catch (error) {
    return error;
  }
}

/** Whether a competitor's result means "accepted". */
export function accepted(result: unknown): boolean {
  if (result === false || result === null || result === undefined) return false;
  if (result instanceof Error || Array.isArray(result)) return false;
  if (typeof result === "object" && "kind" in result) {
    const kind = (result as { kind: unknown }).kind;
    return kind !== "error";
  }
  return true;
}
