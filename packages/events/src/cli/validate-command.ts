import { type ParseResult, parseEvent } from "../parse.js";
import { readInput } from "./read-input.js";

export interface ValidateReport {
  input: string;
  valid: boolean;
  kind: ParseResult["kind"] | "read-error";
  type: string | null;
  issues: { pointer: string; message: string }[];
  warnings: { pointer: string; message: string }[];
}

function report(input: string, result: ParseResult): ValidateReport {
  if (result.kind === "error") {
    return {
      input,
      valid: false,
      kind: result.kind,
      type: result.type ?? null,
      issues: result.issues.map(({ pointer, message }) => ({ pointer, message })),
      warnings: [],
    };
  }
  return {
    input,
    valid: true,
    kind: result.kind,
    type: result.event.type,
    issues: [],
    warnings: result.warnings.map(({ pointer, message }) => ({ pointer, message })),
  };
}

function printHuman(r: ValidateReport, out: (line: string) => void): void {
  const what = r.kind === "read-error" ? "could not be read" : `${r.kind}${r.type ? ` ${r.type}` : ""}`;
  out(`${r.valid ? "valid  " : "INVALID"} ${r.input}: ${what}`);
  for (const i of r.issues) out(`    ${i.pointer || "/"}: ${i.message}`);
  for (const w of r.warnings) out(`    warning ${w.pointer || "/"}: ${w.message}`);
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
        type: null,
        issues: [{ pointer: "", message }],
        warnings: [],
      };
      exit = 2;
    }
    if (options.json) console.log(JSON.stringify(r));
    else printHuman(r, (line) => (r.valid ? console.log(line) : console.error(line)));
  }
  return exit;
}
