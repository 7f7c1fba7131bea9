import {
  fromDirectory,
  isShippedForm,
  loadSchemaSource,
  type SchemaSource,
} from "@dialogporten-events/schema-toolkit";
import { UsageError } from "./schema-commands.js";

function checkShipped(source: SchemaSource): SchemaSource {
  if (!isShippedForm(source.documents)) {
    throw new UsageError(
      `${source.label}: no strict/ and tolerant/ schemas; give a dialogporten-events tarball, package folder or npm:<spec>`,
    );
  }
  return source;
}

/** A package folder's shipped schemas (`strict/`, `tolerant/`, shared documents at the top). */
export async function fromPackageFolder(dir: string, label: string): Promise<SchemaSource> {
  return checkShipped(await fromDirectory(dir, label));
}

/** A base to compare with: a package tarball (`.tgz`), a package or schemas folder, or `npm:<spec>`. */
export async function loadShipped(spec: string): Promise<SchemaSource> {
  const source = await loadSchemaSource(spec, process.cwd());
  if (!source) throw new UsageError(`base "${spec}" is neither a file, a folder nor npm:<spec>`);
  return checkShipped(source);
}
