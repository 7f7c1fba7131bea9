import { type EventSchemaFile, SOURCE_KINDS, sourceKindOf } from "@dialogporten-events/schema-toolkit";
import { banner } from "./banner.js";
import type { EmittedFile } from "./emit-validators.js";
import type { EventFamily } from "./families.js";
import { isDialogportenType, SUBSCRIPTION_VALIDATION_TYPE, typeNameOf } from "./names.js";

const q = JSON.stringify;

/** The union, the map and the list of types: the part of the public API that grows with the schemas. */
export function emitIndex(events: EventSchemaFile[]): EmittedFile {
  const dp = events.filter((e) => isDialogportenType(e.eventType as string));
  const lines = [banner(events.map((e) => e.file)), ""];
  for (const e of events) {
    lines.push(`import type { ${typeNameOf(e.eventType as string)} } from "./events/${e.eventType}.gen.js";`);
  }
  lines.push("", `export type { ${events.map((e) => typeNameOf(e.eventType as string)).join(", ")} };`, "");
  lines.push(
    "/** Every Dialogporten event type, mapped to its event. */",
    "export interface DialogportenEventMap {",
  );
  for (const e of dp) lines.push(`  ${q(e.eventType)}: ${typeNameOf(e.eventType as string)};`);
  lines.push("}", "");
  lines.push("/** The `type` of a Dialogporten event. */");
  lines.push("export type DialogportenEventType = keyof DialogportenEventMap;", "");
  lines.push("/** Any Dialogporten event, discriminated on `type`. */");
  lines.push("export type DialogportenEvent = DialogportenEventMap[DialogportenEventType];", "");
  lines.push("/** Every Dialogporten event type, in a stable order. */");
  lines.push("export const dialogportenEventTypes = [");
  for (const e of dp) lines.push(`  ${q(e.eventType)},`);
  lines.push("] as const satisfies readonly DialogportenEventType[];", "");
  lines.push("/** Which ids an event's `source` carries after the dialog id. */");
  lines.push(`export type SourceKind = ${SOURCE_KINDS.map((k) => q(k)).join(" | ")};`, "");
  lines.push("/** The shape of `source` per type. */");
  lines.push("export const sourceKinds: { readonly [T in DialogportenEventType]: SourceKind } = {");
  for (const e of dp) lines.push(`  ${q(e.eventType)}: ${q(sourceKindOf(e.schema))},`);
  lines.push("};", "");
  lines.push(`export const SUBSCRIPTION_VALIDATION_TYPE = ${q(SUBSCRIPTION_VALIDATION_TYPE)};`, "");
  return { path: "src/generated/index.gen.ts", content: `${lines.join("\n")}` };
}

/** The five entry points of one mode pair, under the names the table's imports give them. */
const modeValidators = (id: string) =>
  `{ strict: strict${id}, tolerant: tolerant${id}, strictVerdict: strictVerdict${id}, strictErrors: strictErrors${id}, tolerantErrors: tolerantErrors${id} }`;

const importsOf = (id: string, strictModule: string, tolerantModule: string) => [
  `import { explain as strictErrors${id}, validate as strict${id}, verdict as strictVerdict${id} } from "${strictModule}";`,
  `import { explain as tolerantErrors${id}, validate as tolerant${id} } from "${tolerantModule}";`,
];

/**
 * Maps each type to its precompiled validators; importing it pulls in all of them. A type in a family (see
 * `EventFamily`) shares its family's, which leave `type` to the lookup that chose them; the others have
 * their own.
 */
export function emitValidatorTable(events: EventSchemaFile[], families: EventFamily[]): EmittedFile {
  const dp = events.filter((e) => isDialogportenType(e.eventType as string));
  const lines = [banner(events.map((e) => e.file)), ""];
  lines.push('import type { ModeValidators } from "../runtime/validator.js";');
  lines.push('import type { DialogportenEventType } from "./index.gen.js";');
  const familyOf = (type: string) => families.findIndex((family) => family.types.includes(type));
  families.forEach((family, f) => {
    const module = (mode: string) => `./validators/${mode}/families/${family.name}.gen.js`;
    lines.push(...importsOf(`Family${f}`, module("strict"), module("tolerant")));
  });
  events.forEach((e, i) => {
    const module = (mode: string) => `./validators/${mode}/${e.eventType}.gen.js`;
    if (familyOf(e.eventType as string) < 0)
      lines.push(...importsOf(String(i), module("strict"), module("tolerant")));
  });
  lines.push('export { validate as validateCloudEvent } from "./validators/cloudevent.gen.js";', "");
  families.forEach((_, f) => {
    lines.push(`const family${f}: ModeValidators = ${modeValidators(`Family${f}`)};`);
  });
  lines.push("");
  const validatorsOf = (e: EventSchemaFile, i: number) => {
    const f = familyOf(e.eventType as string);
    return f >= 0 ? `family${f}` : modeValidators(String(i));
  };
  lines.push("export const eventValidators: { readonly [T in DialogportenEventType]: ModeValidators } = {");
  events.forEach((e, i) => {
    if (isDialogportenType(e.eventType as string)) lines.push(`  ${q(e.eventType)}: ${validatorsOf(e, i)},`);
  });
  lines.push("};", "");
  const sv = events.findIndex((e) => e.eventType === SUBSCRIPTION_VALIDATION_TYPE);
  if (sv >= 0)
    lines.push(
      `export const subscriptionValidationValidators: ModeValidators = ${validatorsOf(events[sv] as EventSchemaFile, sv)};`,
      "",
    );
  if (dp.length === 0) throw new Error("no Dialogporten event schemas found");
  return { path: "src/generated/validators.gen.ts", content: lines.join("\n") };
}
