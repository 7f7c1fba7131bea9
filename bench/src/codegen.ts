// Codegen: `generate()` on the real schemas, and on synthetic schema folders of 100/250/500 types (copies of
// an activity schema and its fixtures under new type names), to show that time grows linearly.

import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generate } from "@dialogporten-events/codegen";
import { summarize } from "./harness.js";
import { eventsDir, repoRoot } from "./paths.js";
import { type BenchResult, check, fmt, type Section } from "./results.js";

const TEMPLATE = "dialogporten.dialog.activity.closed.v1";

function syntheticDir(count: number): string {
  const schemas = join(repoRoot, "schemas");
  const dir = mkdtempSync(join(tmpdir(), `dp-bench-codegen-${count}-`));
  cpSync(join(schemas, "_defs"), join(dir, "_defs"), { recursive: true });
  const schemaText = readFileSync(join(schemas, `${TEMPLATE}.schema.json`), "utf8");
  const fixtures: { folder: string; name: string; text: string }[] = [];
  for (const folder of ["valid", "invalid"]) {
    const from = join(schemas, "fixtures", TEMPLATE, folder);
    for (const name of readdirSync(from))
      fixtures.push({ folder, name, text: readFileSync(join(from, name), "utf8") });
  }
  for (let i = 0; i < count; i++) {
    const type = `dialogporten.dialog.activity.synthetic-${String(i).padStart(4, "0")}.v1`;
    writeFileSync(join(dir, `${type}.schema.json`), schemaText.replaceAll(TEMPLATE, type));
    for (const f of fixtures) {
      const to = join(dir, "fixtures", type, f.folder);
      mkdirSync(to, { recursive: true });
      writeFileSync(join(to, f.name), f.text.replaceAll(TEMPLATE, type));
    }
  }
  return dir;
}

async function time(
  schemasDir: string,
  runs: number,
): Promise<{ median: number; first: number; files: number }> {
  const times: number[] = [];
  let files = 0;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    files = (await generate({ schemasDir, eventsPackageDir: eventsDir })).length;
    times.push(performance.now() - t0);
  }
  return { median: summarize(times.slice(runs > 1 ? 1 : 0)).median, first: times[0] as number, files };
}

export async function runCodegen(sizes: number[]): Promise<Section> {
  const real = await time(join(repoRoot, "schemas"), 4);
  const realCount = readdirSync(join(repoRoot, "schemas")).filter((f) => f.endsWith(".schema.json")).length;
  const synthetic: { count: number; ms: number; files: number }[] = [];
  for (const count of sizes) {
    const dir = syntheticDir(count);
    try {
      const t = await time(dir, 1);
      synthetic.push({ count, ms: t.first, files: t.files });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const perSchema = synthetic.map((s) => s.ms / s.count);
  const smallest = perSchema[0] as number;
  const largest = perSchema[perSchema.length - 1] as number;
  const growth = largest / smallest;
  const linear = check(growth, "<=", 1.5);

  const results: BenchResult[] = [
    {
      name: `generate() on the real schemas (${realCount})`,
      group: "codegen",
      figures: {
        schemas: realCount,
        files: real.files,
        msMedianWarm: round(real.median),
        msFirst: round(real.first),
      },
      ratios: {},
    },
    ...synthetic.map(
      (s, i): BenchResult => ({
        name: `generate() on ${s.count} synthetic schemas`,
        group: "codegen",
        figures: {
          schemas: s.count,
          files: s.files,
          ms: round(s.ms),
          msPerSchema: round(perSchema[i] as number),
        },
        ratios: { msPerSchemaVsSmallest: (perSchema[i] as number) / smallest },
      }),
    ),
  ];
  const last = results[results.length - 1] as BenchResult;
  last.target = {
    description: "linear growth: ms per schema at the largest size ≤ 1.5x that at the smallest",
    metric: "ratios.msPerSchemaVsSmallest",
    op: "<=",
    value: 1.5,
  };
  last.met = linear;
  return {
    group: "codegen",
    title: "Codegen",
    intro: [
      "`generate({ schemasDir, eventsPackageDir })` in this process (load, lint with Ajv, emit types with " +
        "json-schema-to-typescript, emit standalone validators for both modes, shipped schemas, index). It writes " +
        "nothing. The real run is timed 4 times: the first (cold) and the median of the 3 warm ones. Synthetic " +
        `folders: \`_defs\` plus N copies of \`${TEMPLATE}\` and its fixtures under new type names, one cold-ish ` +
        "run each (after the real runs warmed the code up).",
    ],
    tables: [
      {
        headers: ["schemas", "files emitted", "time", "ms per schema", "per-schema vs smallest"],
        rows: [
          [
            `${realCount} (real, first run)`,
            String(real.files),
            fmt.ms(real.first),
            (real.first / realCount).toFixed(1),
            "—",
          ],
          [
            `${realCount} (real, warm median)`,
            String(real.files),
            fmt.ms(real.median),
            (real.median / realCount).toFixed(1),
            "—",
          ],
          ...synthetic.map((s, i) => [
            `${s.count} (synthetic)`,
            String(s.files),
            fmt.ms(s.ms),
            (perSchema[i] as number).toFixed(1),
            fmt.x((perSchema[i] as number) / smallest),
          ]),
        ],
      },
    ],
    notes: [],
    results,
    targets: [
      {
        description: `Codegen grows linearly (${sizes.join("/")} synthetic schemas: ms per schema at ${sizes[sizes.length - 1]} ≤ 1.5x at ${sizes[0]})`,
        measured: `${largest.toFixed(1)} vs ${smallest.toFixed(1)} ms per schema (${fmt.x(growth)})`,
        met: linear,
      },
    ],
  };
}

const round = (n: number) => Math.round(n * 10) / 10;
