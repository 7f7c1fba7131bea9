import { definitionHints } from "./generated/hints.gen.js";
import type { IssueCode } from "./issue-codes.js";
import { parsePartyUrn } from "./party-urn.js";
import { formats } from "./runtime/formats.js";
import type { ValidatorError } from "./runtime/validator.js";
import { isUuidAnyCase } from "./uuid-shape.js";

/** One thing wrong with an event: where (a JSON pointer into the event), a stable code, and what, in words. */
export interface Issue {
  /** JSON pointer to the offending value (`/data/activityId`); `""` is the whole input. */
  pointer: string;
  /** What is wrong, stable and machine-readable (`subject-double-colon`, `missing`, ...): see `issueCodes`. */
  code: IssueCode;
  message: string;
  /** The JSON Schema keyword or check that failed (`required`, `pattern`, `source-matches-resourceinstance`, ...). */
  keyword: string;
}

export type ValidationMode = "strict" | "tolerant";

// Field names with "~" or "/" are rare: most segments need no escaping at all.
const escapePointer = (segment: string) =>
  segment.includes("~") || segment.includes("/") ? segment.replace(/~/g, "~0").replace(/\//g, "~1") : segment;

/** The value a JSON pointer names in `root`, or `undefined`. */
function valueAt(root: unknown, pointer: string): unknown {
  // The usual pointer names a top-level attribute (`/id`, `/time`): one lookup.
  if (pointer.indexOf("/", 1) < 0 && !pointer.includes("~") && pointer.length > 1)
    return root !== null && typeof root === "object" && Object.hasOwn(root, pointer.slice(1))
      ? (root as Record<string, unknown>)[pointer.slice(1)]
      : undefined;
  let value = root;
  let from = 1;
  while (from <= pointer.length) {
    if (value === null || typeof value !== "object") return undefined;
    const to = pointer.indexOf("/", from);
    const segment = pointer.slice(from, to < 0 ? pointer.length : to);
    const key = segment.includes("~") ? segment.replace(/~1/g, "/").replace(/~0/g, "~") : segment;
    value = Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
    if (to < 0) break;
    from = to + 1;
  }
  return value;
}

/** How a message names the value at a pointer: `the event`, `"subject"`, `data field "activityId"`. */
export function describeTarget(pointer: string): string {
  if (pointer === "") return "the event";
  return pointer.startsWith("/data/") ? `data field "${pointer.slice(6)}"` : `"${pointer.slice(1)}"`;
}

// Few distinct schema paths reach here; each hint is worked out once.
const hints = { strict: new Map<string, string>(), tolerant: new Map<string, string>() };

function hintFor(schemaPath: string, mode: ValidationMode): string {
  let hint = hints[mode].get(schemaPath);
  if (hint === undefined) {
    hint = describeHint(schemaPath, mode);
    hints[mode].set(schemaPath, hint);
  }
  return hint;
}

function describeHint(schemaPath: string, mode: ValidationMode): string {
  const name = /\$defs\/([^/]+)\/[^/]+$/.exec(schemaPath)?.[1];
  const hint = name ? definitionHints[name] : undefined;
  if (!hint) return "";
  return ` ${mode === "strict" ? "Canonical" : "Accepted"}: ${hint[mode]}${hint.example ? ` For example: ${hint.example}` : ""}`;
}

const UUIDS_ANY_CASE = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const lowerUuids = (value: string) => value.replace(UUIDS_ANY_CASE, (uuid) => uuid.toLowerCase());
const DOCUMENTED_SOURCE_TYPO = "/dialogporten.no/api/v1/enduser/dialogs/";
const RFC3339 = /^(\d{4})-(\d\d)-(\d\d)[Tt ](\d\d):(\d\d):(\d\d)(\.\d+)?(?:[Zz]|([+-])(\d\d):?(\d\d)?)$/;

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** The same instant as Dialogporten writes it (UTC, `Z`, at most 7 fractional digits); not for a leap second. */
function canonicalTime(value: string): string | undefined {
  const m = RFC3339.exec(value);
  if (!m || m[6] === "60") return undefined;
  const [
    ,
    year,
    month,
    day,
    hour,
    minute,
    second,
    fraction = "",
    sign,
    offsetHours = "0",
    offsetMinutes = "0",
  ] = m as unknown as string[];
  const offset = (sign === "-" ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes));
  // The usual case stays on its date (the value is a valid date-time): the clock is shifted by hand, as a
  // Date read back with `toISOString` cost most of this warning's time. Years before 100 keep the Date path.
  const minutes = Number(hour) * 60 + Number(minute) - (sign ? offset : 0);
  if (minutes >= 0 && minutes < 1440 && (year as string) >= "0100")
    return `${year}-${month}-${day}T${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}:${second}${fraction.slice(0, 8)}Z`;
  const ms =
    Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second)) -
    (sign ? offset * 60_000 : 0);
  return `${new Date(ms).toISOString().slice(0, 19)}${fraction.slice(0, 8)}Z`;
}

