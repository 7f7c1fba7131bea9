import { bumpRank } from "./bump.js";
import type { DiffOptions } from "./diff.js";
import { RULES } from "./rules.js";
import type { Audience, DiffResult, Finding } from "./types.js";

export interface ReportLabels {
  base: string;
  head: string;
}

const AUDIENCE_NAMES: Record<Audience, string> = {
  receivers: "receivers (tolerant validators)",
  producers: "producers (strict validators)",
  typescript: "TypeScript users",
};

const detailOf = (f: Finding): string =>
  f.details.strict && f.details.tolerant && f.details.strict !== f.details.tolerant
    ? `strict: ${f.details.strict}\n      tolerant: ${f.details.tolerant}`
    : ((f.details.tolerant ?? f.details.strict) as string);

function listKeys(keys: string[]): string {
  return keys.length <= 4 ? keys.join(", ") : `${keys.slice(0, 3).join(", ")} and ${keys.length - 3} more`;
}

/**
 * One block per distinct change; a change to a shared definition shows once with every schema it reaches,
 * instead of once per event type.
 */
export function renderHuman(result: DiffResult, labels: ReportLabels, options: DiffOptions = {}): string {
  const adviceLabel = options.newVersionCommand ? "fix" : "note";
  const groups = new Map<string, Finding[]>();
  for (const f of result.findings) {
    const id = [f.rule, f.pointer, f.definedAt ?? "", detailOf(f), f.bump].join("\u0000");
    groups.set(id, [...(groups.get(id) ?? []), f]);
  }
  const ordered = [...groups.values()].sort(
    (a, b) => bumpRank((b[0] as Finding).bump) - bumpRank((a[0] as Finding).bump),
  );
  const lines = [
    `Schema changes from ${labels.base} to ${labels.head}: ${result.compared.before} → ${result.compared.after} schemas, ${result.findings.length} finding(s).`,
  ];
  for (const group of ordered) {
    const f = group[0] as Finding;
    const where = f.definedAt ? `  (defined in ${f.definedAt})` : "";
    lines.push("", `${f.bump.padEnd(5)}  ${f.rule}  ${f.pointer || "/"}${where}`, `      ${detailOf(f)}`);
    lines.push(`      schemas: ${listKeys(group.map((g) => g.key))}`);
    const breaks = (Object.keys(f.audiences) as Audience[]).filter((a) => f.audiences[a] === "breaking");
    if (breaks.length) lines.push(`      breaks: ${breaks.map((a) => AUDIENCE_NAMES[a]).join(", ")}`);
    const advice = [...new Set(group.map((g) => g.advice).filter(Boolean))];
    if (advice.length === 1) lines.push(`      ${adviceLabel}: ${advice[0]}`);
    else if (advice.length > 1)
      lines.push(
        options.newVersionCommand
          ? `      fix: for each schema, leave the .vN type unchanged and add .v(N+1) beside it (${options.newVersionCommand} <type>); or release a major`
          : "      note: each schema's .vN type could have stayed unchanged with the change in a new .v(N+1) beside it; as released, it takes a major version",
      );
  }
  lines.push("", `Minimum version bump for dialogporten-events: ${result.required}`);
  return lines.join("\n");
}

export function renderJson(result: DiffResult, labels: ReportLabels): string {
  return JSON.stringify({ base: labels.base, head: labels.head, ...result }, null, 2);
}

/** The rule table as text, for `--rules`. */
export function renderRules(): string {
  return RULES.map(
    (r) => `${r.id.padEnd(34)} ${r.direction.padEnd(8)} TS ${r.typescript.padEnd(10)} ${r.summary}`,
  ).join("\n");
}
