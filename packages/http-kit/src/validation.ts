// Route schemas compiled with two Ajv settings. A query string or a path parameter arrives as text, so its
// values are coerced to the schema's types (`?limit=5` is a number where the schema says so), as fastify does
// by default. A JSON body already has types: coercing it would accept `{"ids": ["1"]}` for a list of integers,
// so a body is validated as it came, and every issue in it is reported at once.

import { Ajv, type Options } from "ajv";
import type { FastifySchemaCompiler } from "fastify";

const SHARED: Options = { useDefaults: true, removeAdditional: true, addUsedSchema: false };

const textParts = new Ajv({ ...SHARED, coerceTypes: "array", allErrors: false });
const bodies = new Ajv({ ...SHARED, coerceTypes: false, allErrors: true });

/** Pass to `app.setValidatorCompiler`. */
export const routeValidatorCompiler: FastifySchemaCompiler<object> = ({ schema, httpPart }) =>
  (httpPart === "body" ? bodies : textParts).compile(schema);
