import { describe, expect, it } from "vitest";
import {
  fixedWidthPositions,
  fixedWidthSuffix,
  parsePattern,
  UnsupportedPattern,
  unrollPattern,
} from "../src/index.js";

describe("parsePattern", () => {
  it("reads classes, escapes and `.` as exact sets of code points", () => {
    const elements = parsePattern("[0-9a-f]\\d.").alternatives[0]?.elements ?? [];
    const [hex, digit, any] = elements.map((e) => (e.type === "CharacterClass" ? e.characters : undefined));
    expect(hex?.has(0x61)).toBe(true);
    expect(digit && hex?.isSupersetOf(digit)).toBe(true);
    expect(any?.has(10)).toBe(false); // `.` does not match a line feed
  });

  it.each([
    ["^(a$", /Unterminated group/],
    ["^(a)\\1$", /Backreferences/],
  ])("refuses %s with UnsupportedPattern", (source, message) => {
    expect(() => parsePattern(source)).toThrow(UnsupportedPattern);
    expect(() => parsePattern(source)).toThrow(message);
  });
});

describe("which rewrite applies", () => {
  it.each([
    ["^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", true],
    ["^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,7})?Z$", false],
    ["^[^:\\s]{2}$", false],
    ["^[0-9a-f]{8}", false],
    ["^a|b$", false],
  ])("%s is checked by position: %s", (source, fixed) => {
    expect(fixedWidthPositions(source) !== undefined).toBe(fixed);
  });

  it.each([
    ["^https://(a|bb)/d/[0-9a-f]{2}$", 5],
    ["^x+-[0-9]{3}$", 4],
    ["^[0-9]{3}$", 3],
    ["^x+$", undefined],
    ["^a|bc$", undefined],
    ["^abc", undefined],
  ])("%s ends with a fixed width of %s", (source, width) => {
    expect(fixedWidthSuffix(source)?.length).toBe(width);
  });

  it("gives each position of the fixed-width end its set", () => {
    const sets = fixedWidthSuffix("^(a|bb)/[0-9a-f]$") ?? [];
    expect(sets[0]?.has("/".charCodeAt(0))).toBe(true);
    expect(sets[1]?.has("f".charCodeAt(0))).toBe(true);
    expect(sets[1]?.has("g".charCodeAt(0))).toBe(false);
  });

  it.each([
    ["^x{2}y$", "^xxy$"],
    ["^(?:ab){3,5}$", "^ababab(?:ab){0,2}$"],
    ["^a|b$", "^a|b$"],
    ["(a)\\1", "(a)\\1"],
  ])("unrolls %s as %s", (source, expected) => {
    expect(unrollPattern(source)).toBe(expected);
  });
});
