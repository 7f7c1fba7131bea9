import { patternIsWider } from "../pattern/wider.js";
import { canonical, quoteList } from "./canonical.js";
import { type BoundKeyword, MAX_BOUNDS, MIN_BOUNDS, type Shape, typeAccepts } from "./shape.js";
import type { Direction } from "./types.js";

/** Reports one change at the node being compared; `direction` overrides the rule's usual one. */
export type Emit = (rule: string, detail: string, direction?: Direction) => void;

/** Formats whose accepted strings include all of another's (every URI is a URI reference, …). */
const WIDER_FORMATS: Record<string, string[]> = {
  uri: ["uri-reference", "iri", "iri-reference"],
  "uri-reference": ["iri-reference"],
  iri: ["iri-reference"],
  email: ["idn-email"],
  hostname: ["idn-hostname"],
};

const BOUND_RULES: Partial<Record<BoundKeyword, string>> = {
  maxLength: "max-length-lowered",
  minLength: "min-length-raised",
  minimum: "range-narrowed",
  maximum: "range-narrowed",
  exclusiveMinimum: "range-narrowed",
  exclusiveMaximum: "range-narrowed",
};

export function compareTypes(b: Shape, a: Shape, emit: Emit): void {
  if (!b.types && !a.types) return;
  if (!a.types) {
    emit("json-type-widened", `type no longer restricted (was ${(b.types as string[]).join("|")})`);
  } else if (!b.types) {
    emit("json-type-narrowed", `type restricted to ${a.types.join("|")}`);
  } else {
    const lost = b.types.filter((t) => !typeAccepts(a.types as string[], t));
    const gained = a.types.filter((t) => !typeAccepts(b.types as string[], t));
    const change = `type ${b.types.join("|")} → ${a.types.join("|")}`;
    if (lost.length > 0) emit("json-type-narrowed", change);
    else if (gained.length > 0) emit("json-type-widened", change);
  }
}

export function compareValues(b: Shape, a: Shape, emit: Emit): void {
  if (!b.values && !a.values) return;
  if (!a.values) {
    emit("enum-widened", `no longer restricted to ${quoteList(b.values as unknown[])}`);
    return;
  }
  if (!b.values) {
    emit("enum-narrowed", `restricted to ${quoteList(a.values)}`);
    return;
  }
  const inA = new Set(a.values.map(canonical));
  const inB = new Set(b.values.map(canonical));
  const removed = b.values.filter((v) => !inA.has(canonical(v)));
  const added = a.values.filter((v) => !inB.has(canonical(v)));
  const also = added.length ? `, added ${quoteList(added)}` : "";
  if (removed.length > 0 && b.values.length === 1 && a.values.length === 1) {
    emit("const-changed", `${quoteList(removed)} → ${quoteList(added)}`);
  } else if (removed.length > 0) emit("enum-narrowed", `removed ${quoteList(removed)}${also}`);
  else if (added.length > 0) emit("enum-widened", `added ${quoteList(added)}`);
}

/** Pairs each new pattern (or format) with a dropped one it provably widens; the rest narrow. */
function compareReplaceable(
  before: string[],
  after: string[],
  isWider: (next: string, previous: string) => boolean,
  ids: { added: string; changed: string },
  noun: string,
  emit: Emit,
): void {
  const removed = before.filter((p) => !after.includes(p));
  const added = after.filter((p) => !before.includes(p));
  for (const next of added) {
    const widened = removed.findIndex((previous) => isWider(next, previous));
    if (widened >= 0) {
      const [previous] = removed.splice(widened, 1);
      emit("constraint-widened", `${noun} relaxed: ${JSON.stringify(previous)} → ${JSON.stringify(next)}`);
    } else if (removed.length > 0) {
      const [previous] = removed.splice(0, 1);
      emit(ids.changed, `${noun} ${JSON.stringify(previous)} → ${JSON.stringify(next)}`);
    } else emit(ids.added, `${noun} ${JSON.stringify(next)} added`);
  }
  for (const previous of removed) emit("constraint-widened", `${noun} ${JSON.stringify(previous)} removed`);
}

export function comparePatterns(b: Shape, a: Shape, emit: Emit): void {
  compareReplaceable(
    b.patterns,
    a.patterns,
    patternIsWider,
    { added: "pattern-added", changed: "pattern-changed" },
    "pattern",
    emit,
  );
}

export function compareFormats(b: Shape, a: Shape, emit: Emit): void {
  const wider = (next: string, previous: string) => (WIDER_FORMATS[previous] ?? []).includes(next);
  compareReplaceable(
    b.formats,
    a.formats,
    wider,
    { added: "format-added", changed: "format-changed" },
    "format",
    emit,
  );
}

export function compareBounds(b: Shape, a: Shape, emit: Emit): void {
  for (const key of [...MIN_BOUNDS, ...MAX_BOUNDS]) {
    const was = b.bounds[key];
    const now = a.bounds[key];
    if (was === now) continue;
    const isMin = (MIN_BOUNDS as readonly string[]).includes(key);
    const narrowed = now !== undefined && (was === undefined || (isMin ? now > was : now < was));
    const detail = `${key} ${was ?? "(none)"} → ${now ?? "(none)"}`;
    emit(narrowed ? (BOUND_RULES[key] ?? "count-narrowed") : "constraint-widened", detail);
  }
}

export function compareDependencies(b: Shape, a: Shape, emit: Emit): void {
  for (const [name, needs] of a.dependentRequired) {
    const had = b.dependentRequired.get(name) ?? new Set<string>();
    const extra = [...needs].filter((n) => !had.has(n));
    if (extra.length) emit("dependent-required-added", `"${name}" now requires ${quoteList(extra)}`);
  }
  for (const [name, needed] of b.dependentRequired) {
    const has = a.dependentRequired.get(name) ?? new Set<string>();
    const dropped = [...needed].filter((n) => !has.has(n));
    if (dropped.length) emit("constraint-widened", `"${name}" no longer requires ${quoteList(dropped)}`);
  }
}

const sortedList = (values: string[] | undefined) => canonical([...(values ?? [])].sort());

export function compareOpaque(b: Shape, a: Shape, emit: Emit): void {
  if (b.rejectsAll !== a.rejectsAll) {
    if (a.rejectsAll) emit("keyword-changed", "schema is now `false` (rejects everything)");
    else emit("constraint-widened", "schema is no longer `false`");
  }
  for (const key of new Set([...b.opaque.keys(), ...a.opaque.keys()])) {
    if (sortedList(b.opaque.get(key)) !== sortedList(a.opaque.get(key))) {
      emit(
        "keyword-changed",
        `\`${key}\` ${!b.opaque.has(key) ? "added" : !a.opaque.has(key) ? "removed" : "changed"}; not provably compatible`,
      );
    }
  }
}

export function compareDocs(b: Shape, a: Shape, emit: Emit): void {
  const changed = [...new Set([...b.docs.keys(), ...a.docs.keys()])].filter(
    (k) => sortedList(b.docs.get(k)) !== sortedList(a.docs.get(k)),
  );
  if (changed.length) emit("docs-only", `${changed.sort().join(", ")} changed`);
}
