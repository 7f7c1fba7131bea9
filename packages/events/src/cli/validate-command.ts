import { formatIssue, type Issue } from "../issues.js";
import { parseEvent } from "../parse.js";
import type { ErrorCode, ParseResult } from "../results.js";
import { readInput } from "./read-input.js";

/** An issue as the CLI reports it: the library's, or `read-error` for an input that could not be read. */
type ReportedIssue = Issue | { pointer: ""; code: "read-error"; keyword: "read"; message: string };

/** One line of `validate --json`. */
export interface ValidateReport {
  input: string;
  valid: boolean;
  kind: ParseResult["kind"] | "read-error";
  /** Why it is not valid: the parser's error code, or `read-error`; `null` when valid. */
  code: ErrorCode | "read-error" | null;
  type: string | null;
  issues: ReportedIssue[];
  warnings: Issue[];
}

function report(input: string, result: ParseResult): ValidateReport {
  if (result.kind === "error") {
    return {
      input,
      valid: false,
      kind: result.kind,
      code: result.code,
      type: result.type ?? null,
      issues: result.issues,
      warnings: [],
    };
  }
  return {
    input,
    valid: true,
    kind: result.kind,
    code: null,
    type: result.event.type,
    issues: [],
    warnings: result.warnings,
  };
}

function printHuman(r: ValidateReport, out: (line: string) => void): void {
  const what = r.kind === "read-error" ? "could not be read" : `${r.kind}${r.type ? ` ${r.type}` : ""}`;
  out(`${r.valid ? "valid  " : "INVALID"} ${r.input}: ${what}`);
  for (const i of r.issues) out(`    ${formatIssue(i as Issue)}`);
  for (const w of r.warnings) out(`    warning ${formatIssue(w)}`);
}

/** Exit 0 when every input is valid, 1 when one is not, 2 when one could not be read. */
export async function validateCommand(
  inputs: string[],
  options: { strict: boolean; json: boolean },
): Promise<number> {
  let exit = 0;
  for (const input of inputs) {
    let r: ValidateReport;
    try {
      r = report(input, parseEvent(await readInput(input), { mode: options.strict ? "strict" : "tolerant" }));
      if (!r.valid) exit = Math.max(exit, 1);
    } catch (error) {
      const message =
        (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message;
      r = {
        input,
        valid: false,
        kind: "read-error",
        code: "read-error",
        type: null,
        issues: [{ pointer: "", code: "read-error", keyword: "read", message }],
        warnings: [],
      };
      exit = 2;
    }
    if (options.json) console.log(JSON.stringify(r));
    else printHuman(r, (line) => (r.valid ? console.log(line) : console.error(line)));
  }
  return exit;
}
