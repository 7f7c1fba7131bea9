import { readFile } from "node:fs/promises";
import { dialogportenEventTypes, SUBSCRIPTION_VALIDATION_TYPE, sourceKinds } from "../generated/index.gen.js";

const knownTypes: readonly string[] = [...dialogportenEventTypes, SUBSCRIPTION_VALIDATION_TYPE];
const schemasDir = new URL("../../schemas/", import.meta.url);

export class UsageError extends Error {}

function checkType(type: string | undefined): string {
  if (!type) throw new UsageError("name an event type (see `dialogporten-events types`)");
  if (!knownTypes.includes(type)) {
    const near = knownTypes
      .filter((t) => t.includes(type) || type.includes(t.split(".").at(-2) ?? ""))
      .slice(0, 3);
    throw new UsageError(
      `unknown event type "${type}"${near.length ? `; did you mean ${near.join(", ")}?` : ""}`,
    );
  }
  return type;
}

async function shippedSchema(type: string, mode: "strict" | "tolerant"): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(new URL(`${mode}/${type}.schema.json`, schemasDir), "utf8"));
}

/** One type per line, or with `--json` an array of `{ type, kind, source }` (`source`: which ids it carries). */
export function typesCommand(options: { json: boolean }): number {
  if (!options.json) {
    for (const type of knownTypes) console.log(type);
    return 0;
  }
  const types = [
    ...dialogportenEventTypes.map((type) => ({ type, kind: "dialogporten", source: sourceKinds[type] })),
    { type: SUBSCRIPTION_VALIDATION_TYPE, kind: "subscription-validation", source: null },
  ];
  console.log(JSON.stringify(types, null, 2));
  return 0;
}

export async function schemaCommand(type: string | undefined, mode: "strict" | "tolerant"): Promise<number> {
  console.log(JSON.stringify(await shippedSchema(checkType(type), mode), null, 2));
  return 0;
}

export async function exampleCommand(type: string | undefined): Promise<number> {
  const schema = await shippedSchema(checkType(type), "strict");
  console.log(JSON.stringify((schema.examples as unknown[])[0], null, 2));
  return 0;
}
