import { isDeepStrictEqual } from "node:util";
import { createAjv } from "@dialogporten-events/codegen";
import { loadSchemas } from "@dialogporten-events/schema-toolkit";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { eventValidators } from "../src/generated/validators.gen.js";
import { dialogportenEventTypes, parseEvent, validateEvent } from "../src/index.js";
import type { CompiledValidator } from "../src/runtime/validator.js";
import { canonicalExample, repoRoot } from "./helpers.js";

// The reference: Ajv2020 compiled at run time from the same schemas, with ajv-formats' full formats.
const loaded = await loadSchemas(`${repoRoot}schemas`);
const reference = { strict: createAjv(loaded, "strict"), tolerant: createAjv(loaded, "tolerant") };
const idOf = (type: string) => `https://dialogporten-events.dev/schemas/${type}.schema.json`;

const ATTRIBUTES = [
  "specversion",
  "id",
  "type",
  "time",
  "resource",
  "resourceinstance",
  "subject",
  "source",
  "datacontenttype",
  "data",
];
const DATA_FIELDS = [
  "activityId",
  "process",
  "precedingProcess",
  "senderType",
  "extendedActivityType",
  "unknownField",
];

const jsonValue = fc.oneof(
  fc.string(),
  fc.constantFrom(
    "",
    "1.0",
    "urn:altinn:organization:identifier-no::991825827",
    "2025-02-30T08:00:06Z",
    "ServiceOwner",
    "urn:x",
  ),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 2 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string(), { maxKeys: 2 }),
);

/** One small change to a valid event: the kind of damage a producer bug or a proxy does. */
type Mutation = (event: Record<string, unknown>) => void;
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constantFrom(...ATTRIBUTES).map((key) => (e: Record<string, unknown>) => void delete e[key]),
  fc.tuple(fc.constantFrom(...ATTRIBUTES), jsonValue).map(([key, value]) => (e: Record<string, unknown>) => {
    e[key] = value;
  }),
  fc
    .tuple(fc.constantFrom(...DATA_FIELDS), fc.option(jsonValue, { nil: undefined }))
    .map(([key, value]) => (e: Record<string, unknown>) => {
      if (typeof e.data !== "object" || e.data === null) e.data = {};
      const data = e.data as Record<string, unknown>;
      if (value === undefined) delete data[key];
      else data[key] = value;
    }),
  fc
    .tuple(
      fc.constantFrom("id", "resourceinstance", "source", "subject", "time", "resource"),
      fc.nat(200),
      fc.string({ minLength: 1, maxLength: 1, unit: "binary" }),
    )
    .map(([key, at, ch]) => (e: Record<string, unknown>) => {
      const value = e[key];
      if (typeof value === "string")
        e[key] = value.slice(0, at % (value.length + 1)) + ch + value.slice((at % (value.length + 1)) + 1);
    }),
  fc.constantFrom("id", "resourceinstance", "source").map((key) => (e: Record<string, unknown>) => {
    if (typeof e[key] === "string") e[key] = (e[key] as string).toUpperCase();
  }),
  // Another well-formed id than the one `source` names: only the consistency checks can tell.
  fc
    .tuple(fc.constantFrom("resourceinstance", "activityId"), fc.uuid())
    .map(([key, id]) => (e: Record<string, unknown>) => {
      if (key === "resourceinstance") e.resourceinstance = id;
      else if (typeof e.data === "object" && e.data !== null)
        (e.data as Record<string, unknown>).activityId = id;
    }),
);

/**
 * Each type's own Ajv validator in each mode and its own strict verdict (the table may hold its family's
 * instead: see codegen's families.ts).
 */
interface OwnValidators {
  strict: CompiledValidator;
  tolerant: CompiledValidator;
  verdict: (data: unknown) => 0 | 1 | 2;
  /** The type's own entry points (plain check first, Ajv's errors on a no). */
  entry: { strict: CompiledValidator; tolerant: CompiledValidator };
}
const ownValidators = Object.fromEntries(
  await Promise.all(
    dialogportenEventTypes.map(async (type) => {
      const load = (mode: string) =>
        import(
          /* @vite-ignore */ new URL(`../src/generated/validators/${mode}/${type}.gen.ts`, import.meta.url)
            .href
        ) as Promise<{
          explain: CompiledValidator;
          validate: CompiledValidator;
          verdict: OwnValidators["verdict"];
        }>;
      const strict = await load("strict");
      const tolerant = await load("tolerant");
      return [
        type,
        {
          strict: strict.explain,
          tolerant: tolerant.explain,
          verdict: strict.verdict,
          entry: { strict: strict.validate, tolerant: tolerant.validate },
        },
      ];
    }),
  ),
) as Record<string, OwnValidators>;

