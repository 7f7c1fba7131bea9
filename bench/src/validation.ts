// Validation throughput, side by side on the same corpus: from a string (the webhook path, against the
// floor JSON.parse) and on an already parsed object (against Ajv compiled at run time).

import { parseEvent, validateEvent } from "dialogporten-events";
import type { Baseline } from "./baseline.js";
import {
  ajvValidator,
  cloudEventsFromObject,
  cloudEventsFromText,
  compileAjv,
  handCheck,
  uuidAttributesOnly,
} from "./competitors.js";
import type { Corpus } from "./corpus.js";
import { type Competitor, compare, type HarnessOptions, type Measurement } from "./harness.js";
import { type BenchResult, check, fmt, type Section } from "./results.js";
import { acceptedCount, rows, stringLoad, toResults } from "./validation-tables.js";

const TOLERANT = { mode: "tolerant" } as const;
const STRICT = { mode: "strict" } as const;

export function runValidation(corpus: Corpus, options: HarnessOptions, baseline?: Baseline): Section {
  const { texts, values, types } = corpus;
  const ajvTolerant = ajvValidator(compileAjv(types, "tolerant"));
  const ajvStrict = ajvValidator(compileAjv(types, "strict"));
  const hand = handCheck(types);

  const N = {
    jsonParse: "JSON.parse alone",
    parseTolerant: "parseEvent (tolerant)",
    parseStrict: "parseEvent (strict)",
    ajvTolerantText: "JSON.parse + Ajv (tolerant schemas, full formats)",
    ajvStrictText: "JSON.parse + Ajv (strict schemas, full formats)",
    handText: "JSON.parse + hand-written check",
    uuidText: "JSON.parse + id and resourceinstance as UUIDs only",
    ceText: "CloudEvents SDK HTTP.toEvent",
    validateTolerant: "validateEvent (tolerant)",
    validateStrict: "validateEvent (strict)",
    ajvTolerant: "Ajv (tolerant schemas, full formats)",
    ajvStrict: "Ajv (strict schemas, full formats)",
    hand: "hand-written check",
    ce: "CloudEvents SDK new CloudEvent()",
  };

  const fromText: Competitor<string>[] = [
    { name: N.jsonParse, inputs: texts, run: (s) => JSON.parse(s) },
    { name: N.parseTolerant, inputs: texts, run: (s) => parseEvent(s, TOLERANT) },
    { name: N.parseStrict, inputs: texts, run: (s) => parseEvent(s, STRICT) },
    { name: N.ajvTolerantText, inputs: texts, run: (s) => ajvTolerant(JSON.parse(s)) },
    { name: N.ajvStrictText, inputs: texts, run: (s) => ajvStrict(JSON.parse(s)) },
    { name: N.handText, inputs: texts, run: (s) => hand(JSON.parse(s)) },
    { name: N.uuidText, inputs: texts, run: (s) => uuidAttributesOnly(JSON.parse(s)) },
    { name: N.ceText, inputs: texts, run: cloudEventsFromText },
  ];
  // The same calls on the package as it was at BENCH_BASELINE (`baseline.ts`), in the same rounds.
  const then = baseline && {
    lib: baseline,
    parseTolerant: `${N.parseTolerant} at ${baseline.label}`,
    parseStrict: `${N.parseStrict} at ${baseline.label}`,
    validateTolerant: `${N.validateTolerant} at ${baseline.label}`,
    validateStrict: `${N.validateStrict} at ${baseline.label}`,
  };
  if (then) {
    fromText.push(
      { name: then.parseTolerant, inputs: texts, run: (s) => then.lib.parseEvent(s, TOLERANT) },
      { name: then.parseStrict, inputs: texts, run: (s) => then.lib.parseEvent(s, STRICT) },
    );
  }
  const fromObject: Competitor<unknown>[] = [
    { name: N.validateTolerant, inputs: values, run: (v) => validateEvent(v, TOLERANT) },
    { name: N.validateStrict, inputs: values, run: (v) => validateEvent(v, STRICT) },
    { name: N.ajvTolerant, inputs: values, run: ajvTolerant },
    { name: N.ajvStrict, inputs: values, run: ajvStrict },
    { name: N.hand, inputs: values, run: hand },
    { name: N.ce, inputs: values, run: cloudEventsFromObject },
  ];
  if (then) {
    fromObject.push(
      { name: then.validateTolerant, inputs: values, run: (v) => then.lib.validateEvent(v, TOLERANT) },
      { name: then.validateStrict, inputs: values, run: (v) => then.lib.validateEvent(v, STRICT) },
    );
  }

  const strings = stringLoad(values.filter((_, i) => corpus.expectValid[i]));
  const accepts = new Map<string, number>();
  for (const c of fromText) accepts.set(c.name, acceptedCount(c));
  for (const c of fromObject) accepts.set(c.name, acceptedCount(c));

  const textMs = compare(fromText, options);
  const objectMs = compare(fromObject, options);
  const get = (ms: Measurement[], name: string) => (ms.find((m) => m.name === name) as Measurement).opsPerSec;

  const results = [
    ...toResults("validation/from-string", textMs, { vsJsonParse: N.jsonParse }),
    ...toResults("validation/parsed-object", objectMs, {
      vsAjvTolerant: N.ajvTolerant,
      vsAjvStrict: N.ajvStrict,
    }),
  ];
  const parseRatio = get(textMs, N.parseTolerant) / get(textMs, N.jsonParse);
  const parseStrictRatio = get(textMs, N.parseStrict) / get(textMs, N.jsonParse);
  const validateRatio = get(objectMs, N.validateTolerant) / get(objectMs, N.ajvTolerant);
  const validateStrictRatio = get(objectMs, N.validateStrict) / get(objectMs, N.ajvStrict);

  const parseTarget = results.find((r) => r.name === N.parseTolerant) as BenchResult;
  parseTarget.target = {
    description: "parseEvent from a string ≥ 0.8x JSON.parse alone",
    metric: "ratios.vsJsonParse",
    op: ">=",
    value: 0.8,
  };
  parseTarget.met = check(parseRatio, ">=", 0.8);
  const parseStrictTarget = results.find((r) => r.name === N.parseStrict) as BenchResult;
  parseStrictTarget.target = {
    ...parseTarget.target,
    description: "parseEvent (strict) from a string ≥ 0.8x JSON.parse alone",
  };
  parseStrictTarget.met = check(parseStrictRatio, ">=", 0.8);
  const validateTarget = results.find((r) => r.name === N.validateTolerant) as BenchResult;
  validateTarget.target = {
    description: "validateEvent ≥ 5x Ajv with full formats",
    metric: "ratios.vsAjvTolerant",
    op: ">=",
    value: 5,
  };
  validateTarget.met = check(validateRatio, ">=", 5);
  const validateStrictTarget = results.find((r) => r.name === N.validateStrict) as BenchResult;
  validateStrictTarget.target = {
    description: "validateEvent (strict) ≥ 5x Ajv (strict schemas) with full formats",
    metric: "ratios.vsAjvStrict",
    op: ">=",
    value: 5,
  };
  validateStrictTarget.met = check(validateStrictRatio, ">=", 5);

  const baselineTargets: Section["targets"] = [];
  const baselineNotes: string[] = [];
  if (then) {
    const vsThen = (ms: Measurement[], now: string, before: string) => get(ms, now) / get(ms, before);
    const tolerantVsThen = vsThen(textMs, N.parseTolerant, then.parseTolerant);
    baselineTargets.push({
      description: `parseEvent (tolerant) from a string no slower than at ${then.lib.label}`,
      measured: fmt.x(tolerantVsThen),
      met: check(tolerantVsThen, ">=", 1),
    });
    baselineNotes.push(
      `Against \`dialogporten-events\` at ${then.lib.label} (BENCH_BASELINE, same rounds): parseEvent ` +
        `${fmt.x(tolerantVsThen)} tolerant, ${fmt.x(vsThen(textMs, N.parseStrict, then.parseStrict))} strict; ` +
        `validateEvent ${fmt.x(vsThen(objectMs, N.validateTolerant, then.validateTolerant))} tolerant, ` +
        `${fmt.x(vsThen(objectMs, N.validateStrict, then.validateStrict))} strict (ops/s now ÷ then).`,
    );
  }

  const { mix } = corpus;
  const headers = [
    "competitor",
    "ops/s (median)",
    "time/op",
    "ratio",
    "spread (IQR/2)",
    "min – max",
    "accepted",
  ];
  return {
    group: "validation",
    title: "Validation",
    intro: [
      `Corpus: ${mix.total} events over all ${types.length} Dialogporten event types, mean ${corpus.meanBytes} bytes ` +
        `of compact JSON. Mix: ${((mix.valid / mix.total) * 100).toFixed(0)}% valid / ` +
        `${((mix.invalid / mix.total) * 100).toFixed(0)}% invalid. Of the valid ones, ${mix.canonical} are canonical ` +
        `(every canonical, all-fields and minimal fixture once, the rest built with \`createEvent\`: fresh ids, ` +
        `parties, resources, times, optional data fields as in the fixtures, 20% with \`traceparent\`) and ` +
        `${mix.tolerantOnly} are tolerant-only fixtures (accepted in tolerant mode with warnings, refused in ` +
        `strict mode). The ${mix.invalid} invalid ones cycle through every invalid fixture of every type.`,
      `Harness: ${options.rounds} interleaved rounds of ${options.sliceMs} ms per competitor after ` +
        `${options.warmupMs} ms of warm-up each; every round starts all competitors at the same corpus offset and ` +
        `rotates their order; results are sunk into a 64-slot ring; ${
          (globalThis as { gc?: unknown }).gc
            ? "a full GC runs between slices"
            : "no GC between slices (run with --expose-gc for that)"
        }. Figures are medians over rounds.`,
      "Ajv: `new Ajv2020({ allErrors: true })` + `addFormats(ajv)` (full mode), one compiled validator per type from " +
        "`packages/events/schemas/{tolerant,strict}/<type>.schema.json`, dispatched on `type` through a Map. " +
        "Hand-written check: specversion, id (UUID regex), known type, time (regex), resource and subject (regex), " +
        "resourceinstance (UUID regex), source (https prefix), data an object with `activityId` on activity types — " +
        "no formats. CloudEvents SDK (`cloudevents` 10): checks the CloudEvents envelope only, not the Dialogporten " +
        "schema, and throws on an invalid event (caught).",
    ],
    tables: [
      {
        caption: "From a string (the webhook path). Ratio = ops/s ÷ JSON.parse alone.",
        headers,
        rows: rows(textMs, N.jsonParse, accepts, texts.length),
      },
      {
        caption: "On a parsed object. Ratio = ops/s ÷ Ajv (tolerant schemas).",
        headers,
        rows: rows(objectMs, N.ajvTolerant, accepts, values.length),
      },
    ],
    notes: [
      `Expected accepted: ${mix.valid} in tolerant mode, ${mix.canonical} in strict mode. The hand-written check ` +
        "and the CloudEvents SDK accept some invalid events: they check less.",
      `validateEvent (strict) vs Ajv (strict schemas): ${fmt.x(validateStrictRatio)}.`,
      `Checking nothing but the two UUID attributes (by position, the fastest exact check measured) already ` +
        `brings JSON.parse to ${fmt.x(get(textMs, N.uuidText) / get(textMs, N.jsonParse))}. A valid event carries ` +
        `${strings.perEvent.toFixed(1)} strings (${Math.round(strings.chars)} characters) to check on average; ` +
        `0.8x would leave ${((0.25 / get(textMs, N.jsonParse)) * 1e6).toFixed(2)} µs for all of them.`,
      ...baselineNotes,
    ],
    results,
    targets: [
      {
        description: "parseEvent (tolerant) from a string ≥ 0.8x JSON.parse alone",
        measured: fmt.x(parseRatio),
        met: parseTarget.met,
      },
      {
        description: "parseEvent (strict) from a string ≥ 0.8x JSON.parse alone",
        measured: fmt.x(parseStrictRatio),
        met: parseStrictTarget.met,
      },
      {
        description: "validateEvent (tolerant) ≥ 5x Ajv with full formats",
        measured: fmt.x(validateRatio),
        met: validateTarget.met,
      },
      {
        description: "validateEvent (strict) ≥ 5x Ajv (strict schemas) with full formats",
        measured: fmt.x(validateStrictRatio),
        met: validateStrictTarget.met,
      },
      ...baselineTargets,
    ],
  };
}
