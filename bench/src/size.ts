// The published package's size (npm pack --dry-run), and what a bundler keeps (esbuild, minified, ESM) for one
// validator subpath, for `parseEvent` from the root, and for the hand-written Ajv alternative.

import { execFileSync } from "node:child_process";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { benchDir, eventsDir } from "./paths.js";
import { type BenchResult, check, fmt, type Section } from "./results.js";

interface PackInfo {
  size: number;
  unpackedSize: number;
  entryCount: number;
}

async function bundle(contents: string): Promise<{ bytes: number; gzip: number }> {
  const out = await build({
    stdin: { contents, resolveDir: benchDir, loader: "js", sourcefile: "entry.js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    target: "es2022",
    write: false,
    logLevel: "silent",
    external: ["node:*"],
  });
  const code = (out.outputFiles[0] as { contents: Uint8Array }).contents;
  return { bytes: code.byteLength, gzip: gzipSync(code).byteLength };
}

export async function runSize(): Promise<Section> {
  const pack = (
    JSON.parse(
      execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
        cwd: eventsDir,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"],
      }),
    ) as PackInfo[]
  )[0] as PackInfo;

  const one = "dialogporten.dialog.activity.closed.v1";
  const entries = [
    {
      name: "one validator subpath (validators/tolerant/<one type>)",
      contents: `import { validate } from "dialogporten-events/validators/tolerant/${one}";\nconsole.log(validate({}));`,
    },
    {
      name: "two validator subpaths (strict + tolerant, one type)",
      contents:
        `import { validate as s } from "dialogporten-events/validators/strict/${one}";\n` +
        `import { validate as t } from "dialogporten-events/validators/tolerant/${one}";\nconsole.log(s({}), t({}));`,
    },
    {
      name: "parseEvent from the root (all 23 types)",
      contents: `import { parseEvent } from "dialogporten-events";\nconsole.log(parseEvent("{}"));`,
    },
    {
      name: "Ajv 2020 + ajv-formats runtime (schemas not included)",
      contents:
        `import { Ajv2020 } from "ajv/dist/2020.js";\nimport addFormats from "ajv-formats";\n` +
        "const ajv = new Ajv2020({ allErrors: true });\naddFormats(ajv);\nconsole.log(ajv);",
    },
  ];
  const bundles: { name: string; bytes: number; gzip: number }[] = [];
  for (const e of entries) bundles.push({ name: e.name, ...(await bundle(e.contents)) });
  const [single, , root] = bundles as [(typeof bundles)[0], (typeof bundles)[0], (typeof bundles)[0]];
  const shaken = single.bytes < root.bytes / 5;

  const results: BenchResult[] = [
    {
      name: "published package (npm pack --dry-run)",
      group: "size",
      figures: { tarballBytes: pack.size, unpackedBytes: pack.unpackedSize, files: pack.entryCount },
      ratios: {},
    },
    ...bundles.map(
      (b): BenchResult => ({
        name: `bundle: ${b.name}`,
        group: "size",
        figures: { minifiedBytes: b.bytes, gzipBytes: b.gzip },
        ratios: { vsRootImport: b.bytes / root.bytes },
      }),
    ),
  ];
  const singleResult = results[1] as BenchResult;
  singleResult.target = {
    description:
      "tree-shaking works per event type: one validator subpath bundles to < 1/5 of the root import",
    metric: "ratios.vsRootImport",
    op: "<=",
    value: 0.2,
  };
  singleResult.met = check(single.bytes / root.bytes, "<=", 0.2);
  return {
    group: "size",
    title: "Size",
    intro: [
      "`npm pack --dry-run --json` in `packages/events` (what `npm publish` would upload). Bundles: esbuild, " +
        "`bundle + minify`, ESM, platform neutral, one small entry file each; gzip level 6 beside.",
    ],
    tables: [
      {
        headers: ["what", "bytes", "gzip", "ratio vs root import"],
        rows: [
          [`published tarball (${pack.entryCount} files)`, fmt.bytes(pack.size), "—", "—"],
          ["published, unpacked", fmt.bytes(pack.unpackedSize), "—", "—"],
          ...bundles.map((b) => [b.name, fmt.bytes(b.bytes), fmt.bytes(b.gzip), fmt.x(b.bytes / root.bytes)]),
        ],
      },
    ],
    notes: [],
    results,
    targets: [
      {
        description: "Tree-shaking per event type (one validator subpath ≤ 0.2x the root import's bytes)",
        measured: `${fmt.bytes(single.bytes)} vs ${fmt.bytes(root.bytes)} (${fmt.x(single.bytes / root.bytes)})`,
        met: shaken,
      },
    ],
  };
}
