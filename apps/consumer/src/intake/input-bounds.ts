// Bounds on what a delivery may hold before anything is stored: how deeply its JSON nests, how many events a
// batch carries, and well-formed Unicode in the attributes that identify an event. Each refusal is a
// quarantine entry (400 or 413) with the raw body, so nothing is lost and the sender is told why.

import type { Issue } from "dialogporten-events";
import type { QuarantineCode } from "../store/store.js";

export interface DeliveryLimits {
  /** Deepest nesting of arrays and objects in one event (the event object itself is level 1). */
  maxJsonDepth: number;
  /** Most events in one `application/cloudevents-batch+json` delivery. */
  maxBatchEvents: number;
}

export const DEFAULT_MAX_JSON_DEPTH = 64;
/** Beyond this a stored event could not be written back as JSON by every code path (V8's stack). */
export const MAX_JSON_DEPTH = 1_000;
export const DEFAULT_MAX_BATCH_EVENTS = 100;
export const MAX_BATCH_EVENTS = 10_000;

/** A whole delivery refused before its events are read, kept in quarantine as the raw body. */
export interface Refusal {
  kind: "error";
  code: QuarantineCode;
  issues: Issue[];
  type?: undefined;
  value?: undefined;
}

/** Too deep: JSON that deep cannot be copied between threads or written back out by V8, and no real event
 * nests like that. Checked on the raw bytes, before they are parsed. `extra`: levels around the events (a
 * batch's array: 1; binary mode's `data` body: -1). */
export function tooDeep(body: Buffer, maxJsonDepth: number, extra: number): Refusal | undefined {
  if (!exceedsDepth(body, maxJsonDepth + extra)) return undefined;
  const message = `nested deeper than ${maxJsonDepth} levels of arrays and objects`;
  return {
    kind: "error",
    code: "too-deep",
    issues: [{ pointer: "", code: "too-long", message, keyword: "maxDepth" }],
  };
}

export function tooManyEvents(count: number, maxBatchEvents: number): Refusal | undefined {
  if (count <= maxBatchEvents) return undefined;
  const message = `a batch may hold at most ${maxBatchEvents} events, not ${count}`;
  return {
    kind: "error",
    code: "too-many-events",
    issues: [{ pointer: "", code: "too-long", message, keyword: "maxItems" }],
  };
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Whether arrays and objects nest deeper than `limit` (outside strings). One pass over the bytes. */
function exceedsDepth(body: Buffer, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const byte = body[i] as number;
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) inString = true;
    else if (byte === 0x5b || byte === 0x7b) {
      if (++depth > limit) return true;
    } else if (byte === 0x5d || byte === 0x7d) depth--;
  }
  return false;
}

/** An unpaired UTF-16 surrogate: text that has no UTF-8 form (`String.prototype.isWellFormed` is Node 22). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * What is wrong with an attribute that identifies an event (`source` and `id`, the deduplication key) or
 * routes it (`type`): U+0000 (CloudEvents forbids control characters; PostgreSQL text cannot hold it) or a
 * lone surrogate (SQLite and PostgreSQL would store different texts, and PostgreSQL folds different ids into
 * one). Refused alike in every store.
 */
export function identityIssue(event: { id: string; source: string; type: string }): Issue | undefined {
  for (const name of ["id", "source", "type"] as const) {
    if (event[name].includes("\u0000")) {
      return {
        pointer: `/${name}`,
        code: "invalid-form",
        message: "must not contain U+0000",
        keyword: "control-character",
      };
    }
    if (LONE_SURROGATE.test(event[name])) {
      return {
        pointer: `/${name}`,
        code: "invalid-form",
        message: "must be well-formed Unicode (it contains an unpaired surrogate)",
        keyword: "well-formed-unicode",
      };
    }
  }
  return undefined;
}

/** For display only (a quarantine row's `type`): what cannot be stored alike becomes U+FFFD. */
export function displayable(text: string): string {
  return text.replace(new RegExp(LONE_SURROGATE.source, "g"), "\uFFFD").replaceAll("\u0000", "\uFFFD");
}
