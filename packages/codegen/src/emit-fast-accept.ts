import { ANNOTATION_KEYWORDS, type JsonSchema, mergeAllOf } from "@dialogporten-events/schema-toolkit";
import { patternDeclarations, patternTest } from "./pattern-checks.js";

/**
 * A second, plain function per validator that only answers "valid?": straight-line `typeof`, `===` and
 * RegExp checks, no error objects, no sub-validator calls. The emitted `validate` runs it first and falls
 * back to Ajv's function only when it says no, so Ajv still produces every error message, and a wrong
 * "no" costs time, never correctness. A wrong "yes" would be a bug, so it understands only the keywords
 * below and gives up on a schema with any other: that schema is then validated by Ajv alone. The property
 * tests compare the combined validators with a reference Ajv on hundreds of thousands of mutated events.
 */
const KNOWN = new Set([
  "type",
  "const",
  "enum",
  "pattern",
  "format",
  "maxLength",
  "minLength",
  "required",
  "properties",
  "additionalProperties",
  "dependentRequired",
  "minProperties",
  "allOf",
]);

export class FastAcceptUnsupported extends Error {}

interface Context {
  patterns: string[];
  formats: string[];
  next: number;
}

const q = JSON.stringify;

function checks(input: JsonSchema, v: string, ctx: Context, out: string[]): void {
  // `allOf` branches folded in where that keeps the meaning; a keyword they disagree on stays in `allOf`.
  const schema = mergeAllOf(input, "conjunction");
  for (const key of Object.keys(schema)) {
    if (!KNOWN.has(key) && !ANNOTATION_KEYWORDS.has(key)) throw new FastAcceptUnsupported(`keyword ${key}`);
  }
  const type = schema.type;
  if (type !== undefined && typeof type !== "string") throw new FastAcceptUnsupported("type list");
  if (type === "string") out.push(`if (typeof ${v} !== "string") return false;`);
  else if (type === "object")
    out.push(`if (typeof ${v} !== "object" || ${v} === null || Array.isArray(${v})) return false;`);
  else if (type !== undefined) throw new FastAcceptUnsupported(`type ${String(type)}`);

  if ("const" in schema) {
    if (typeof schema.const !== "string") throw new FastAcceptUnsupported("non-string const");
    out.push(`if (${v} !== ${q(schema.const)}) return false;`);
  }
  if (schema.enum !== undefined) {
    const values = schema.enum as unknown[];
    if (!values.every((e) => typeof e === "string")) throw new FastAcceptUnsupported("non-string enum");
    out.push(`if (${values.map((e) => `${v} !== ${q(e)}`).join(" && ")}) return false;`);
  }
  stringChecks(schema, v, type === "string", ctx, out);
  objectChecks(schema, v, type === "object", ctx, out);
  for (const branch of (schema.allOf as JsonSchema[] | undefined) ?? []) checks(branch, v, ctx, out);
}

/** String keywords apply to strings only: without `type: "string"` they are guarded by `typeof`. */
function stringChecks(schema: JsonSchema, v: string, isString: boolean, ctx: Context, out: string[]): void {
  const tests: string[] = [];
  if (typeof schema.pattern === "string") {
    if (!ctx.patterns.includes(schema.pattern)) ctx.patterns.push(schema.pattern);
    tests.push(`!${patternTest(ctx.patterns.indexOf(schema.pattern), schema.pattern, v)}`);
  }
  if (typeof schema.format === "string") {
    if (!ctx.formats.includes(schema.format)) ctx.formats.push(schema.format);
    tests.push(`!fastFormat${ctx.formats.indexOf(schema.format)}(${v})`);
  }
  if (typeof schema.maxLength === "number")
    tests.push(`(${v}.length > ${schema.maxLength} && ucs2length(${v}) > ${schema.maxLength})`);
  if (typeof schema.minLength === "number") tests.push(`ucs2length(${v}) < ${schema.minLength}`);
  if (tests.length === 0) return;
  const guard = isString ? "" : `typeof ${v} === "string" && `;
  out.push(`if (${guard}(${tests.join(" || ")})) return false;`);
}

function objectChecks(schema: JsonSchema, v: string, isObject: boolean, ctx: Context, out: string[]): void {
  const inner: string[] = [];
  const required = new Set((schema.required as string[] | undefined) ?? []);
  const properties = (schema.properties as Record<string, JsonSchema> | undefined) ?? {};
  for (const name of required) {
    if (!(name in properties)) inner.push(`if (${v}[${q(name)}] === undefined) return false;`);
  }
  if (typeof schema.minProperties === "number")
    inner.push(`if (Object.keys(${v}).length < ${schema.minProperties}) return false;`);
  for (const [name, needs] of Object.entries((schema.dependentRequired as Record<string, string[]>) ?? {})) {
    const missing = needs.map((n) => `${v}[${q(n)}] === undefined`).join(" || ");
    inner.push(`if (${v}[${q(name)}] !== undefined && (${missing})) return false;`);
  }
  for (const [name, sub] of Object.entries(properties)) {
    const p = `p${ctx.next++}`;
    const body: string[] = [];
    checks(sub, p, ctx, body);
    if (required.has(name))
      inner.push(`const ${p} = ${v}[${q(name)}];`, `if (${p} === undefined) return false;`, ...body);
    else if (body.length > 0)
      inner.push(
        `const ${p} = ${v}[${q(name)}];`,
        `if (${p} !== undefined) {`,
        ...body.map((l) => `  ${l}`),
        "}",
      );
  }
  if (schema.additionalProperties === false) {
    const k = `k${ctx.next++}`;
    const allowed = Object.keys(properties).map((n) => `${k} !== ${q(n)}`);
    inner.push(
      `for (const ${k} in ${v}) if (${allowed.length ? allowed.join(" && ") : "true"}) return false;`,
    );
  } else if (schema.additionalProperties !== undefined && schema.additionalProperties !== true) {
    throw new FastAcceptUnsupported("additionalProperties schema");
  }
  if (inner.length === 0) return;
  if (isObject) out.push(...inner);
  else
    out.push(
      `if (typeof ${v} === "object" && ${v} !== null && !Array.isArray(${v})) {`,
      ...inner.map((l) => `  ${l}`),
      "}",
    );
}

export interface FastAccept {
  /** Module-level constants and the `accepts(data)` function. */
  code: string;
  usesUcs2length: boolean;
}

/** The `accepts` function for a schema whose `$ref`s are inlined, or `undefined` when it cannot be done. */
export function emitFastAccept(schema: JsonSchema): FastAccept | undefined {
  const ctx: Context = { patterns: [], formats: [], next: 0 };
  const body: string[] = [];
  try {
    checks(schema, "data", ctx, body);
  } catch (error) {
    if (error instanceof FastAcceptUnsupported) return undefined;
    throw error;
  }
  const lines = [
    ...patternDeclarations(ctx.patterns),
    ...ctx.formats.map((f, i) => `const fastFormat${i} = formats[${q(f)}];`),
    "function accepts(data) {",
    ...body.map((l) => `  ${l}`),
    "  return true;",
    "}",
  ];
  const code = lines.join("\n");
  return { code, usesUcs2length: code.includes("ucs2length(") };
}
