// Start-up probe: what a user writes by hand: Ajv + full formats, compile every schema at start, validate.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

const addFormats = addFormatsModule.default ?? addFormatsModule;
const [, , eventFile, schemasDir] = process.argv;
const text = readFileSync(eventFile, "utf8");
const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
const byType = new Map();
for (const name of readdirSync(schemasDir).filter((f) => f.endsWith(".schema.json"))) {
  const schema = JSON.parse(readFileSync(join(schemasDir, name), "utf8"));
  byType.set(schema.properties.type.const, ajv.compile(schema));
}
const event = JSON.parse(text);
const ok = byType.get(event.type)(event);
const at = performance.now();
process.stdout.write(JSON.stringify({ firstEventMs: at, ok, compiled: byType.size }));
