import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import ts from "typescript-api";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./helpers.js";

// Every ```ts block of the READMEs, type-checked as a module beside its README, so an example cannot drift
// from the API. `dialogporten-events` resolves to the built package (as a user's project sees it); an app
// README's own package resolves to the app's source, which needs no build.
const READMES = [
  "README.md",
  "packages/events/README.md",
  "apps/consumer/README.md",
  "apps/producer/README.md",
];
const APP_SOURCES: Record<string, string[]> = {
  "@dialogporten-events/consumer": [join(repoRoot, "apps/consumer/src/index.ts")],
  "@dialogporten-events/producer": [join(repoRoot, "apps/producer/src/index.ts")],
};

interface Example {
  readme: string;
  line: number;
  file: string;
  code: string;
}

function examples(): Example[] {
  const out: Example[] = [];
  for (const readme of READMES) {
    const text = readFileSync(join(repoRoot, readme), "utf8");
    for (const match of text.matchAll(/^```ts\n([\s\S]*?)^```$/gm)) {
      const line = text.slice(0, match.index).split("\n").length + 1;
      const file = join(repoRoot, dirname(readme), `README.example-${line}.mts`);
      // `export {}` keeps a block without imports a module, so blocks never share a scope.
      out.push({ readme, line, file, code: `${match[1]}\nexport {};\n` });
    }
  }
  return out;
}

const all = examples();

function typeCheck(): Map<string, string[]> {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es2023.d.ts"],
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noUncheckedIndexedAccess: true,
    skipLibCheck: true,
    noEmit: true,
    types: ["node"],
    paths: Object.fromEntries(Object.entries(APP_SOURCES).filter(([, [path]]) => existsSync(String(path)))),
  };
  const host = ts.createCompilerHost(options);
  const virtual = new Map(all.map((e) => [e.file, e.code]));
  const { fileExists, readFile, getSourceFile } = host;
  host.fileExists = (name) => virtual.has(name) || fileExists.call(host, name);
  host.readFile = (name) => virtual.get(name) ?? readFile.call(host, name);
  host.getSourceFile = (name, language, onError, create) => {
    const code = virtual.get(name);
    return code === undefined
      ? getSourceFile.call(host, name, language, onError, create)
      : ts.createSourceFile(name, code, language, true);
  };
  host.getCurrentDirectory = () => join(repoRoot, "packages/events");
  const program = ts.createProgram([...virtual.keys()], options, host);
  const byFile = new Map<string, string[]>();
  for (const e of all) {
    const source = program.getSourceFile(e.file) as ts.SourceFile;
    const diagnostics = [
      ...program.getSyntacticDiagnostics(source),
      ...program.getSemanticDiagnostics(source),
    ];
    byFile.set(
      e.file,
      diagnostics.map((d) => {
        const { line } = d.file ? d.file.getLineAndCharacterOfPosition(d.start ?? 0) : { line: -1 };
        return `${e.readme}:${e.line + line}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
      }),
    );
  }
  return byFile;
}

describe("README examples", () => {
  it("finds the examples", () => {
    expect(all.filter((e) => e.readme === "README.md").length).toBeGreaterThanOrEqual(2);
    expect(all.filter((e) => e.readme === "packages/events/README.md").length).toBeGreaterThanOrEqual(3);
  });

  const results = all.length > 0 ? typeCheck() : new Map<string, string[]>();
  it.each(all.map((e) => [`${e.readme}:${e.line}`, e] as const))("%s type-checks", (_name, e) => {
    expect(results.get(e.file)).toEqual([]);
  });
});
