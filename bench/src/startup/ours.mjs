// Start-up probe: import the package, validate the first event, report when that happened.
import { readFileSync } from "node:fs";
import { parseEvent } from "dialogporten-events";

const text = readFileSync(process.argv[2], "utf8");
const result = parseEvent(text);
const at = performance.now();
process.stdout.write(JSON.stringify({ firstEventMs: at, ok: result.kind === "dialogporten" }));
