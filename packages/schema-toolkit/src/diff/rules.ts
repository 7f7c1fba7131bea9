import type { Direction, Severity } from "./types.js";

export interface Rule {
  id: string;
  summary: string;
  /** The usual effect on the validator of the mode the change is seen in; a check may refine it. */
  direction: Direction;
  /** The effect on TypeScript users, who get types generated from the tolerant variant. */
  typescript: Severity;
}

const rule = (id: string, direction: Direction, typescript: Severity, summary: string): Rule => ({
  id,
  summary,
  direction,
  typescript,
});

/**
 * Every kind of change the diff reports. A narrowed validator rejects events it used to accept, which breaks
 * the audience using that mode; a widened one accepts more, which is a feature. Types are both read
 * (receivers) and built (producers), so any change to a property's TypeScript type other than an addition
 * breaks someone.
 */
export const RULES: readonly Rule[] = [
  rule("type-removed", "narrowed", "breaking", "An event type's schema was removed."),
  rule("type-added", "widened", "compatible", "A new event type's schema was added."),
  rule(
    "property-removed",
    "narrowed",
    "breaking",
    "A property was removed (narrows only where other properties are rejected).",
  ),
  rule(
    "property-renamed",
    "narrowed",
    "breaking",
    "A property was removed and one with the same schema added under another name.",
  ),
  rule("property-required", "narrowed", "breaking", "An existing property was made required."),
  rule(
    "property-optional",
    "widened",
    "breaking",
    "A required property was made optional: typed code reading it must now handle its absence.",
  ),
  rule("required-property-added", "narrowed", "breaking", "A new property was added as required."),
  rule("optional-property-added", "widened", "compatible", "A new optional property was added."),
  rule("json-type-narrowed", "narrowed", "breaking", "`type` allows fewer JSON types."),
  rule(
    "json-type-widened",
    "widened",
    "breaking",
    "`type` allows more JSON types: typed code reading the value must handle them.",
  ),
  rule(
    "enum-narrowed",
    "narrowed",
    "breaking",
    "`enum`/`const` allows fewer values, or the value became restricted.",
  ),
  rule(
    "enum-widened",
    "widened",
    "compatible",
    "`enum`/`const` allows more values (exhaustive `switch`es need a new case).",
  ),
  rule("const-changed", "narrowed", "breaking", "`const` changed to another value."),
  rule("pattern-added", "narrowed", "unaffected", "A `pattern` was added."),
  rule("pattern-changed", "narrowed", "unaffected", "A `pattern` changed and is not provably wider."),
  rule("format-added", "narrowed", "unaffected", "A `format` was added."),
  rule(
    "format-changed",
    "narrowed",
    "unaffected",
    "A `format` changed to one that is not known to be wider.",
  ),
  rule("max-length-lowered", "narrowed", "unaffected", "`maxLength` was lowered or added."),
  rule("min-length-raised", "narrowed", "unaffected", "`minLength` was raised or added."),
  rule(
    "range-narrowed",
    "narrowed",
    "unaffected",
    "`minimum`/`maximum` (or an exclusive bound) was tightened or added.",
  ),
  rule(
    "count-narrowed",
    "narrowed",
    "unaffected",
    "An item, property or `contains` count bound was tightened or added.",
  ),
  rule(
    "additional-properties-restricted",
    "narrowed",
    "unaffected",
    "Unknown properties are now rejected or constrained.",
  ),
  rule("dependent-required-added", "narrowed", "unaffected", "A `dependentRequired` condition was added."),
  rule(
    "constraint-widened",
    "widened",
    "unaffected",
    "A pattern, format, length, range, count or dependency was relaxed or removed.",
  ),
  rule(
    "keyword-changed",
    "narrowed",
    "breaking",
    "A keyword the diff cannot reason about (anyOf, oneOf, not, if, …) changed.",
  ),
  rule(
    "docs-only",
    "neutral",
    "unaffected",
    "Only title, description, examples or other annotations changed.",
  ),
];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

export function ruleById(id: string): Rule {
  const found = BY_ID.get(id);
  if (!found) throw new Error(`unknown diff rule ${id}`);
  return found;
}
