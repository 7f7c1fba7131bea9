import { describe, expect, it } from "vitest";
import { assertCleanEsm, toCleanEsm } from "../src/esm.js";

describe("toCleanEsm", () => {
  it("turns ajv's runtime require() into an import of our own helper", () => {
    const out = toCleanEsm(
      '"use strict";\nconst func2 = require("ajv/dist/runtime/ucs2length").default;\nfunc2(x);',
      "../../",
    );
    expect(out.imports).toEqual(['import { ucs2length as func2 } from "../../runtime/ucs2length.js";']);
    expect(out.body).not.toContain("require");
  });

  it("refuses a require() it has no replacement for", () => {
    expect(() => toCleanEsm('const func9 = require("ajv/dist/runtime/uri").default;', "./")).toThrow(
      /no ESM replacement/,
    );
  });

  it("drops schema constants nothing reads, keeps those that are read", () => {
    const out = toCleanEsm('const schema1 = {"a":1};\nconst schema2 = {"b":2};\nuse(schema2);', "./");
    expect(out.body).not.toContain("schema1");
    expect(out.body).toContain("schema2");
  });

  it.each(['require("x")', "module.exports = v", "exports.v = 1"])("assertCleanEsm catches %s", (code) => {
    expect(() => assertCleanEsm(code)).toThrow(/not clean ESM/);
  });
});
