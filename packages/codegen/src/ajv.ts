import {
  deriveVariant,
  type LoadedSchemas,
  TOLERANT_KEYWORD,
  type ValidationMode,
} from "@dialogporten-events/schema-toolkit";
import type { ErrorObject } from "ajv";
import AjvModule, { _ } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import nextVocabulary from "ajv/dist/vocabularies/next.js";
import { fullFormats } from "ajv-formats/dist/formats.js";

/** The formats the schemas use. The events package implements the same names in `runtime/formats.ts`. */
export const USED_FORMATS = ["date-time", "uri", "uri-reference"] as const;

/** Keywords whose meaning differs between drafts; the emitter (draft-07 rules plus `next`) must not see them. */
const DRAFT_2020_ONLY = [
  "unevaluatedProperties",
  "unevaluatedItems",
  "$dynamicRef",
  "$dynamicAnchor",
  "prefixItems",
];

type FormatCheck = (value: string) => boolean;

function referenceFormat(name: (typeof USED_FORMATS)[number]): FormatCheck {
  const def = fullFormats[name] as unknown;
  if (typeof def === "function") return def as FormatCheck;
  if (def instanceof RegExp) return (value) => def.test(value);
  return (def as { validate: FormatCheck }).validate;
}

const codeOptions = { source: true, esm: true, lines: true, formats: _`formats` };

/**
 * The reference: Ajv2020 with every schema checked against the draft 2020-12 meta-schema. Lint runs
 * examples and fixtures through it.
 */
export function createAjv(loaded: LoadedSchemas, mode: ValidationMode): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, code: codeOptions });
  return addAll(ajv, loaded, mode);
}

export type EmitAjv = InstanceType<typeof AjvModule.default>;
const AjvClass = (AjvModule as unknown as { default: typeof AjvModule.default }).default ?? AjvModule;

/**
 * The emitter: the same schemas compiled with draft-07 rules plus the `next` keywords. Ajv2020 always
 * compiles support for `unevaluated*` and `$dynamicRef`, which costs an allocation and bookkeeping on
 * every call; the schemas use neither (lint checks), so the generated code skips that work.
 */
export function createEmitAjv(loaded: LoadedSchemas, mode: ValidationMode): EmitAjv {
  const ajv = new AjvClass({
    allErrors: true,
    strict: true,
    strictRequired: false,
    validateSchema: false,
    // Every pattern is ASCII, where the `u` flag changes nothing but the speed of the match.
    unicodeRegExp: false,
    // Issues are worded by the events package from keyword and params; Ajv's own English only adds bytes.
    messages: false,
    code: codeOptions,
  });
  // `dependentRequired` and friends: Ajv2019/2020 add this vocabulary themselves, the draft-07 class does not.
  type Vocabulary = Parameters<EmitAjv["addVocabulary"]>[0];
  const next = nextVocabulary as unknown as { default?: Vocabulary };
  ajv.addVocabulary(next.default ?? (nextVocabulary as unknown as Vocabulary));
  return addAll(ajv, loaded, mode, withoutDraft);
}

function withoutDraft(schema: Record<string, unknown>): Record<string, unknown> {
  const { $schema: _draft, ...rest } = schema;
  return rest;
}

/** Adds a schema made by the generator (already one mode's variant) to an emitter from `createEmitAjv`. */
export function addEmitterSchema(ajv: EmitAjv, variant: Record<string, unknown>): void {
  ajv.addSchema(withoutDraft(variant));
}

function addAll<A extends EmitAjv | Ajv2020>(
  ajv: A,
  loaded: LoadedSchemas,
  mode: ValidationMode,
  prepare: (schema: Record<string, unknown>) => Record<string, unknown> = (s) => s,
): A {
  ajv.addKeyword({ keyword: TOLERANT_KEYWORD, schemaType: "object" });
  for (const name of USED_FORMATS) ajv.addFormat(name, referenceFormat(name));
  for (const { file, schema } of [...loaded.defs, ...loaded.events]) {
    const text = JSON.stringify(schema);
    const used = DRAFT_2020_ONLY.find((keyword) => text.includes(`"${keyword}"`));
    if (used) throw new Error(`schemas/${file}: "${used}" is not supported by the validator generator`);
    ajv.addSchema(prepare(deriveVariant(schema, mode)));
  }
  return ajv;
}

export function schemaIdOf(schema: Record<string, unknown>): string {
  const id = schema.$id;
  if (typeof id !== "string") throw new Error("schema has no $id");
  return id;
}

export function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? e.keyword}`).join("; ");
}
