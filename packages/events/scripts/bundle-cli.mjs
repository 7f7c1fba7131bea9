// Builds the CLI (`dist/cli/main.js`) with the private schema toolkit (and refa, which the toolkit uses)
// inside it: the published package keeps zero runtime dependencies, and users never need the toolkit,
// which is not published. The CLI's imports of the package's own modules (`../parse.js` and so on) stay
// imports of the files tsc emits beside it, so the validators are not shipped twice. The `diff` command
// is its own chunk, loaded only when it runs: refa is most of the bytes, and `validate` does not need it.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const cliDir = resolve(packageDir, "src/cli");

/** Relative imports that leave src/cli name the library's own modules: keep them as they are written. */
const libraryExternal = {
  name: "library-external",
  setup(builder) {
    builder.onResolve({ filter: /^\.\.?\// }, (args) => {
      const target = resolve(args.resolveDir, args.path);
      if (args.resolveDir.startsWith(cliDir) && relative(cliDir, target).startsWith("..")) {
        return { path: args.path, external: true };
      }
      return undefined;
    });
  },
};

// Chunk names carry a hash: an earlier build's chunks would otherwise be packed as well.
rmSync(resolve(packageDir, "dist/cli"), { recursive: true, force: true });

await build({
  entryPoints: [resolve(cliDir, "main.ts")],
  outdir: resolve(packageDir, "dist/cli"),
  // Chunks beside main.js: the commands find the package's files relative to their own module.
  chunkNames: "[name]-[hash]",
  splitting: true,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  plugins: [libraryExternal],
  legalComments: "inline",
  minify: true,
  logLevel: "warning",
});

// refa (with the regexpp parser it carries inside its own bundle) is MIT-licensed: its notices go along.
const fromToolkit = createRequire(
  createRequire(import.meta.url).resolve("@dialogporten-events/schema-toolkit"),
);
const refaDir = dirname(fromToolkit.resolve("refa/package.json"));
const fromRefa = createRequire(resolve(refaDir, "package.json"));
const notices = [
  ["refa", resolve(refaDir, "LICENSE")],
  [
    "@eslint-community/regexpp",
    resolve(dirname(fromRefa.resolve("@eslint-community/regexpp/package.json")), "LICENSE"),
  ],
].map(([name, file]) => `## ${name}\n\n${readFileSync(file, "utf8").trim()}\n`);
writeFileSync(
  resolve(packageDir, "dist/cli/THIRD-PARTY-NOTICES.md"),
  `# Third-party code bundled into the dialogporten-events CLI\n\n${notices.join("\n")}`,
);
