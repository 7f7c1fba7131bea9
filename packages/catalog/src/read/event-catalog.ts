// What the catalog knows about each event type, read from `dialogporten-events`: the list of types and
// their `source` shapes, the shipped strict and tolerant schemas, and the exported TypeScript names.
import { dialogportenEventTypes, SUBSCRIPTION_VALIDATION_TYPE, sourceKinds } from "dialogporten-events";
import { fieldRules, objectRules, typeOf } from "./field-rules.js";
import { type FieldSchema, type ObjectView, objectView } from "./object-view.js";
import {
  EmbeddedRefs,
  isSchemaObject,
  type JsonSchema,
  readShippedSchema,
  type SchemaMode,
} from "./shipped-schemas.js";
import { readTypeScriptNames } from "./type-names.js";

/** Dialog, activity and transmission events by the shape of `source`; `broker` is Altinn Events' own. */
export type Group = "dialog" | "activity" | "transmission" | "broker";

/** What a field accepts in one mode. */
export interface FieldForm {
  /** Markdown: what the field means and, where a shared definition says it, its form in words. */
  readonly description: readonly string[];
  readonly rules: readonly string[];
  readonly pattern?: string;
}

export interface FieldRow {
  readonly name: string;
  readonly type: string;
  /** Strict mode (what producers must send). */
  readonly required: boolean;
  /** Tolerant mode (what receivers accept); differs from `required` for `data.senderType`. */
  readonly requiredByReceivers: boolean;
  readonly canonical: FieldForm;
  /** Set when receivers accept more than the canonical form. */
  readonly tolerant?: FieldForm;
  readonly example?: unknown;
}

export interface DataObject {
  readonly description?: string;
  readonly rules: readonly string[];
  /** Set when receivers accept more (unknown fields, an empty object). */
  readonly tolerantRules?: readonly string[];
  readonly fields: readonly FieldRow[];
}

export interface EventTypeEntry {
  readonly type: string;
  readonly title: string;
  /** Markdown: what happened and when it is emitted. */
  readonly description: string;
  readonly group: Group;
  readonly typeScriptName: string;
  readonly attributes: readonly FieldRow[];
  readonly data?: DataObject;
  readonly examples: readonly unknown[];
  /** The shipped schema files, for copying next to the pages. */
  readonly schemas: Readonly<Record<SchemaMode, JsonSchema>>;
}

export function readEventCatalog(): EventTypeEntry[] {
  const typeScriptNames = readTypeScriptNames();
  const types: { type: string; group: Group }[] = [
    ...dialogportenEventTypes.map((type) => ({ type, group: sourceKinds[type] })),
    { type: SUBSCRIPTION_VALIDATION_TYPE, group: "broker" as const },
  ];
  return types.map(({ type, group }) => {
    const typeScriptName = typeScriptNames.get(type);
    if (!typeScriptName) throw new Error(`${type}: no exported TypeScript interface has this \`type\``);
    return readEntry(type, group, typeScriptName);
  });
}

function readEntry(type: string, group: Group, typeScriptName: string): EventTypeEntry {
  const strict = readShippedSchema("strict", type);
  const tolerant = readShippedSchema("tolerant", type);
  const examples = Array.isArray(strict.examples) ? strict.examples : [];
  const example = isSchemaObject(examples[0]) ? examples[0] : {};
  const strictView = modeView(strict);
  const tolerantView = modeView(tolerant);

  const attributes = rows(strictView.root, tolerantView.root, example);
  const data =
    strictView.data && tolerantView.data
      ? dataObject(strictView.data, tolerantView.data, isSchemaObject(example.data) ? example.data : {})
      : undefined;
  return {
    type,
    title: stringOf(strict.title, `${type}: title`),
    description: stringOf(strict.description, `${type}: description`),
    group,
    typeScriptName,
    attributes,
    ...(data && { data }),
    examples,
    schemas: { strict, tolerant },
  };
}

