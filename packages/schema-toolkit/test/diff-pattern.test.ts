import { describe, expect, it } from "vitest";
import { patternIsWider } from "../src/index.js";

const UUID = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";
const UUID_ANY_CASE = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

describe("patternIsWider(after, before)", () => {
  it.each([
    ["same pattern", "^a$", "^a$"],
    ["anything goes", ".*", "^[a-z]+$"],
    ["class grown (upper-case UUIDs)", UUID_ANY_CASE, UUID],
    ["alternative added", "^(person|organization):x$", "^person:x$"],
    ["alternatives kept in another order", "^(b|a)$", "^(a|b)$"],
    ["count relaxed", "^[a-z]{1,50}$", "^[a-z]{1,30}$"],
    ["optional made repeatable", "^a*$", "^a?$"],
    ["end anchor dropped", "^abc", "^abc$"],
    ["literal into a class", "^[ab]c$", "^ac$"],
    ["\\d into a class", "^[0-9a-z]$", "^\\d$"],
    ["class to any character", "^.$", "^[a-z]$"],
    ["negated class excludes less", "^[^:]+$", "^[^:\\s]+$"],
    ["wrapped group", "^(?:x|y)$", "^x$"],
  ])("wider: %s", (_name, after, before) => {
    expect(patternIsWider(after, before)).toBe(true);
  });

  it.each([
    ["class shrunk", UUID, UUID_ANY_CASE],
    ["alternative dropped", "^person:x$", "^(person|organization):x$"],
    ["count tightened", "^[a-z]{1,30}$", "^[a-z]{1,50}$"],
    ["anchor added", "^abc$", "^abc"],
    ["lookahead (cannot be bounded)", "^(?!x).*$", "^a$"],
    ["backreference", "^(a)\\1$", "^aa$"],
    ["different structure", "^[a-z]+-[a-z]+$", "^[a-z]+$"],
    ["any character does not cover newlines", "^.$", "^[\\s]$"],
    ["negated class excludes more", "^[^:\\s]+$", "^[^:]+$"],
    ["unbalanced", "^(a$", "^a$"],
  ])("not provably wider: %s", (_name, after, before) => {
    expect(patternIsWider(after, before)).toBe(false);
  });

  it("proves the tolerant widenings that schemas/ actually makes", () => {
    expect(patternIsWider("^[A-Za-z][A-Za-z0-9+.-]*://", "^https://[a-z0-9.-]+/x$")).toBe(false);
    expect(
      patternIsWider(
        "^urn:[a-z0-9-]{1,30}(:[a-z0-9()+,.\\-;$_!/]{1,100}){1,10}$",
        "^urn:[a-z0-9-]{1,30}:[a-z0-9]{1,100}$",
      ),
    ).toBe(false);
  });
});
