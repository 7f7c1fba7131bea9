// Time from process start to the first validated event: fresh Node processes, interleaved, N times each.
// Two figures per run: the wall time the parent sees (spawn to exit) and, inside the child, performance.now()
// at the first validated event (milliseconds since the process's time origin).

import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { summarize } from "./harness.js";
import { benchDir, eventsDir, repoRoot } from "./paths.js";
import { type BenchResult, fmt, type Section } from "./results.js";

interface Probe {
  name: string;
  script: string;
  args: string[];
}

export function runStartup(runs: number): Section {
  const event = join(
    repoRoot,
    "schemas/fixtures/dialogporten.dialog.activity.closed.v1/valid/canonical.json",
  );
  const probes: Probe[] = [
    { name: "bare node process", script: "empty.mjs", args: [] },
    { name: "dialogporten-events: import + first parseEvent", script: "ours.mjs", args: [event] },
    {
      name: "Ajv + full formats: compile all 24 schemas + first validate",
      script: "ajv.mjs",
      args: [event, join(eventsDir, "schemas/tolerant")],
    },
  ];
  const wall = probes.map(() => [] as number[]);
  const inside = probes.map(() => [] as number[]);
  for (let r = 0; r < runs; r++) {
    probes.forEach((probe, i) => {
      const t0 = process.hrtime.bigint();
      const out = spawnSync(process.execPath, [join(benchDir, "src/startup", probe.script), ...probe.args], {
        cwd: benchDir,
        encoding: "utf8",
      });
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (out.status !== 0) throw new Error(`${probe.script} failed: ${out.stderr}`);
      const parsed = JSON.parse(out.stdout) as { firstEventMs: number; ok: boolean };
      if (!parsed.ok) throw new Error(`${probe.script}: the first event did not validate`);
      (wall[i] as number[]).push(ms);
      (inside[i] as number[]).push(parsed.firstEventMs);
    });
  }
  const stats = probes.map((p, i) => ({
    name: p.name,
    wall: summarize(wall[i] as number[]),
    inside: summarize(inside[i] as number[]),
  }));
  const [bare, ours, ajv] = stats as [(typeof stats)[0], (typeof stats)[0], (typeof stats)[0]];
  const results: BenchResult[] = stats.map((s) => ({
    name: s.name,
    group: "startup",
    figures: {
      wallMsMedian: round(s.wall.median),
      wallMsMin: round(s.wall.min),
      wallMsMax: round(s.wall.max),
      firstEventMsMedian: round(s.inside.median),
      overBareProcessMs: round(s.inside.median - bare.inside.median),
      runs,
    },
    ratios: {
      wallVsOurs: s.wall.median / ours.wall.median,
      firstEventVsOurs: s.inside.median / ours.inside.median,
    },
  }));
  return {
    group: "startup",
    title: "Start-up: process start to the first validated event",
    intro: [
      `${runs} fresh \`node\` processes per probe, interleaved. "First event" is \`performance.now()\` in the child ` +
        "right after the first event validated (ms since the process's time origin); wall is spawn to exit as the " +
        "parent sees it. The Ajv probe compiles the 24 tolerant schemas (23 Dialogporten types + subscription " +
        "validation) at start, as a hand-written consumer would.",
    ],
    tables: [
      {
        headers: [
          "probe",
          "first event (median)",
          "over a bare process",
          "wall (median)",
          "wall min – max",
          "ratio vs ours",
        ],
        rows: stats.map((s) => [
          s.name,
          fmt.ms(s.inside.median),
          fmt.ms(s.inside.median - bare.inside.median),
          fmt.ms(s.wall.median),
          `${fmt.ms(s.wall.min)} – ${fmt.ms(s.wall.max)}`,
          fmt.x(s.inside.median / ours.inside.median),
        ]),
      },
    ],
    notes: [
      `Ajv's start-up costs ${fmt.ms(ajv.inside.median - bare.inside.median)} over a bare process, ours ` +
        `${fmt.ms(ours.inside.median - bare.inside.median)}.`,
    ],
    results,
    targets: [],
  };
}

const round = (n: number) => Math.round(n * 10) / 10;
