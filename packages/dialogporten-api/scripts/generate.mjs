#!/usr/bin/env node
// Writes src/generated/ from Dialogporten's official OpenAPI document (@digdir/dialogporten-schema):
//   dialogporten-api.gen.ts  the types, by openapi-typescript;
//   api-schemas.gen.ts       the schemas of the operations the stand-in serves, as one JSON Schema document
//                            (OpenAPI 3.0's `nullable` said the JSON Schema way) for Ajv.
// `--check` writes nothing and fails when a committed file differs from what would be written.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, "../src/generated");
const require = createRequire(import.meta.url);
const SPEC_PACKAGE = "@digdir/dialogporten-schema";
const specVersion = require(`${SPEC_PACKAGE}/package.json`).version;
// The file starts with a byte-order mark, which JSON.parse refuses.
const spec = JSON.parse(
  readFileSync(require.resolve(`${SPEC_PACKAGE}/swagger.verified.json`), "utf8").replace(/^\uFEFF/, ""),
);

/** The operations the stand-in serves (paths as the spec writes them, below the stand-in's `/dialogporten`). */
const SERVED = [
  ["post", "/api/v1/serviceowner/dialogs"],
  ["get", "/api/v1/serviceowner/dialogs/{dialogId}"],
  ["put", "/api/v1/serviceowner/dialogs/{dialogId}"],
  ["patch", "/api/v1/serviceowner/dialogs/{dialogId}"],
  ["delete", "/api/v1/serviceowner/dialogs/{dialogId}"],
  ["post", "/api/v1/serviceowner/dialogs/{dialogId}/actions/restore"],
  ["post", "/api/v1/serviceowner/dialogs/{dialogId}/actions/purge"],
  ["post", "/api/v1/serviceowner/dialogs/{dialogId}/activities"],
  ["post", "/api/v1/serviceowner/dialogs/{dialogId}/transmissions"],
  ["get", "/api/v1/enduser/dialogs/{dialogId}"],
];

function banner(what) {
  return [
    "// This file is generated. Do not edit it by hand.",
    `// Generator: @dialogporten-events/dialogporten-api (scripts/generate.mjs${what})`,
    `// Source: ${SPEC_PACKAGE}@${specVersion}, swagger.verified.json`,
    "// Change the pinned version in packages/dialogporten-api/package.json and run `pnpm generate` instead.",
    "",
    "",
  ].join("\n");
}

const REF_PREFIX = "#/components/schemas/";
const DOCUMENT_ID = "dialogporten-api";

/** OpenAPI 3.0 → JSON Schema: `nullable` becomes a null alternative; examples and `x-` hints go. */
function toJsonSchema(node) {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (node === null || typeof node !== "object") return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "nullable" || key === "example" || key === "examples" || key.startsWith("x-")) continue;
    if (key === "$ref" && typeof value === "string" && value.startsWith(REF_PREFIX)) {
      out.$ref = `#/definitions/${value.slice(REF_PREFIX.length)}`;
    } else {
      out[key] = toJsonSchema(value);
    }
  }
  if (node.nullable !== true) return out;
  if (typeof out.type === "string" && out.enum === undefined) return { ...out, type: [out.type, "null"] };
  if (Array.isArray(out.enum))
    return { ...out, type: [out.type, "null"].filter(Boolean), enum: [...out.enum, null] };
  return { anyOf: [out, { type: "null" }] };
}

/** Every component schema the served operations reach, by name, sorted. */
function reachableSchemas() {
  const names = new Set();
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== "object") return;
    if (typeof node.$ref === "string" && node.$ref.startsWith(REF_PREFIX)) {
      const name = node.$ref.slice(REF_PREFIX.length);
      if (!names.has(name)) {
        names.add(name);
        visit(spec.components.schemas[name]);
      }
    }
    Object.values(node).forEach(visit);
  };
  for (const [method, path] of SERVED) {
    const operation = spec.paths[path]?.[method];
    if (!operation)
      throw new Error(`${method.toUpperCase()} ${path} is not in ${SPEC_PACKAGE}@${specVersion}`);
    visit(operation);
  }
  return [...names].sort();
}

function operationsTable() {
  const table = {};
  for (const [method, path] of SERVED) {
    const operation = spec.paths[path][method];
    const body = operation.requestBody?.content?.["application/json"]?.schema;
    table[operation.operationId] = {
      method: method.toUpperCase(),
      path,
      scopes: operation.security?.flatMap((s) => Object.values(s).flat()) ?? [],
      ...(body ? { requestBody: toJsonSchema(body) } : {}),
    };
  }
  return table;
}

async function render() {
  const types = astToString(await openapiTS(spec));
  const document = {
    $id: DOCUMENT_ID,
    definitions: Object.fromEntries(
      reachableSchemas().map((name) => [name, toJsonSchema(spec.components.schemas[name])]),
    ),
  };
  const schemas =
    `/** The served operations' component schemas, as one JSON Schema document (draft-07) for Ajv. */\n` +
    `export const apiSchemaDocument = ${JSON.stringify(document, null, 2)} as const;\n\n` +
    `/** The served operations: method, the spec's path, the scopes its security names, the request body schema. */\n` +
    `export const servedOperations = ${JSON.stringify(operationsTable(), null, 2)} as const;\n\n` +
    `export const SPEC_VERSION = ${JSON.stringify(specVersion)};\n`;
  return {
    "dialogporten-api.gen.ts": banner("") + types,
    "api-schemas.gen.ts": banner("") + schemas,
  };
}

const check = process.argv.includes("--check");
const drift = [];
for (const [name, text] of Object.entries(await render())) {
  const file = join(outDir, name);
  let current = null;
  try {
    current = readFileSync(file, "utf8");
  } catch {}
  if (current === text) continue;
  if (check) drift.push(name);
  else writeFileSync(file, text);
}
if (drift.length > 0) {
  console.error(
    `Generated files are out of date: ${drift.map((n) => `packages/dialogporten-api/src/generated/${n}`).join(", ")}.\n` +
      "Run `pnpm generate` and commit the result.",
  );
  process.exit(1);
}