interface Described {
  pointer: string;
  code: IssueCode;
  message: string;
}

/**
 * A pattern or format that failed. Where the value is a form Dialogporten's documentation or older events
 * use, the code names it and the message gives the canonical form; anything else is `invalid-form`.
 */
function formIssue(error: ValidatorError, value: unknown, mode: ValidationMode): Described {
  const pointer = error.instancePath;
  // Tolerant mode accepts every documented form, so only strict mode can meet one.
  if (mode === "strict" && typeof value === "string") {
    const quirk =
      pointer === "/subject"
        ? subjectQuirk(value)
        : pointer === "/time"
          ? timeQuirk(error, value)
          : pointer === "/source"
            ? sourceQuirk(error, value)
            : upperCaseUuid(pointer, value);
    if (quirk) return quirk;
  }
  return {
    pointer,
    code: "invalid-form",
    message: `${describeTarget(pointer)} is not in ${mode === "strict" ? "the canonical" : "an accepted"} form.${hintFor(error.schemaPath, mode)}`,
  };
}

function subjectQuirk(value: string): Described | undefined {
  const canonical = parsePartyUrn(value)?.urn;
  if (canonical === undefined || canonical === value) return undefined;
  return value.includes("::")
    ? {
        pointer: "/subject",
        code: "subject-double-colon",
        message: `"subject" has the double colon of Dialogporten's documentation; the canonical form has one: ${canonical}`,
      }
    : {
        pointer: "/subject",
        code: "party-urn-not-canonical",
        message: `"subject" is a party URN; its canonical form is ${canonical}`,
      };
}

function upperCaseUuid(pointer: string, value: string): Described | undefined {
  if (!isUuidAnyCase(value)) return undefined;
  const lower = value.toLowerCase();
  if (value === lower) return undefined;
  return {
    pointer,
    code: "uuid-upper-case",
    message: `${describeTarget(pointer)} is an upper-case UUID; the canonical form is lower-case: ${lower}`,
  };
}

function timeQuirk(error: ValidatorError, value: string): Described | undefined {
  // Only the strict pattern fails on a valid date-time; a failing `format` means it is no date-time at all.
  if (error.keyword !== "pattern" || !formats["date-time"]?.(value)) return undefined;
  const canonical = canonicalTime(value);
  return {
    pointer: "/time",
    code: "time-not-canonical",
    message: `"time" is an RFC 3339 date-time; the canonical form is UTC with "Z" and at most 7 fractional digits${canonical ? `: ${canonical}` : `.${hintFor(error.schemaPath, "strict")}`}`,
  };
}

function sourceQuirk(error: ValidatorError, value: string): Described {
  if (value.includes(DOCUMENTED_SOURCE_TYPO)) {
    const canonical = lowerUuids(
      value.replace(DOCUMENTED_SOURCE_TYPO, "/dialogporten/api/v1/enduser/dialogs/"),
    );
    return {
      pointer: "/source",
      code: "source-dialogporten-no",
      message: `"source" has "/dialogporten.no/" in its path, as an example in Dialogporten's documentation does; the canonical form is ${canonical}`,
    };
  }
  const lower = lowerUuids(value);
  if (lower !== value) {
    return {
      pointer: "/source",
      code: "uuid-upper-case",
      message: `"source" has upper-case UUIDs; the canonical form is lower-case: ${lower}`,
    };
  }
  return {
    pointer: "/source",
    code: "source-not-canonical",
    message: `"source" is not the canonical source of this event type.${hintFor(error.schemaPath, "strict")}`,
  };
}

