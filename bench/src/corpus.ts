// The shared corpus: all 23 Dialogporten event types, as they really arrive. Per type: the canonical and
// all-fields fixtures, many `createEvent` variations (fresh ids, parties, resources, optional data fields),
// the tolerant-only fixtures (a few percent of traffic), and the invalid fixtures (the invalid share).
// Seeded, so every run and every competitor sees the same sequence.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  createEvent,
  type DialogportenEventType,
  dialogportenEventTypes,
  uuidV4,
  uuidV7,
} from "dialogporten-events";
import { repoRoot } from "./paths.js";

export const fixturesDir = join(repoRoot, "schemas/fixtures");

export interface Corpus {
  /** The event bodies as a webhook receives them (`JSON.stringify`, compact). */
  texts: string[];
  /** The same events, parsed once in advance, for the validate-a-parsed-object benchmarks. */
  values: unknown[];
  /** Which of them pass tolerant mode (the expected outcome, per fixture folder / builder). */
  expectValid: boolean[];
  types: string[];
  mix: { total: number; valid: number; canonical: number; tolerantOnly: number; invalid: number };
  meanBytes: number;
}

interface Fixture {
  type: string;
  name: string;
  expect: "valid" | "invalid";
  tolerantOnly: boolean;
  value: Record<string, unknown>;
}

export function loadFixtures(types: readonly string[]): Fixture[] {
  const out: Fixture[] = [];
  for (const type of types) {
    for (const expect of ["valid", "invalid"] as const) {
      const dir = join(fixturesDir, type, expect);
      for (const name of readdirSync(dir)
        .filter((f) => f.endsWith(".json"))
        .sort()) {
        out.push({
          type,
          name,
          expect,
          tolerantOnly: name.endsWith(".tolerant-only.json"),
          value: JSON.parse(readFileSync(join(dir, name), "utf8")) as Record<string, unknown>,
        });
      }
    }
  }
  return out;
}

/** mulberry32: small, fast, seeded. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const RESOURCES = [
  "urn:altinn:resource:super-simple-service",
  "urn:altinn:resource:skd-skattemelding",
  "urn:altinn:resource:nav_sykepenger_soknad",
  "urn:altinn:resource:brg.aarsregnskap-2025",
  "urn:altinn:resource:app_ttd_dialogporten-demo",
];

function digits(random: () => number, n: number): string {
  let s = "";
  for (let i = 0; i < n; i++) s += Math.floor(random() * 10);
  return s;
}

function party(random: () => number): string {
  const r = random();
  if (r < 0.55) return `urn:altinn:person:identifier-no:${digits(random, 11)}`;
  if (r < 0.95) return `urn:altinn:organization:identifier-no:${digits(random, 9)}`;
  return `urn:altinn:person:idporten-email:user${digits(random, 4)}@example.com`;
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** A fresh canonical event of `type`, shaped like one of its valid fixtures (which data fields are present). */
function vary(random: () => number, template: Fixture): Record<string, unknown> {
  const type = template.type as DialogportenEventType;
  const t = template.value;
  const data = (t.data ?? undefined) as Record<string, unknown> | undefined;
  const newData = data === undefined ? undefined : { ...data };
  if (newData && "activityId" in newData) newData.activityId = uuidV7();
  const fields: Record<string, unknown> = {
    resource: pick(random, RESOURCES),
    resourceinstance: uuidV7(),
    subject: party(random),
    time: new Date(Date.UTC(2025, 0, 1) + Math.floor(random() * 3e10)),
    ...(newData ? { data: newData } : {}),
    ...(type === "dialogporten.dialog.transmission.created.v1" ? { transmissionId: uuidV7() } : {}),
    ...(random() < 0.2 ? { traceparent: `00-${uuidV4().replaceAll("-", "")}-${digits(random, 16)}-01` } : {}),
  };
  // createEvent validates in strict mode and throws otherwise: every variation is canonical by construction.
  return createEvent(type, fields as never) as unknown as Record<string, unknown>;
}

export interface CorpusOptions {
  size?: number;
  /** Share of invalid events. Default 0.10. */
  invalidShare?: number;
  /** Share of the valid events that are tolerant-only (non-canonical but accepted). Default 0.05. */
  tolerantOnlyShare?: number;
  seed?: number;
}

export function buildCorpus(options: CorpusOptions = {}): Corpus {
  const size = options.size ?? 2000;
  const invalidShare = options.invalidShare ?? 0.1;
  const tolerantOnlyShare = options.tolerantOnlyShare ?? 0.05;
  const random = rng(options.seed ?? 0x5eed);
  const types = [...dialogportenEventTypes] as string[];
  const fixtures = loadFixtures(types);
  const canonicalTemplates = fixtures.filter((f) => f.expect === "valid" && !f.tolerantOnly);
  const tolerantOnly = fixtures.filter((f) => f.tolerantOnly);
  const invalid = fixtures.filter((f) => f.expect === "invalid");

  const nInvalid = Math.round(size * invalidShare);
  const nTolerant = Math.round((size - nInvalid) * tolerantOnlyShare);
  const nCanonical = size - nInvalid - nTolerant;

  const items: { value: Record<string, unknown>; valid: boolean }[] = [];
  // Every canonical fixture once (canonical, all-fields, minimal of each type), then builder variations
  // cycling through the types so each type gets its share.
  for (const f of canonicalTemplates.slice(0, nCanonical)) items.push({ value: f.value, valid: true });
  const byType = new Map<string, Fixture[]>();
  for (const f of canonicalTemplates) byType.set(f.type, [...(byType.get(f.type) ?? []), f]);
  for (let i = 0; items.length < nCanonical; i++) {
    const templates = byType.get(types[i % types.length] as string) as Fixture[];
    items.push({ value: vary(random, pick(random, templates)), valid: true });
  }
  for (let i = 0; i < nTolerant; i++)
    items.push({ value: (tolerantOnly[i % tolerantOnly.length] as Fixture).value, valid: true });
  for (let i = 0; i < nInvalid; i++)
    items.push({ value: (invalid[i % invalid.length] as Fixture).value, valid: false });

  // Fisher-Yates with the seeded generator.
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as (typeof items)[number], items[i] as (typeof items)[number]];
  }
  const texts = items.map((it) => JSON.stringify(it.value));
  return {
    texts,
    values: texts.map((t) => JSON.parse(t) as unknown),
    expectValid: items.map((it) => it.valid),
    types,
    mix: {
      total: size,
      valid: size - nInvalid,
      canonical: nCanonical,
      tolerantOnly: nTolerant,
      invalid: nInvalid,
    },
    meanBytes: Math.round(texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / texts.length),
  };
}
