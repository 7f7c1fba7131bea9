import { ANNOTATION_KEYWORDS, type JsonSchema, mergeAllOf } from "@dialogporten-events/schema-toolkit";
import { patternDeclarations, patternTest } from "./pattern-checks.js";
import type { SourceId } from "./source-ids.js";

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
  /** What a failed check does: `return false;` in `accepts`, `return 0;` in `verdict`. */
  fail: string;
  /** JSON pointer of the value being checked. */
  path: string;
  /** In `verdict`: the ids to compare with their slice of `source` (see source-ids.ts). */
  sourceIds?: Map<string, SourceId>;
  /** In `verdict`: the variable holding `source` once it has passed. */
  sourceVar?: string;
  compared: number;
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
  if (type === "string") out.push(`if (typeof ${v} !== "string") ${ctx.fail}`);
  else if (type === "object")
    out.push(`if (typeof ${v} !== "object" || ${v} === null || Array.isArray(${v})) ${ctx.fail}`);
  else if (type !== undefined) throw new FastAcceptUnsupported(`type ${String(type)}`);

  if ("const" in schema) {
    if (typeof schema.const !== "string") throw new FastAcceptUnsupported("non-string const");
    out.push(`if (${v} !== ${q(schema.const)}) ${ctx.fail}`);
  }
  if (schema.enum !== undefined) {
    const values = schema.enum as unknown[];
    if (!values.every((e) => typeof e === "string")) throw new FastAcceptUnsupported("non-string enum");
    out.push(`if (${values.map((e) => `${v} !== ${q(e)}`).join(" && ")}) ${ctx.fail}`);
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
  out.push(`if (${guard}(${tests.join(" || ")})) ${ctx.fail}`);
}

function objectChecks(schema: JsonSchema, v: string, isObject: boolean, ctx: Context, out: string[]): void {
  const inner: string[] = [];
  const required = new Set((schema.required as string[] | undefined) ?? []);
  const properties = (schema.properties as Record<string, JsonSchema> | undefined) ?? {};
  for (const name of required) {
    if (!(name in properties)) inner.push(`if (${v}[${q(name)}] === undefined) ${ctx.fail}`);
  }
  if (typeof schema.minProperties === "number")
    inner.push(`if (Object.keys(${v}).length < ${schema.minProperties}) ${ctx.fail}`);
  for (const [name, needs] of Object.entries((schema.dependentRequired as Record<string, string[]>) ?? {})) {
    const missing = needs.map((n) => `${v}[${q(n)}] === undefined`).join(" || ");
    inner.push(`if (${v}[${q(name)}] !== undefined && (${missing})) ${ctx.fail}`);
  }
  const entries = Object.entries(properties);
  // `verdict` compares ids with their slice of `source`, so `source` is checked first.
  if (ctx.sourceIds && ctx.path === "")
    entries.sort(([a], [b]) => Number(b === "source") - Number(a === "source"));
  for (const [name, sub] of entries) {
    const p = `p${ctx.next++}`;
    const body: string[] = [];
    const path = ctx.path;
    ctx.path = `${path}/${name.replace(/~/g, "~0").replace(/\//g, "~1")}`;
    checks(sub, p, ctx, body);
    const sourceId = ctx.sourceIds?.get(ctx.path);
    if (ctx.path === "/source") ctx.sourceVar = p;
    ctx.path = path;
    if (sourceId && required.has(name) && ctx.sourceVar) {
      // Equal to its slice of a `source` that passed, the id is valid (source-ids.ts proved it); only a
      // different one needs its own checks, and makes the verdict 1.
      const s = ctx.sourceVar;
      const end = sourceId.tail === 0 ? "" : `, ${s}.length - ${sourceId.tail}`;
      inner.push(
        `const ${p} = ${v}[${q(name)}];`,
        `if (${p} === undefined) ${ctx.fail}`,
        `if (${p} !== ${s}.slice(${s}.length - ${sourceId.tail + sourceId.width}${end})) {`,
        "  consistent = false;",
        ...body.map((l) => `  ${l}`),
        "}",
      );
      ctx.compared++;
    } else if (required.has(name))
      inner.push(`const ${p} = ${v}[${q(name)}];`, `if (${p} === undefined) ${ctx.fail}`, ...body);
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
    inner.push(`for (const ${k} in ${v}) if (${allowed.length ? allowed.join(" && ") : "true"}) ${ctx.fail}`);
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
  /** Module-level constants, the `accepts(data)` function and, when asked for, `verdict(data)`. */
  code: string;
  usesUcs2length: boolean;
  /** Whether `code` has a `verdict` that compares the ids in `source` (else the caller writes one). */
  hasVerdict: boolean;
}

/**
 * The `accepts` function for a schema whose `$ref`s are inlined, or `undefined` when it cannot be done.
 * With `sourceIds` (a strict event schema's, see source-ids.ts) also `verdict`: the same checks in one
 * pass that also says whether the ids in `source` are the attributes': 0 when the schema does not hold,
 * 1 when it holds but an id differs, 2 when it holds and the ids agree. A canonical event then costs one
 * pass and no pattern check of the ids `source` already carries.
 */
export function emitFastAccept(
  schema: JsonSchema,
  sourceIds?: Map<string, SourceId>,
): FastAccept | undefined {
  const ctx: Context = { patterns: [], formats: [], next: 0, fail: "return false;", path: "", compared: 0 };
  const body: string[] = [];
  const verdictBody: string[] = [];
  try {
    checks(schema, "data", ctx, body);
    if (sourceIds) {
      const verdictCtx: Context = { ...ctx, fail: "return 0;", path: "", sourceIds, compared: 0 };
      checks(schema, "data", verdictCtx, verdictBody);
      ctx.next = verdictCtx.next;
      if (verdictCtx.compared !== sourceIds.size) verdictBody.length = 0;
    }
  } catch (error) {
    if (error instanceof FastAcceptUnsupported) return undefined;
    throw error;
  }
  const hasVerdict = verdictBody.length > 0;
  const lines = [
    ...patternDeclarations(ctx.patterns),
    ...ctx.formats.map((f, i) => `const fastFormat${i} = formats[${q(f)}];`),
    "function accepts(data) {",
    ...body.map((l) => `  ${l}`),
    "  return true;",
    "}",
    ...(hasVerdict
      ? [
          "",
          "function verdict(data) {",
          "  let consistent = true;",
          ...verdictBody.map((l) => `  ${l}`),
          "  return consistent ? 2 : 1;",
          "}",
        ]
      : []),
  ];
  const code = lines.join("\n");
  return { code, usesUcs2length: code.includes("ucs2length("), hasVerdict };
}