describe("generated validators agree with a reference Ajv on mutated events", () => {
  it.each(dialogportenEventTypes)("%s: 10,000 mutations, both modes", (type) => {
    const base = canonicalExample(type);
    const errorsFor = {
      strict: eventValidators[type].strictErrors,
      tolerant: eventValidators[type].tolerantErrors,
    };
    const refs = {
      strict: reference.strict.getSchema(idOf(type)),
      tolerant: reference.tolerant.getSchema(idOf(type)),
    };
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const event = structuredClone(base);
        for (const mutate of mutations) mutate(event);
        const valid = { strict: false, tolerant: false };
        for (const mode of ["strict", "tolerant"] as const) {
          // The type's own entry point (its subpath's), against the reference.
          const ownEntry = ownValidators[type]?.entry[mode];
          if (!ownEntry) return false;
          valid[mode] = ownEntry(event);
          if (valid[mode] !== refs[mode]?.(event)) return false;
          // The table is consulted under the event's own `type` only, so there a family's validators (which
          // leave `type` to that lookup) must answer as the type's own do, errors word for word.
          if (event.type === type) {
            const entry = eventValidators[type][mode];
            if (entry(event) !== valid[mode]) return false;
            if (!isDeepStrictEqual(entry.errors, ownEntry.errors)) return false;
            const own = ownValidators[type]?.[mode];
            if (!own || errorsFor[mode](event) !== own(event)) return false;
            if (!isDeepStrictEqual(errorsFor[mode].errors, own.errors)) return false;
          }
        }
        // And so does a family's strict verdict.
        if (
          event.type === type &&
          eventValidators[type].strictVerdict(event) !== ownValidators[type]?.verdict(event)
        )
          return false;
        if (valid.tolerant) accepted++;
        // Tolerant parsing accepts on the strict schema's plain check alone: that needs strict ⊆ tolerant.
        if (valid.strict && !valid.tolerant) return false;
        const tolerant = validateEvent(event);
        if ((tolerant.kind === "dialogporten") !== valid.tolerant) return false;
        // No warnings exactly when strict mode accepts the event.
        const strict = validateEvent(event, { mode: "strict" });
        const strictAccepted = strict.kind === "dialogporten";
        if (tolerant.kind === "dialogporten" && (tolerant.warnings.length === 0) !== strictAccepted)
          return false;
        // The warnings are strict mode's issues, word for word.
        return (
          tolerant.kind !== "dialogporten" ||
          isDeepStrictEqual(tolerant.warnings, strict.kind === "error" ? strict.issues : [])
        );
      }),
      { numRuns: 10_000 },
    );
    // The corpus must exercise both outcomes, or agreement would prove little.
    expect(accepted).toBeGreaterThan(500);
    expect(accepted).toBeLessThan(9_500);
  });
});

const KINDS = ["dialogporten", "subscription-validation", "unknown", "error"];

describe("parseEvent on hostile input", () => {
  it("never throws on arbitrary bytes, text or JSON values, and always says what it got", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.string({ maxLength: 300 }), fc.json(), fc.jsonValue()),
        (input) => {
          const result = parseEvent(input);
          return KINDS.includes(result.kind) && (result.kind !== "error" || result.issues.length > 0);
        },
      ),
      { numRuns: 20_000 },
    );
  });

  it("refuses a deeply nested body within bounded time", () => {
    const depth = 200_000;
    const started = performance.now();
    const result = parseEvent(`${"[".repeat(depth)}${"]".repeat(depth)}`);
    expect(result.kind).toBe("error");
    const deepData = `{"specversion":"1.0","id":"1","source":"x:y","type":"t","data":${'{"a":'.repeat(5000)}1${"}".repeat(5000)}}`;
    expect(parseEvent(deepData).kind).toBe("unknown");
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("refuses a very long attribute quickly and says where", () => {
    const event = {
      ...canonicalExample("dialogporten.dialog.created.v1"),
      subject: `urn:altinn:organization:identifier-no:${"9".repeat(1_000_000)}`,
    };
    const started = performance.now();
    const result = parseEvent(JSON.stringify(event), { mode: "strict" });
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(result.kind === "error" && result.issues.map((i) => i.pointer)).toEqual(["/subject"]);
  });
});
