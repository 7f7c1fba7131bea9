// Writes BENCHMARKS.md (figures, machine, how to reproduce, targets met or not) and bench/results.json.

import { writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { benchDir, repoRoot } from "./paths.js";
import { type BenchResult, fmt, type Section } from "./results.js";

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  v8: string;
  platform: string;
  loadAverageAtStart: number[];
}

export function machine(): Machine {
  const cs = cpus();
  return {
    cpu: cs[0]?.model.trim() ?? "unknown",
    cores: cs.length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    v8: process.versions.v8,
    platform: `${process.platform} ${process.arch}`,
    loadAverageAtStart: loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

function table(t: Section["tables"][number]): string {
  const lines = [`| ${t.headers.join(" | ")} |`, `| ${t.headers.map(() => "---").join(" | ")} |`];
  for (const row of t.rows) lines.push(`| ${row.map((c) => c.replaceAll("|", "\\|")).join(" | ")} |`);
  return `${t.caption ? `${t.caption}\n\n` : ""}${lines.join("\n")}`;
}

export function writeReport(sections: Section[], m: Machine, started: Date, totalSec: number): void {
  const targets = sections.flatMap((s) => s.targets);
  const out: string[] = [
    "# Benchmarks",
    "",
    "Written by `pnpm bench` (bench/src/main.ts); do not edit by hand. Machine-readable figures: " +
      "[bench/results.json](bench/results.json). Benchmarks, not timed tests: nothing here fails a build.",
    "",
    "## Reproduce",
    "",
    "```sh",
    "pnpm install",
    "pnpm bench            # builds dialogporten-events and the consumer, then runs everything (a few minutes)",
    "BENCH_QUICK=1 pnpm bench              # shorter slices and runs, for a smoke test",
    "BENCH_ONLY=validation,size pnpm bench # a subset: validation, startup, size, codegen, consumer, backlog, turbo",
    "BENCH_BASELINE=main pnpm bench        # also the package as it was at a git revision, in the same rounds",
    "```",
    "",
    "Run it on a quiet machine: every comparison is side by side in the same run, so ratios hold up better " +
      "than absolute figures under load, but both move.",
    "",
    "## Machine",
    "",
    `- CPU: ${m.cpu}, ${m.cores} cores`,
    `- Memory: ${m.memoryGiB} GiB`,
    `- Node ${m.node} (V8 ${m.v8}), ${m.platform}`,
    `- Load average at start: ${m.loadAverageAtStart.join(", ")}`,
    `- Date: ${started.toISOString()}; the whole run took ${totalSec.toFixed(0)} s`,
    "",
    "## Targets",
    "",
    "| target | measured | |",
    "| --- | --- | --- |",
    ...targets.map((t) => `| ${t.description} | ${t.measured} | ${fmt.met(t.met)} |`),
    "",
  ];
  for (const s of sections) {
    out.push(`## ${s.title}`, "");
    if (s.skipped) {
      out.push(`Skipped: ${s.skipped}`, "");
      continue;
    }
    for (const p of s.intro) out.push(p, "");
    for (const t of s.tables) out.push(table(t), "");
    for (const n of s.notes) out.push(n, "");
  }
  writeFileSync(join(repoRoot, "BENCHMARKS.md"), `${out.join("\n").trimEnd()}\n`);

  const results: (BenchResult & { skipped?: string })[] = sections.flatMap((s) =>
    s.skipped ? [{ name: s.title, group: s.group, figures: {}, ratios: {}, skipped: s.skipped }] : s.results,
  );
  const rounded = results.map((r) => ({
    ...r,
    ratios: Object.fromEntries(Object.entries(r.ratios).map(([k, v]) => [k, Math.round(v * 1000) / 1000])),
  }));
  writeFileSync(join(benchDir, "results.json"), `${JSON.stringify(rounded, null, 2)}\n`);
}
