// The public API report: every entry point of the built package (`exports` in package.json) with each
// export's declaration as its `.d.ts` states it, comments dropped, plus the declarations those refer to
// that no entry point exports (they are part of the API all the same). In the spirit of api-extractor's
// `.api.md`, with TypeScript's compiler API: any change to the public surface is a visible diff.

import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript-api";

export const packageDir = new URL("..", import.meta.url).pathname;
export const reportPath = join(packageDir, "api/dialogporten-events.api.md");
export const updateCommand = "pnpm --filter dialogporten-events api:update";

interface EntryPoint {
  /** What a user imports: `dialogporten-events/validators/strict/<type>`. */
  specifier: string;
  file: string;
}

type ExportTarget = string | { types?: string; default?: string };

/** The entry points `exports` declares, with each `*` pattern expanded over the files it matches. */
function entryPoints(): { code: EntryPoint[]; files: string[] } {
  const pkg = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as {
    name: string;
    exports: Record<string, ExportTarget>;
  };
  const code: EntryPoint[] = [];
  const files: string[] = [];
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    const types = typeof target === "string" ? undefined : target.types;
    const pattern = typeof target === "string" ? target : (target.types ?? target.default ?? "");
    const specifier = subpath === "." ? pkg.name : `${pkg.name}/${subpath.slice(2)}`;
    if (!subpath.includes("*")) {
      if (types) code.push({ specifier, file: join(packageDir, types) });
      else files.push(specifier);
      continue;
    }
    const [before, after] = pattern.split("*") as [string, string];
    const dir = join(packageDir, before.slice(0, before.lastIndexOf("/")));
    const prefix = before.slice(before.lastIndexOf("/") + 1);
    const walk = (sub: string): string[] =>
      readdirSync(join(dir, sub), { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? walk(join(sub, e.name)) : [join(sub, e.name)],
      );
    for (const name of walk("").sort()) {
      if (!name.startsWith(prefix) || !name.endsWith(after)) continue;
      const stem = name.slice(prefix.length, name.length - after.length);
      const entry = specifier.replace("*", stem);
      if (types) code.push({ specifier: entry, file: join(dir, name) });
      else files.push(entry);
    }
  }
  return { code, files };
}

const printer = ts.createPrinter({ removeComments: true, newLine: ts.NewLineKind.LineFeed });

function declarationText(declaration: ts.Declaration): string {
  const node =
    ts.isVariableDeclaration(declaration) && ts.isVariableStatement(declaration.parent.parent)
      ? declaration.parent.parent
      : declaration;
  return printer
    .printNode(ts.EmitHint.Unspecified, node, declaration.getSourceFile())
    .replace(/^export (default )?/, "")
    .replace(/^declare /, "");
}

const nameOf = (declaration: ts.Declaration): string | undefined => {
  const name = (declaration as { name?: ts.Node }).name;
  return name && ts.isIdentifier(name) ? name.text : undefined;
};

/** Writes the report for the built package in `dist/`. */
export function apiReport(): string {
  const { code, files } = entryPoints();
  const program = ts.createProgram(
    code.map((e) => e.file),
    {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: [],
    },
  );
  const checker = program.getTypeChecker();
  const resolve = (symbol: ts.Symbol) =>
    symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const inPackage = (declaration: ts.Declaration) =>
    declaration.getSourceFile().fileName.startsWith(join(packageDir, "dist"));

  const exported = new Set<ts.Symbol>();
  const sections: string[] = [];
  for (const entry of code) {
    const source = program.getSourceFile(entry.file);
    const module = source && checker.getSymbolAtLocation(source);
    if (!module) throw new Error(`${entry.file}: not a module`);
    const lines: string[] = [];
    for (const symbol of checker.getExportsOfModule(module).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const target = resolve(symbol);
      exported.add(target);
      for (const declaration of target.declarations ?? []) {
        const renamed = nameOf(declaration) !== symbol.name ? ` // exported as ${symbol.name}` : "";
        lines.push(`${declarationText(declaration)}${renamed}`);
      }
    }
    sections.push(`## \`${entry.specifier}\`\n\n\`\`\`ts\n${lines.join("\n")}\n\`\`\`\n`);
  }

  // What the exported declarations refer to but no entry point exports, followed to the end.
  const referenced = new Map<ts.Symbol, ts.Declaration[]>();
  const pending = [...exported];
  const visit = (node: ts.Node): void => {
    const name = ts.isTypeReferenceNode(node)
      ? node.typeName
      : ts.isExpressionWithTypeArguments(node)
        ? node.expression
        : ts.isTypeQueryNode(node)
          ? node.exprName
          : undefined;
    const symbol = name && checker.getSymbolAtLocation(name);
    if (symbol && !(symbol.flags & ts.SymbolFlags.TypeParameter)) {
      const target = resolve(symbol);
      const declarations = (target.declarations ?? []).filter(inPackage);
      if (declarations.length > 0 && !exported.has(target) && !referenced.has(target)) {
        referenced.set(target, declarations);
        pending.push(target);
      }
    }
    ts.forEachChild(node, visit);
  };
  for (let symbol = pending.shift(); symbol; symbol = pending.shift())
    for (const declaration of symbol.declarations ?? []) if (inPackage(declaration)) visit(declaration);
  const internal = [...referenced.entries()]
    .map(([symbol, declarations]) => ({
      name: symbol.name,
      text: declarations
        .map(
          (d) =>
            `// ${relative(packageDir, d.getSourceFile().fileName).replace(/\.d\.ts$/, "")}\n${declarationText(d)}`,
        )
        .join("\n"),
    }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));

  return [
    "# API report: dialogporten-events",
    "",
    `> Written by \`test/api-report.test.ts\` from the built \`.d.ts\` files; do not edit. Refresh: \`${updateCommand}\`.`,
    "> Every entry point of `exports` with each export's declaration; then what those refer to that no entry",
    "> point exports.",
    "",
    ...sections,
    "## Not exported, but referenced by the exports",
    "",
    `\`\`\`ts\n${internal.map((i) => i.text).join("\n")}\n\`\`\``,
    "",
    "## Data files",
    "",
    ...files.map((f) => `- \`${f}\``),
    "",
  ].join("\n");
}
