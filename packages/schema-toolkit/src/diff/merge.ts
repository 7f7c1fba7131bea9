import { canonical } from "./canonical.js";
import { MAX_BOUNDS, MIN_BOUNDS, type Shape, typeAccepts } from "./shape.js";

function appendAll(into: Map<string, string[]>, from: Map<string, string[]>): void {
  for (const [key, values] of from) into.set(key, [...(into.get(key) ?? []), ...values]);
}

/**
 * Both shapes apply to the same value (`allOf`, or a `$ref` beside other keywords), so the result accepts
 * what both accept: types and values intersect, bounds take the stricter side, the rest accumulates.
 * `a` is the node's own part; its location wins.
 */
export function mergeShapes(a: Shape, b: Shape): Shape {
  const out: Shape = {
    ...a,
    rejectsAll: a.rejectsAll || b.rejectsAll,
    fromConst: a.fromConst || b.fromConst,
    patterns: [...new Set([...a.patterns, ...b.patterns])],
    formats: [...new Set([...a.formats, ...b.formats])],
    bounds: { ...a.bounds },
    properties: new Map(a.properties),
    required: new Set([...a.required, ...b.required]),
    dependentRequired: new Map(a.dependentRequired),
    subschemas: new Map(a.subschemas),
    opaque: new Map(a.opaque),
    docs: new Map(a.docs),
  };
  if (a.types && b.types) {
    const both = [
      ...a.types.filter((t) => typeAccepts(b.types as string[], t)),
      ...b.types.filter((t) => typeAccepts(a.types as string[], t)),
    ];
    out.types = [...new Set(both)].sort();
  } else out.types = a.types ?? b.types;
  if (a.values && b.values) {
    const inB = new Set(b.values.map(canonical));
    out.values = a.values.filter((v) => inB.has(canonical(v)));
  } else out.values = a.values ?? b.values;
  for (const key of MIN_BOUNDS) {
    const values = [a.bounds[key], b.bounds[key]].filter((v): v is number => v !== undefined);
    if (values.length > 0) out.bounds[key] = Math.max(...values);
  }
  for (const key of MAX_BOUNDS) {
    const values = [a.bounds[key], b.bounds[key]].filter((v): v is number => v !== undefined);
    if (values.length > 0) out.bounds[key] = Math.min(...values);
  }
  for (const [name, shape] of b.properties) {
    const mine = out.properties.get(name);
    out.properties.set(name, mine ? mergeShapes(mine, shape) : shape);
  }
  if (a.additional === false || b.additional === false) out.additional = false;
  else if (a.additional && b.additional) out.additional = mergeShapes(a.additional, b.additional);
  else out.additional = a.additional ?? b.additional;
  for (const [name, names] of b.dependentRequired) {
    out.dependentRequired.set(name, new Set([...(out.dependentRequired.get(name) ?? []), ...names]));
  }
  for (const [key, shape] of b.subschemas) {
    const mine = out.subschemas.get(key);
    out.subschemas.set(key, mine ? mergeShapes(mine, shape) : shape);
  }
  appendAll(out.opaque, b.opaque);
  appendAll(out.docs, b.docs);
  return out;
}
