import { adviceFor, maxBump } from "./bump.js";
import { compareShapes } from "./compare.js";
import { normalize } from "./normalize.js";
import { ruleById } from "./rules.js";
import { MODES, ownFileOf } from "./sets.js";
import type {
  Audience,
  DiffResult,
  Direction,
  Finding,
  Mode,
  RawChange,
  SchemaSets,
  Severity,
} from "./types.js";

const SEVERITY_OF: Record<Direction, Severity> = {
  narrowed: "breaking",
  widened: "compatible",
  neutral: "unaffected",
};
const SEVERITY_RANK: Severity[] = ["unaffected", "compatible", "breaking"];
const worse = (a: Severity, b: Severity): Severity =>
  SEVERITY_RANK.indexOf(a) >= SEVERITY_RANK.indexOf(b) ? a : b;

/** Which audience relies on each mode's validator. */
const AUDIENCE_OF: Record<Mode, Audience> = { strict: "producers", tolerant: "receivers" };

function diffMode(before: SchemaSets[Mode], after: SchemaSets[Mode]): RawChange[] {
  const out: RawChange[] = [];
  const keys = [...new Set([...before.entries.keys(), ...after.entries.keys()])].sort();
  for (const key of keys) {
    const b = before.entries.get(key);
    const a = after.entries.get(key);
    if (!a && b)
      out.push({
        rule: "type-removed",
        key,
        file: b.file,
        pointer: "",
        direction: "narrowed",
        detail: "schema removed",
      });
    else if (a && !b)
      out.push({
        rule: "type-added",
        key,
        file: a.file,
        pointer: "",
        direction: "widened",
        detail: "new schema",
      });
    else if (a && b) {
      const shapeB = normalize(b.root, b.base, before.resources, `${ownFileOf(b)}#`);
      const shapeA = normalize(a.root, a.base, after.resources, `${ownFileOf(a)}#`);
      compareShapes(shapeB, shapeA, { key, file: a.file, ownFile: ownFileOf(a) }, out);
    }
  }
  return out;
}

export interface DiffOptions {
  /**
   * The command that scaffolds the next version of a type (`pnpm new-version` in the repository), named
   * in the advice for breaking changes. Left out for users of the published package, who do not have it.
   */
  newVersionCommand?: string;
}

/** Compares two versions of the schemas in both modes and says who each change breaks. */
export function diffSchemaSets(before: SchemaSets, after: SchemaSets, options: DiffOptions = {}): DiffResult {
  const byPlace = new Map<string, Omit<Finding, "bump" | "advice" | "message">>();
  for (const mode of MODES) {
    for (const change of diffMode(before[mode], after[mode])) {
      const id = `${change.key}\u0000${change.pointer}\u0000${change.rule}`;
      let finding = byPlace.get(id);
      if (!finding) {
        const { key, file, pointer, rule, definedAt } = change;
        finding = {
          rule,
          key,
          file,
          pointer,
          details: {},
          audiences: { producers: "unaffected", receivers: "unaffected", typescript: "unaffected" },
        };
        if (definedAt) finding.definedAt = definedAt;
        byPlace.set(id, finding);
      }
      const previous = finding.details[mode];
      finding.details[mode] = previous ? `${previous}; ${change.detail}` : change.detail;
      const audience = AUDIENCE_OF[mode];
      finding.audiences[audience] = worse(finding.audiences[audience], SEVERITY_OF[change.direction]);
      if (mode === "tolerant")
        finding.audiences.typescript = worse(finding.audiences.typescript, ruleById(change.rule).typescript);
    }
  }
  const findings: Finding[] = [...byPlace.values()].map((f) => {
    const breaking = Object.values(f.audiences).includes("breaking");
    const bump = breaking ? "major" : f.rule === "docs-only" ? "patch" : "minor";
    const advice = adviceFor({ ...f, bump }, options.newVersionCommand);
    const detail =
      f.details.tolerant === f.details.strict || !f.details.strict || !f.details.tolerant
        ? (f.details.strict ?? f.details.tolerant)
        : `strict: ${f.details.strict}; tolerant: ${f.details.tolerant}`;
    const message = `${f.file}#${f.pointer}: ${detail} [${f.rule}]`;
    return { ...f, bump, message, ...(advice ? { advice } : {}) };
  });
  findings.sort((x, y) =>
    x.key < y.key
      ? -1
      : x.key > y.key
        ? 1
        : x.pointer < y.pointer
          ? -1
          : x.pointer > y.pointer
            ? 1
            : x.rule < y.rule
              ? -1
              : 1,
  );
  const count = (s: SchemaSets) => new Set(MODES.flatMap((m) => [...s[m].entries.keys()])).size;
  return {
    findings,
    required: maxBump(findings.map((f) => f.bump)),
    compared: { before: count(before), after: count(after) },
  };
}
