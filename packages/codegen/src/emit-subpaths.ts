import { type EventSchemaFile, sourceKindOf, type ValidationMode } from "@dialogporten-events/schema-toolkit";
import { banner } from "./banner.js";
import type { EmittedFile } from "./emit-validators.js";
import { isDialogportenType, typeNameOf } from "./names.js";

/** `src/generated/subpaths/<mode>/<type>.gen.ts`: what `dialogporten-events/validators/<mode>/<type>` exports. */
export function subpathPath(eventType: string, mode: ValidationMode): string {
  return `src/generated/subpaths/${mode}/${eventType}.gen.ts`;
}

const q = JSON.stringify;

/**
 * One event type's entry point in one mode: the same checks and result shape as the root's
 * `validateEvent`/`parseEvent` for that type, and a type guard. It imports that type's validators and the
 * shared checks only, so a bundle of it leaves the other types out. A tolerant entry imports the strict
 * validator too: its warnings are what strict mode would say.
 */
export function emitSubpath(event: EventSchemaFile, mode: ValidationMode): EmittedFile {
  const type = event.eventType as string;
  const typeName = typeNameOf(type);
  const dialogporten = isDialogportenType(type);
  const sourceKind = dialogporten ? q(sourceKindOf(event.schema)) : "undefined";
  const result = dialogporten
    ? `DialogportenResult<${typeName}> | ErrorResult`
    : "SubscriptionValidationResult | ErrorResult";
  const accepted = dialogporten ? "DialogportenResult" : "SubscriptionValidationResult";
  const strict = mode === "strict";
  const lines = [
    banner([event.file]),
    "",
    `import { ${strict ? "checkStrict" : "checkTolerant"}, notAnObject${strict ? ", passesStrict" : ""} } from "../../../check.js";`,
    'import { parseBody } from "../../../read-body.js";',
    `import type { ${accepted}, ErrorResult } from "../../../results.js";`,
    `import type { ${typeName} } from "../../events/${type}.gen.js";`,
    strict
      ? `import { validate as strict } from "../../validators/strict/${type}.gen.js";`
      : `import { explain as strictErrors, validate as strict, verdict as strictVerdict } from "../../validators/strict/${type}.gen.js";`,
    ...(strict
      ? []
      : [
          `import { explain as tolerantErrors, validate as tolerant } from "../../validators/tolerant/${type}.gen.js";`,
        ]),
    "",
    "/** The event type this entry point validates. */",
    `export const type = ${q(type)};`,
    "",
    "/** The validation mode of this entry point. */",
    `export const mode = ${q(mode)};`,
    "",
    ...(strict
      ? []
      : ["const validators = { strict, tolerant, strictVerdict, strictErrors, tolerantErrors };", ""]),
    "/**",
    ` * Validates a parsed value as a \`${type}\` event in ${mode} mode: the checks and the result of the root`,
    ` * \`validateEvent(value${strict ? ', { mode: "strict" }' : ""})\` for this type. A value of another type is invalid here. Never throws.`,
    " */",
    `export function validateEvent(value: unknown): ${result} {`,
    "  return (notAnObject(value) ??",
    `    ${strict ? "checkStrict(value as object, strict" : "checkTolerant(value as object, validators"}, ${sourceKind})) as ${result};`,
    "}",
    "",
    "/** `validateEvent` on a webhook body: a string or bytes (UTF-8 JSON), or an already parsed value. Never throws. */",
    `export function parseEvent(input: string | Uint8Array | unknown): ${result} {`,
    "  return parseBody(input, validateEvent);",
    "}",
    "",
    `/** Whether \`value\` is a valid \`${type}\` event in ${mode} mode (what \`validateEvent\` accepts), as a type guard. */`,
    `export function validate(value: unknown): value is ${typeName} {`,
    strict ? `  return passesStrict(value, strict, ${sourceKind});` : "  return tolerant(value);",
    "}",
    "",
  ];
  return { path: subpathPath(type, mode), content: lines.join("\n") };
}
