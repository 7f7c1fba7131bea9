// The official spec's schemas (`apiSchemaDocument` of @dialogporten-events/dialogporten-api), compiled once
// with Ajv: request bodies are checked against them as the real API's model binding does (unknown
// properties refused: the spec says additionalProperties: false), and the tests check answers with them.

import { apiSchemaDocument, servedOperations } from "@dialogporten-events/dialogporten-api";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import { fullFormats } from "ajv-formats/dist/formats.js";
import { FieldErrorList } from "./problems.js";

const INT32 = 2 ** 31;

function createAjv(): Ajv {
  // strict: false because the document keeps OpenAPI's annotations (`deprecated`, `example`) it does not know.
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat("guid", /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  ajv.addFormat("int32", {
    type: "number",
    validate: (n: number) => Number.isInteger(n) && n >= -INT32 && n < INT32,
  });
  ajv.addFormat("date-time", fullFormats["date-time"]);
  ajv.addFormat("uri", fullFormats.uri);
  ajv.addSchema(apiSchemaDocument);
  return ajv;
}

const ajv = createAjv();
const compiled = new Map<string, ValidateFunction>();

/** The validator of one schema of the document (`#/definitions/<name>`), or of an inline one. */
function validatorFor(schema: object): ValidateFunction {
  const key = JSON.stringify(schema);
  let validate = compiled.get(key);
  if (!validate) {
    validate = ajv.compile(rewriteRefs(schema));
    compiled.set(key, validate);
  }
  return validate;
}

/** A served operation's request body schema names `#/definitions/...` of the document: point it there. */
function rewriteRefs(schema: object): object {
  return JSON.parse(
    JSON.stringify(schema).replaceAll('"#/definitions/', '"dialogporten-api#/definitions/'),
  ) as object;
}

export type DefinitionName = keyof (typeof apiSchemaDocument)["definitions"];

/** Ajv's errors for `value` against `#/definitions/<name>`, or an empty list. */
export function schemaErrors(name: DefinitionName, value: unknown): ErrorObject[] {
  const validate = validatorFor({ $ref: `#/definitions/${name}` });
  return validate(value) ? [] : [...(validate.errors ?? [])];
}

export type ServedOperation = keyof typeof servedOperations;

/** Checks a request body against its operation's schema in the spec; 400 with every error by field path. */
export function checkRequestBody(operation: ServedOperation, body: unknown): void {
  const spec = servedOperations[operation] as { requestBody?: object };
  if (!spec.requestBody) return;
  const validate = validatorFor(spec.requestBody);
  if (validate(body)) return;
  const errors = new FieldErrorList();
  for (const error of validate.errors ?? []) {
    // oneOf/anyOf wrappers repeat what their branch said; the branch's own error is the useful one.
    if (error.keyword === "oneOf" || error.keyword === "anyOf") continue;
    const property = (error.params as { additionalProperty?: string; missingProperty?: string })
      .additionalProperty;
    const pointer = property === undefined ? error.instancePath : `${error.instancePath}/${property}`;
    errors.add(
      fieldPath(pointer),
      property === undefined
        ? `${error.message ?? error.keyword}.`
        : `'${property}' is not a known property.`,
    );
  }
  if (errors.empty) errors.add("", "The request body does not match the schema.");
  errors.throwIfAny();
}

/** A JSON pointer as the real API names fields: `/activities/0/performedBy` → `Activities[0].PerformedBy`. */
export function fieldPath(pointer: string): string {
  let path = "";
  for (const raw of pointer.split("/").slice(1)) {
    const token = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    if (/^\d+$/.test(token)) path += `[${token}]`;
    else path += `${path === "" ? "" : "."}${token.charAt(0).toUpperCase()}${token.slice(1)}`;
  }
  return path;
}
