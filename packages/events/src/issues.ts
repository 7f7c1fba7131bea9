import { definitionHints } from "./generated/hints.gen.js";
import type { ValidatorError } from "./runtime/validator.js";

/** One thing wrong with an event: where (a JSON pointer into the event) and what, in words. */
export interface Issue {
  /** JSON pointer to the offending value (`/data/activityId`); `""` is the whole input. */
  pointer: string;
  message: string;
  /** The JSON Schema keyword or check that failed (`required`, `pattern`, `source-matches-resourceinstance`, ...). */
  keyword: string;
}

export type ValidationMode = "strict" | "tolerant";

const escapePointer = (segment: string) => segment.replace(/~/g, "~0").replace(/\//g, "~1");

function describeTarget(pointer: string): string {
  if (pointer === "") return "the event";
  const parts = pointer.split("/").slice(1);
  return parts[0] === "data" && parts.length > 1
    ? `data field "${parts.slice(1).join("/")}"`
    : `"${parts.join("/")}"`;
}

function hintFor(schemaPath: string, mode: ValidationMode): string {
  const name = /\$defs\/([^/]+)\/[^/]+$/.exec(schemaPath)?.[1];
  const hint = name ? definitionHints[name] : undefined;
  if (!hint) return "";
  return ` Expected: ${hint[mode]}${hint.example ? ` For example: ${hint.example}` : ""}`;
}

function messageFor(error: ValidatorError, mode: ValidationMode): { pointer: string; message: string } {
  const params = error.params;
  const target = describeTarget(error.instancePath);
  switch (error.keyword) {
    case "required": {
      const pointer = `${error.instancePath}/${escapePointer(String(params.missingProperty))}`;
      return { pointer, message: `${describeTarget(pointer)} is required but missing` };
    }
    case "additionalProperties": {
      const pointer = `${error.instancePath}/${escapePointer(String(params.additionalProperty))}`;
      return {
        pointer,
        message: `${describeTarget(pointer)} is not part of this event type (unknown fields are refused in strict mode)`,
      };
    }
    case "dependentRequired":
      return {
        pointer: `${error.instancePath}/${escapePointer(String(params.property))}`,
        message: `"${String(params.property)}" is only allowed together with "${String(params.missingProperty)}"`,
      };
    case "const":
      return {
        pointer: error.instancePath,
        message: `${target} must be ${JSON.stringify(params.allowedValue)}`,
      };
    case "enum":
      return {
        pointer: error.instancePath,
        message: `${target} must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`,
      };
    case "type":
      return { pointer: error.instancePath, message: `${target} must be ${article(String(params.type))}` };
    case "pattern":
    case "format":
      return {
        pointer: error.instancePath,
        message: `${target} has the wrong form.${hintFor(error.schemaPath, mode)}`.trim(),
      };
    case "maxLength":
      return {
        pointer: error.instancePath,
        message: `${target} must be at most ${String(params.limit)} characters long`,
      };
    case "minLength":
      return { pointer: error.instancePath, message: `${target} must not be empty` };
    case "propertyNames":
      return {
        pointer: `${error.instancePath}/${escapePointer(String(params.propertyName))}`,
        message: `attribute name "${String(params.propertyName)}" is not allowed: CloudEvents attribute names are lower-case letters and digits`,
      };
    default:
      return {
        pointer: error.instancePath,
        message: `${target} ${error.message ?? `fails ${error.keyword}`}`,
      };
  }
}

const article = (type: string) => (type === "object" || type === "array" ? `an ${type}` : `a ${type}`);

/** Turns a validator's errors into issues, dropping the echo that `propertyNames` leaves behind. */
export function toIssues(
  errors: readonly ValidatorError[] | null | undefined,
  mode: ValidationMode,
): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  for (const error of errors ?? []) {
    // The inner check of `propertyNames` repeats what the `propertyNames` error says.
    if (error.schemaPath.includes("/propertyNames/")) continue;
    const { pointer, message } = messageFor(error, mode);
    const key = `${pointer}\u0000${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push({ pointer, message, keyword: error.keyword });
  }
  return issues;
}
