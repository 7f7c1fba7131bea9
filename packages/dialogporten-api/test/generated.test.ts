import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  type ActivityType,
  apiSchemaDocument,
  type CreateDialogRequest,
  type ServiceOwnerDialog,
  servedOperations,
} from "../src/index.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

describe("generated from the official spec", () => {
  it("is what the generator writes today (a second run changes nothing)", () => {
    expect(() =>
      execFileSync("node", [join(root, "scripts/generate.mjs"), "--check"], { stdio: "pipe" }),
    ).not.toThrow();
  });

  it("is clean ESM with a banner naming the generator and the source", () => {
    for (const file of ["dialogporten-api.gen.ts", "api-schemas.gen.ts"]) {
      const text = readFileSync(join(root, "src/generated", file), "utf8");
      expect(text).toMatch(
        /^\/\/ This file is generated\. Do not edit it by hand\.\n\/\/ Generator: @dialogporten-events\/dialogporten-api/,
      );
      expect(text).toMatch(/\/\/ Source: @digdir\/dialogporten-schema@\d+\.\d+\.\d+/);
      expect(text).not.toMatch(/\brequire\(/);
    }
  });

  it("compiles in Ajv, and says nullable the JSON Schema way", () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    ajv.addFormat("guid", /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    ajv.addFormat("int32", { type: "number", validate: (n: number) => Number.isInteger(n) });
    ajv.addFormat("date-time", true);
    ajv.addFormat("uri", true);
    ajv.addSchema(apiSchemaDocument as object);
    const create = ajv.getSchema("dialogporten-api#/definitions/V1ServiceOwnerDialogsCommandsCreate_Dialog");
    expect(create).toBeDefined();
    expect(
      create?.({
        party: "urn:altinn:person:identifier-no:01017012345",
        serviceResource: "urn:altinn:resource:x",
        externalReference: null,
      }),
    ).toBe(true);
    expect(create?.({ party: 1 })).toBe(false);
    expect(create?.({ party: "p", unknownField: 1 })).toBe(false);
    expect(JSON.stringify(apiSchemaDocument)).not.toContain('"nullable"');
  });

  it("lists the ten served operations with their scopes", () => {
    const ops = Object.values(servedOperations);
    expect(ops).toHaveLength(10);
    expect(servedOperations.V1ServiceOwnerDialogsCommandsCreate_Dialog).toMatchObject({
      method: "POST",
      path: "/api/v1/serviceowner/dialogs",
      scopes: ["digdir:dialogporten.serviceprovider"],
    });
    expect(servedOperations.V1EndUserDialogsQueriesGet_Dialog.scopes).toEqual(["digdir:dialogporten"]);
  });

  it("types requests and responses from the spec", () => {
    // The spec requires nothing; the stand-in adds the rules the real API checks but the spec does not say.
    expectTypeOf<CreateDialogRequest["party"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<ServiceOwnerDialog["revision"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<"SignatureProvided">().toExtend<ActivityType>();
    expectTypeOf<"NotAnActivity">().not.toExtend<ActivityType>();
  });
});
