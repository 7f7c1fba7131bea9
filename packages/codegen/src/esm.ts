/**
 * ajv's standalone output with `esm: true` still loads its runtime helpers with `require()`, which throws
 * when the file is imported as real ESM. These are the helpers our schemas can reach, mapped to the events
 * package's own implementations; anything else stops generation rather than shipping a broken module.
 */
const RUNTIME_HELPERS: Record<string, { module: string; name: string }> = {
  "ajv/dist/runtime/ucs2length": { module: "runtime/ucs2length.js", name: "ucs2length" },
  "ajv/dist/runtime/equal": { module: "runtime/equal.js", name: "equal" },
};

const REQUIRE_LINE = /^const (\w+) = require\("([^"]+)"\)\.default;$/gm;
const SCHEMA_CONSTANT = /^const (schema\d+) = .*;$/gm;

export interface EsmModule {
  imports: string[];
  body: string;
}

/** Turns ajv standalone output into an ES module body plus the import lines it needs. */
export function toCleanEsm(code: string, runtimePrefix: string): EsmModule {
  const imports: string[] = [];
  let body = code.replace(/^"use strict";\n?/, "");
  body = body.replace(REQUIRE_LINE, (_line, local: string, specifier: string) => {
    const helper = RUNTIME_HELPERS[specifier];
    if (!helper)
      throw new Error(`ajv emitted require("${specifier}"), which has no ESM replacement in esm.ts`);
    imports.push(`import { ${helper.name} as ${local} } from "${runtimePrefix}${helper.module}";`);
    return "";
  });
  // ajv keeps the source schemas as constants even when no code reads them; they only add bytes.
  body = body.replace(SCHEMA_CONSTANT, (line, name: string) => (countWord(body, name) > 1 ? line : ""));
  body = body.replace(/\n{2,}/g, "\n");
  assertCleanEsm(body);
  return { imports: [...new Set(imports)].sort(), body };
}

function countWord(text: string, word: string): number {
  return text.match(new RegExp(`\\b${word}\\b`, "g"))?.length ?? 0;
}

export function assertCleanEsm(code: string): void {
  const match = /\brequire\s*\(|\bmodule\.exports\b|\bexports\./.exec(code);
  if (match) throw new Error(`generated validator is not clean ESM: found "${match[0]}"`);
}