function dataObject(strict: ObjectView, tolerant: ObjectView, example: JsonSchema): DataObject {
  const canonicalRules = objectRules(strict.schema);
  const relaxedRules = objectRules(tolerant.schema);
  const tolerantRules = [...canonicalRules].flatMap(([keyword, rule]) => {
    const relaxed = relaxedRules.get(keyword);
    return relaxed === rule ? [] : [relaxed ?? notChecked(rule)];
  });
  return {
    ...(typeof strict.schema.description === "string" && { description: strict.schema.description }),
    rules: [...canonicalRules.values()],
    ...(tolerantRules.length > 0 && { tolerantRules }),
    fields: rows(strict, tolerant, example),
  };
}

function modeView(schema: JsonSchema): { root: ObjectView; data?: ObjectView } {
  const refs = new EmbeddedRefs(schema);
  const root = objectView(refs, schema, refs.baseOf(schema));
  const dataField = root.fields.find((field) => field.name === "data");
  return { root, ...(dataField && { data: objectView(refs, dataField.schema, dataField.base) }) };
}

function rows(strict: ObjectView, tolerant: ObjectView, example: JsonSchema): FieldRow[] {
  return strict.fields.map((field) => {
    const other = tolerant.fields.find((candidate) => candidate.name === field.name);
    if (!other) throw new Error(`${field.name}: missing from the tolerant schema`);
    const canonical = form(field, strict.schema);
    const relaxed = relaxation(canonical, form(other, tolerant.schema), typeOf(other.schema));
    const exampleValue = field.name in example ? example[field.name] : firstExample(field.schema);
    return {
      name: field.name,
      type: typeOf(field.schema),
      required: field.required,
      requiredByReceivers: other.required,
      canonical,
      ...(relaxed && { tolerant: relaxed }),
      ...(exampleValue !== undefined && { example: exampleValue }),
    };
  });
}

function form(field: FieldSchema, object: JsonSchema): FieldForm & { rules: string[] } {
  const { schema } = field;
  const description = [field.meaning, field.form].filter((text): text is string => text !== undefined);
  if (description.length === 0 && typeof schema.description === "string")
    description.push(schema.description);
  return {
    description: [...new Set(description)],
    rules: field.name === "data" ? [] : fieldRules(schema, field.name, object),
    ...(typeof schema.pattern === "string" && { pattern: schema.pattern }),
  };
}

/** What tolerant mode says beyond the canonical form, or `undefined` when it accepts the same. */
function relaxation(canonical: FieldForm, tolerant: FieldForm, type: string): FieldForm | undefined {
  const description = tolerant.description.filter((text) => !canonical.description.includes(text));
  const rules = tolerant.rules.filter((rule) => !canonical.rules.includes(rule));
  const dropped = canonical.rules.filter((rule) => !tolerant.rules.includes(rule));
  const patternChanged = tolerant.pattern !== canonical.pattern;
  if (description.length === 0 && rules.length === 0 && dropped.length === 0 && !patternChanged)
    return undefined;
  if (description.length === 0 && tolerant.rules.length === 0 && !tolerant.pattern) {
    rules.push(`Any ${type}.`);
  } else {
    for (const rule of dropped) rules.push(notChecked(rule));
  }
  return {
    description,
    rules,
    ...(patternChanged && tolerant.pattern !== undefined && { pattern: tolerant.pattern }),
  };
}

/** A canonical rule that tolerant mode drops, said as such. */
function notChecked(rule: string): string {
  return `Not checked: ${rule.charAt(0).toLowerCase()}${rule.slice(1)}`;
}

function firstExample(schema: JsonSchema): unknown {
  return Array.isArray(schema.examples) ? schema.examples[0] : undefined;
}

function stringOf(value: unknown, what: string): string {
  if (typeof value !== "string" || value === "")
    throw new Error(`${what} is missing from the shipped schema`);
  return value;
}
