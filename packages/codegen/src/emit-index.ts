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

const modeValidators = (i: number) =>
  `{ strict: strict${i}, tolerant: tolerant${i}, strictVerdict: strictVerdict${i}, strictErrors: strictErrors${i}, tolerantErrors: tolerantErrors${i} }`;

/**
 * Maps each type to its precompiled validators; importing it pulls in all of them. The strict verdict and
 * the errors come from the type's family validator where it has one (see `EventFamily`), else its own.
 */
export function emitValidatorTable(events: EventSchemaFile[], families: EventFamily[]): EmittedFile {
  const dp = events.filter((e) => isDialogportenType(e.eventType as string));
  const lines = [banner(events.map((e) => e.file)), ""];
  lines.push('import type { ModeValidators } from "../runtime/validator.js";');
  lines.push('import type { DialogportenEventType } from "./index.gen.js";');
  families.forEach((family, f) => {
    lines.push(
      `import { explain as strictFamily${f}, verdict as strictFamilyVerdict${f} } from "./validators/strict/families/${family.name}.gen.js";`,
      `import { explain as tolerantFamily${f} } from "./validators/tolerant/families/${family.name}.gen.js";`,
    );
  });
  const familyOf = (type: string) => families.findIndex((family) => family.types.includes(type));
  events.forEach((e, i) => {
    const f = familyOf(e.eventType as string);
    const own = f < 0;
    lines.push(
      `import { ${own ? `explain as strictErrors${i}, ` : ""}validate as strict${i}${own ? `, verdict as strictVerdict${i}` : ""} } from "./validators/strict/${e.eventType}.gen.js";`,
      `import { ${own ? `explain as tolerantErrors${i}, ` : ""}validate as tolerant${i} } from "./validators/tolerant/${e.eventType}.gen.js";`,
    );
    if (!own)
      lines.push(
        `const strictErrors${i} = strictFamily${f};`,
        `const strictVerdict${i} = strictFamilyVerdict${f};`,
        `const tolerantErrors${i} = tolerantFamily${f};`,
      );
  });
  lines.push('export { validate as validateCloudEvent } from "./validators/cloudevent.gen.js";', "");
  lines.push("export const eventValidators: { readonly [T in DialogportenEventType]: ModeValidators } = {");
  events.forEach((e, i) => {
    if (isDialogportenType(e.eventType as string)) lines.push(`  ${q(e.eventType)}: ${modeValidators(i)},`);
  });
  lines.push("};", "");
  const sv = events.findIndex((e) => e.eventType === SUBSCRIPTION_VALIDATION_TYPE);
  if (sv >= 0)
    lines.push(`export const subscriptionValidationValidators: ModeValidators = ${modeValidators(sv)};`, "");
  if (dp.length === 0) throw new Error("no Dialogporten event schemas found");
  return { path: "src/generated/validators.gen.ts", content: lines.join("\n") };
}