function describeError(error: ValidatorError, root: unknown, mode: ValidationMode): Described {
  const params = error.params;
  const pointer = error.instancePath;
  switch (error.keyword) {
    case "required": {
      const missing = `${pointer}/${escapePointer(String(params.missingProperty))}`;
      if (missing === "/data/senderType")
        return {
          pointer: missing,
          code: "sender-type-missing",
          message: `${describeTarget(missing)} is missing, as in transmissions from before 2026-03; the canonical form says who sent the transmission`,
        };
      return {
        pointer: missing,
        code: "missing",
        message: `${describeTarget(missing)} is required but missing`,
      };
    }
    case "additionalProperties": {
      const extra = `${pointer}/${escapePointer(String(params.additionalProperty))}`;
      return {
        pointer: extra,
        code: "unknown-field",
        message: `${describeTarget(extra)} is not part of this event type (strict mode refuses unknown fields)`,
      };
    }
    case "dependentRequired":
      return {
        pointer: `${pointer}/${escapePointer(String(params.property))}`,
        code: "requires-other-field",
        message: `"${String(params.property)}" is only allowed together with "${String(params.missingProperty)}"`,
      };
    case "const":
      return {
        pointer,
        code: "invalid-value",
        message: `${describeTarget(pointer)} must be ${JSON.stringify(params.allowedValue)}`,
      };
    case "enum":
      return {
        pointer,
        code: "invalid-value",
        message: `${describeTarget(pointer)} must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`,
      };
    case "type":
      return {
        pointer,
        code: "invalid-type",
        message: `${describeTarget(pointer)} must be ${article(String(params.type))}`,
      };
    case "pattern":
    case "format":
      return formIssue(error, valueAt(root, pointer), mode);
    case "maxLength":
      return {
        pointer,
        code: "too-long",
        message: `${describeTarget(pointer)} must be at most ${String(params.limit)} characters long`,
      };
    case "minLength":
    case "minProperties": {
      const limit = Number(params.limit);
      const what = error.keyword === "minLength" ? "characters" : "fields";
      return {
        pointer,
        code: "empty",
        message:
          limit === 1
            ? `${describeTarget(pointer)} must not be empty${error.keyword === "minProperties" ? " (leave it out instead)" : ""}`
            : `${describeTarget(pointer)} must have at least ${limit} ${what}`,
      };
    }
    case "propertyNames":
      return {
        pointer: `${pointer}/${escapePointer(String(params.propertyName))}`,
        code: "invalid-attribute-name",
        message: `attribute name "${String(params.propertyName)}" is not allowed: CloudEvents attribute names are lower-case letters and digits`,
      };
    default:
      return {
        pointer,
        code: "schema",
        message: `${describeTarget(pointer)} ${error.message ?? `fails ${error.keyword}`}`,
      };
  }
}

const article = (type: string) => (type === "object" || type === "array" ? `an ${type}` : `a ${type}`);

/**
 * Turns a validator's errors on `value` into issues, dropping the echo that `propertyNames` leaves behind.
 * Always a new array: the caller may add to it.
 */
export function toIssues(
  errors: readonly ValidatorError[] | null | undefined,
  mode: ValidationMode,
  value: unknown,
): Issue[] {
  const issues: Issue[] = [];
  for (const error of errors ?? []) {
    // The inner check of `propertyNames` repeats what the `propertyNames` error says.
    if (error.schemaPath.includes("/propertyNames/")) continue;
    const { pointer, code, message } = describeError(error, value, mode);
    // An event has a handful of issues at most: a scan beats hashing a key for each.
    if (issues.some((issue) => issue.pointer === pointer && issue.message === message)) continue;
    issues.push({ pointer, code, message, keyword: error.keyword });
  }
  return issues;
}

/** An issue about the input as a whole. */
export const inputIssue = (
  code: "malformed-json" | "not-an-object",
  message: string,
  keyword: string,
): Issue => ({
  pointer: "",
  code,
  message,
  keyword,
});

/** How a person reads an issue in a list: pointer (or `(root)`), message, code. */
export const formatIssue = (issue: Issue): string =>
  `${issue.pointer || "(root)"}: ${issue.message} (${issue.code})`;
