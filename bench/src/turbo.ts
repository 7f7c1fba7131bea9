// A no-change `pnpm build` is a turbo cache hit: build twice at the root, read turbo's summary line.

import { spawnSync } from "node:child_process";
import { repoRoot } from "./paths.js";
import type { BenchResult, Section } from "./results.js";

function build(): { ms: number; cached: number; total: number; ok: boolean; output: string } {
  const t0 = performance.now();
  const out = spawnSync("pnpm", ["build"], {
    cwd: repoRoot,
    encoding: "utf8",
    env: { ...process.env, FORCE_COLOR: "0" },
  });
  const ms = performance.now() - t0;
  const output = `${out.stdout}\n${out.stderr}`;
  const m = /Cached:\s+(\d+) cached, (\d+) total/.exec(output);
  return { ms, cached: Number(m?.[1] ?? 0), total: Number(m?.[2] ?? -1), ok: out.status === 0, output };
}

export function runTurbo(): Section {
  const first = build();
  const second = build();
  const hit = second.ok && second.total > 0 && second.cached === second.total;
  const result: BenchResult = {
    name: "pnpm build, second run without changes",
    group: "codegen",
    figures: {
      firstMs: Math.round(first.ms),
      firstCached: first.cached,
      secondMs: Math.round(second.ms),
      secondCached: second.cached,
      tasks: second.total,
      fullCacheHit: hit,
    },
    ratios: { secondVsFirst: second.ms / first.ms },
    target: {
      description: "a no-change pnpm build is a full turbo cache hit",
      metric: "figures.fullCacheHit",
      op: "==",
      value: true,
    },
    met: hit,
  };
  return {
    group: "turbo",
    title: "Build cache",
    intro: [
      "`pnpm build` (turbo run build) twice at the root, nothing changed in between; turbo's `Cached:` line read.",
    ],
    tables: [
      {
        headers: ["run", "time", "cached / total", "exit"],
        rows: [
          [
            "first",
            `${Math.round(first.ms)} ms`,
            `${first.cached} / ${first.total}`,
            first.ok ? "0" : "failed",
          ],
          [
            "second",
            `${Math.round(second.ms)} ms`,
            `${second.cached} / ${second.total}`,
            second.ok ? "0" : "failed",
          ],
        ],
      },
    ],
    notes: second.ok ? [] : [`The second build failed:\n\n\`\`\`\n${second.output.slice(-2000)}\n\`\`\``],
    results: [result],
    targets: [
      {
        description: "A no-change `pnpm build` is a turbo cache hit",
        measured: `${second.cached} / ${second.total} cached, ${Math.round(second.ms)} ms`,
        met: hit,
      },
    ],
  };
}
