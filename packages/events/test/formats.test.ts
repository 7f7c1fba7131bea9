import { fullFormats } from "ajv-formats/dist/formats.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formats } from "../src/runtime/formats.js";
import { ucs2length } from "../src/runtime/ucs2length.js";

type Check = (value: string) => boolean;
const reference = (name: string): Check => {
  const def = (fullFormats as Record<string, unknown>)[name];
  if (def instanceof RegExp) return (v) => def.test(v);
  if (typeof def === "function") return def as Check;
  return (def as { validate: Check }).validate;
};

const EDGE_CASES: Record<string, string[]> = {
  "date-time": [
    "2025-02-19T08:00:06.4014168Z",
    "2025-02-19t08:00:06z",
    "2025-02-19 08:00:06Z",
    "2024-02-29T00:00:00Z",
    "2025-02-29T00:00:00Z",
    "2025-13-01T00:00:00Z",
    "2025-00-10T00:00:00Z",
    "2025-04-31T00:00:00Z",
    "2016-12-31T23:59:60Z",
    "2016-12-31T23:59:60.5Z",
    "2016-12-31T22:59:60-01:00",
    "2016-12-31T23:59:61Z",
    "2025-02-19T08:00:06+0100",
    "2025-02-19T08:00:06+01",
    "2025-02-19T08:00:06+24:00",
    "2025-02-19T08:00:06",
    "2025-02-19T24:00:00Z",
    "2025-02-19T08:60:00Z",
    "2025-02-19TT08:00:06Z",
    "",
    "2025-02-19T08:00:06.Z",
    "١٢٣٤-02-19T08:00:06Z",
    "2025-02-19T08:00:06Z\n",
    "2025-02-19T09:00:06.40141+01:00",
    "2025-02-19T09:00:06+01:00",
    "2025-02-19T09:00:06-23:59",
    "2025-02-19T09:00:06-00:00",
    "2025-02-19T09:00:06+01:60",
    "2025-02-19T09:00:06+1:000",
    "2025-02-19T09:00:06+01:0a",
    "2025-02-19T09:00:06.+01:00",
    "2025-02-19T09:00:06..1+01:00",
    "2025-02-19t09:00:06+01:00",
    "2025-02-19 09:00:06+01:00",
    "2025-02-29T09:00:06+01:00",
    "2024-02-29T09:00:06+01:00",
    "2025-04-31T09:00:06-05:30",
    "2025-00-10T09:00:06-05:30",
    "2016-12-31T23:59:60+00:00",
    "2017-01-01T00:59:60+01:00",
    "2016-12-31T22:59:60-01:00",
    "2025-02-19T24:00:00+01:00",
    "2025-02-19T09:00:06*01:00",
    "2025-02-19T09:00:06+01:00Z",
  ],
  uri: [
    "urn:some:process:id",
    "https://platform.altinn.no/dialogporten",
    "mailto:a@b.no",
    "a:b",
    "no-scheme",
    "/relative/path",
    "http://[::1]:80/x",
    "http://[v1.fe]/",
    "https://a b",
    "https://x/%zz",
    "1http://x",
    "https://x/?q=1#frag",
    "http://",
    "https://:80",
    "https://h:/p",
    "https://h:8a/",
    "a://b@c",
    "https://x/a:b@c//d",
    "https://platform.altinn.no/dialogporten/api/v1/enduser/dialogs/0194fb2d-1bb5-7a1e-9b8b-4bc1c1d5c1f4",
    "HTTPS://EXAMPLE.NO/",
    "",
    "x:",
    "http://user@host:8080/p?q#f",
  ],
  "uri-reference": [
    "additional-info-received",
    "../x",
    "#frag",
    "",
    "a b",
    "https://x/y",
    "\\x",
    "//host/p",
    "%41",
    "%4",
  ],
};

// A mix of random text and strings built from each format's own alphabet, so most cases sit near the
// boundary between valid and invalid rather than far outside it.
const nearMiss = (alphabet: string) =>
  fc.array(fc.constantFrom(...alphabet.split("")), { maxLength: 40 }).map((chars) => chars.join(""));
const corpus = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  nearMiss("0123456789-:TZtz.+ "),
  nearMiss("abcxyz:/?#[]@!$&'()*+,;=%09AF-._~ \\\""),
  fc.webUrl(),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  // Local times with an offset, each field sometimes out of its range, for the offset fast path.
  fc
    .record({
      year: fc.integer({ min: 0, max: 9999 }),
      month: fc.integer({ min: 0, max: 13 }),
      day: fc.integer({ min: 0, max: 32 }),
      hour: fc.integer({ min: 0, max: 25 }),
      minute: fc.integer({ min: 0, max: 61 }),
      second: fc.integer({ min: 0, max: 61 }),
      fraction: fc.constantFrom("", ".1", ".4014168", ".", "..5"),
      sign: fc.constantFrom("+", "-", "*"),
      offsetHour: fc.integer({ min: 0, max: 25 }),
      offsetMinute: fc.integer({ min: 0, max: 61 }),
    })
    .map((t) => {
      const two = (n: number) => String(n).padStart(2, "0");
      return `${String(t.year).padStart(4, "0")}-${two(t.month)}-${two(t.day)}T${two(t.hour)}:${two(t.minute)}:${two(t.second)}${t.fraction}${t.sign}${two(t.offsetHour)}:${two(t.offsetMinute)}`;
    }),
);

describe("formats equal ajv-formats' full formats", () => {
  for (const name of Object.keys(formats)) {
    const ours = formats[name] as Check;
    const theirs = reference(name);
    it.each(EDGE_CASES[name] ?? [])(`${name}: %j`, (value) => expect(ours(value)).toBe(theirs(value)));
    it(`${name}: on 20,000 generated strings`, () => {
      fc.assert(
        fc.property(corpus, (value) => ours(value) === theirs(value)),
        { numRuns: 20_000 },
      );
    });
  }
});

describe("ucs2length counts code points", () => {
  it.each([
    ["", 0],
    ["abc", 3],
    ["😀", 1],
    ["a😀b", 3],
    ["\ud800", 1],
    ["\udc00\ud800", 2],
  ])("%j has length %i", (s, n) => expect(ucs2length(s)).toBe(n));
  it("agrees with [...s].length on well-formed strings", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (s) => ucs2length(s) === [...s].length));
  });
});
