import { inputIssue } from "./issues.js";
import type { ErrorResult } from "./results.js";

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** What `readBody` gives for a body that is not UTF-8 JSON (a class, so no parsed value can look like it). */
export class MalformedBody {
  readonly result: ErrorResult;
  constructor(message: string) {
    this.result = {
      kind: "error",
      code: "malformed-json",
      issues: [inputIssue("malformed-json", message, "json")],
    };
  }
}

/**
 * A webhook body as a value: a string or bytes (UTF-8) is parsed as JSON, anything else is taken as already
 * parsed. Nothing is allocated around the value on the way, which matters on the webhook path.
 */
export function readBody(input: unknown): unknown {
  let text: string;
  if (typeof input === "string") text = input;
  else if (input instanceof Uint8Array) {
    try {
      text = utf8.decode(input);
    } catch {
      return new MalformedBody("the body is not valid UTF-8");
    }
  } else return input;
  try {
    return JSON.parse(text);
  } catch (error) {
    return new MalformedBody(`the body is not valid JSON: ${(error as Error).message}`);
  }
}

/** `readBody`, then `validate` on the value: the parse step every `parseEvent` shares. */
export function parseBody<R>(input: unknown, validate: (value: unknown) => R): R | ErrorResult {
  const value = readBody(input);
  return value instanceof MalformedBody ? value.result : validate(value);
}
