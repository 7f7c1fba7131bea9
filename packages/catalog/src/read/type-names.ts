// The TypeScript name of each event type, read from the declarations `dialogporten-events` publishes:
// the exported interface whose `type` property is that type's string literal. Reading them (rather than
// re-deriving the generator's naming rule) keeps the catalog true to what a user can import.
// TypeScript 7's compiler has no stable JS API yet, so this loads the 5.9 API (as `typescript-api`).
import { fileURLToPath } from "node:url";
import ts from "typescript-api";

export function readTypeScriptNames(packageName = "dialogporten-events"): Map<string, string> {
  const options: ts.CompilerOptions = {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  };
  const from = fileURLToPath(import.meta.url);
  const resolved = ts.resolveModuleName(packageName, from, options, ts.sys).resolvedModule;
  if (!resolved) throw new Error(`cannot resolve the type declarations of ${packageName} (is it built?)`);
  const program = ts.createProgram([resolved.resolvedFileName], options);
  const checker = program.getTypeChecker();
  const entry = program.getSourceFile(resolved.resolvedFileName);
  const moduleSymbol = entry && checker.getSymbolAtLocation(entry);
  if (!moduleSymbol) throw new Error(`${resolved.resolvedFileName}: not a module`);

  const names = new Map<string, string>();
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    if (!(symbol.flags & ts.SymbolFlags.Interface)) continue;
    const typeProperty = checker.getDeclaredTypeOfSymbol(symbol).getProperty("type");
    if (!typeProperty) continue;
    const literal = checker.getTypeOfSymbol(typeProperty);
    if (literal.isStringLiteral()) names.set(literal.value, exported.getName());
  }
  return names;
}
