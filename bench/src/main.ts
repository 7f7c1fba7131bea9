// `pnpm bench`: runs every benchmark in turn, then writes BENCHMARKS.md and bench/results.json.
// BENCH_QUICK=1 shortens everything (smoke test); BENCH_ONLY=validation,size runs a subset (names: validation,
// startup, size, codegen, consumer, backlog, turbo); BENCH_BASELINE=<git revision> also measures the package
// as it was at that revision, in the same validation rounds.

import { runBacklog } from "./backlog.js";
import { loadBaseline } from "./baseline.js";
import { runCodegen } from "./codegen.js";
import { runConsumer } from "./consumer.js";
import { buildCorpus } from "./corpus.js";
import { machine, writeReport } from "./report.js";
import type { Section } from "./results.js";
import { runSize } from "./size.js";
import { runStartup } from "./startup.js";
import { runTurbo } from "./turbo.js";
import { runValidation } from "./validation.js";

const quick = process.env.BENCH_QUICK === "1";
const only = process.env.BENCH_ONLY?.split(",").map((s) => s.trim());
const want = (name: string) => only === undefined || only.includes(name);

const started = new Date();
const m = machine();
const t0 = performance.now();
const sections: Section[] = [];
const log = (message: string) =>
  process.stderr.write(`[bench ${((performance.now() - t0) / 1000).toFixed(0)}s] ${message}\n`);

if (want("validation")) {
  log("validation");
  const corpus = buildCorpus({ size: 2000 });
  const revision = process.env.BENCH_BASELINE;
  const baseline = revision ? await loadBaseline(revision) : undefined;
  if (baseline) log(`validation: beside dialogporten-events at ${baseline.label}`);
  try {
    sections.push(
      runValidation(
        corpus,
        quick ? { rounds: 5, sliceMs: 50, warmupMs: 200 } : { rounds: 15, sliceMs: 100, warmupMs: 500 },
        baseline,
      ),
    );
  } finally {
    baseline?.dispose();
  }
}
if (want("startup")) {
  log("start-up");
  sections.push(runStartup(quick ? 3 : 10));
}
if (want("size")) {
  log("size");
  sections.push(await runSize());
}
if (want("codegen")) {
  log("codegen");
  sections.push(await runCodegen(quick ? [20, 50] : [100, 250, 500]));
}
if (want("consumer")) {
  log("consumer");
  sections.push(await runConsumer({ durationSec: quick ? 3 : 10, connections: 50 }));
}
if (want("backlog")) {
  log("backlog");
  sections.push(await runBacklog({ durationSec: quick ? 15 : 60, connections: 50 }));
}
if (want("turbo")) {
  log("turbo");
  sections.push(runTurbo());
}
writeReport(sections, m, started, (performance.now() - t0) / 1000);
log("wrote BENCHMARKS.md and bench/results.json");
for (const s of sections)
  for (const t of s.targets)
    log(`${t.met === null ? "—" : t.met ? "met" : "NOT met"}: ${t.description}: ${t.measured}`);
