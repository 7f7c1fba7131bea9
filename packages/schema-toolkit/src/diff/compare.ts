import { pointerSegment } from "./canonical.js";
import {
  compareBounds,
  compareDependencies,
  compareDocs,
  compareFormats,
  compareOpaque,
  comparePatterns,
  compareTypes,
  compareValues,
  type Emit,
} from "./keywords.js";
import { ruleById } from "./rules.js";
import { emptyShape, type Shape, shapeKey } from "./shape.js";
import type { RawChange } from "./types.js";

export interface Site {
  key: string;
  file: string;
  /** The entry's own file as it appears in `definedAt`, which is then left out of messages. */
  ownFile: string;
}

/** Compares one mode's variant of one schema, node by node, appending what changed to `out`. */
export function compareShapes(before: Shape, after: Shape, site: Site, out: RawChange[], pointer = ""): void {
  const emitAt =
    (at: string, node: Shape): Emit =>
    (rule, detail, direction) => {
      const definedAt = node.definedAt.startsWith(`${site.ownFile}#`) ? undefined : node.definedAt;
      out.push({
        rule,
        key: site.key,
        file: site.file,
        pointer: at,
        direction: direction ?? ruleById(rule).direction,
        detail,
        ...(definedAt ? { definedAt } : {}),
      });
    };
  const emit = emitAt(pointer, after);
  compareTypes(before, after, emit);
  compareValues(before, after, emit);
  comparePatterns(before, after, emit);
  compareFormats(before, after, emit);
  compareBounds(before, after, emit);
  compareDependencies(before, after, emit);
  compareOpaque(before, after, emit);
  compareDocs(before, after, emit);
  compareProperties(before, after, site, out, pointer, emitAt);
  compareAdditional(before, after, site, out, pointer, emit);
  for (const key of new Set([...before.subschemas.keys(), ...after.subschemas.keys()])) {
    const at = `${pointer}/${key}`;
    compareShapes(
      before.subschemas.get(key) ?? emptyShape(at),
      after.subschemas.get(key) ?? emptyShape(at),
      site,
      out,
      at,
    );
  }
}

function compareProperties(
  before: Shape,
  after: Shape,
  site: Site,
  out: RawChange[],
  pointer: string,
  emitAt: (at: string, node: Shape) => Emit,
): void {
  const at = (name: string) => `${pointer}/properties/${pointerSegment(name)}`;
  let removed = [...before.properties.keys()].filter((n) => !after.properties.has(n));
  let added = [...after.properties.keys()].filter((n) => !before.properties.has(n));
  const renamed = new Set<string>();
  for (const name of removed) {
    const shape = shapeKey(before.properties.get(name) as Shape);
    const twin = added.find(
      (n) =>
        shapeKey(after.properties.get(n) as Shape) === shape &&
        before.required.has(name) === after.required.has(n),
    );
    if (twin === undefined) continue;
    emitAt(at(name), after)("property-renamed", `property "${name}" renamed to "${twin}"`);
    renamed.add(name).add(twin);
  }
  removed = removed.filter((n) => !renamed.has(n));
  added = added.filter((n) => !renamed.has(n));
  for (const name of removed) {
    // Where other properties pass unchecked, dropping a definition accepts more; where they are rejected, less.
    const direction = after.additional === undefined ? "widened" : "narrowed";
    emitAt(at(name), after)("property-removed", `property "${name}" removed`, direction);
  }
  for (const name of added) {
    const rule = after.required.has(name) ? "required-property-added" : "optional-property-added";
    emitAt(at(name), after)(
      rule,
      `property "${name}" added${after.required.has(name) ? " as required" : ""}`,
    );
  }
  for (const [name, shape] of after.properties) {
    const previous = before.properties.get(name);
    if (previous) compareShapes(previous, shape, site, out, at(name));
  }
  // `properties` and `required` belong to the object, so that is where these changes are defined.
  const skip = new Set([...renamed, ...removed, ...added]);
  for (const name of after.required) {
    if (!before.required.has(name) && !skip.has(name))
      emitAt(at(name), after)("property-required", `property "${name}" is now required`);
  }
  for (const name of before.required) {
    if (!after.required.has(name) && !skip.has(name))
      emitAt(at(name), after)("property-optional", `property "${name}" is no longer required`);
  }
}

function compareAdditional(
  before: Shape,
  after: Shape,
  site: Site,
  out: RawChange[],
  pointer: string,
  emit: Emit,
): void {
  const at = `${pointer}/additionalProperties`;
  if (before.additional === after.additional) return; // both false, or both unconstrained
  if (after.additional === false)
    emit("additional-properties-restricted", "properties not listed are now rejected");
  else if (before.additional === false) emit("constraint-widened", "properties not listed are now accepted");
  else compareShapes(before.additional ?? emptyShape(at), after.additional ?? emptyShape(at), site, out, at);
}
