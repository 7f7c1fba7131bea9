import { resolve } from "node:path";
import { SCOPES } from "../auth/scopes.js";
import { DEFAULT_TTL_SECONDS, TokenIssuer } from "../auth/tokens.js";
import { numberOption, type Parsed, UsageError } from "./args.js";

export const DEFAULT_ORG = "digdir";

/** The data folder whose key signs: --data-dir, else DATA_DIR, else the service's default. */
export function dataDirOption(options: Parsed["options"]): string {
  const raw = typeof options["data-dir"] === "string" ? options["data-dir"] : process.env.DATA_DIR;
  return resolve(raw || "data/producer");
}

/**
 * The token a command that calls a running producer sends: --token, else PRODUCER_TOKEN, else one minted
 * with the key in the data folder (the running service's, when it uses the same folder) carrying `scopes`.
 */
export async function tokenFor(options: Parsed["options"], scopes: string[]): Promise<string> {
  if (typeof options.token === "string") return options.token;
  if (process.env.PRODUCER_TOKEN) return process.env.PRODUCER_TOKEN;
  const tokens = await TokenIssuer.open(dataDirOption(options));
  return tokens.mint({ scopes, org: typeof options.org === "string" ? options.org : DEFAULT_ORG });
}

/**
 * `producer token --scope "<scopes>" [--org <org> | --pid <11 digits>]`: prints a token signed with the data
 * folder's key, for an organisation (default `digdir`) or, with `--pid`, an end user.
 */
export async function tokenCommand({ options }: Parsed): Promise<number> {
  if (options.pid !== undefined && options.org !== undefined)
    throw new UsageError("--pid (an end user's token) and --org (an organisation's) exclude each other");
  if (options.pid !== undefined && typeof options.pid !== "string")
    throw new UsageError("--pid needs a national identity number (11 digits)");
  if (typeof options.scope !== "string" || options.scope.trim() === "")
    throw new UsageError(
      `token needs --scope "<scopes>", e.g. --scope "${SCOPES.subscribe} ${SCOPES.publish}"`,
    );
  const tokens = await TokenIssuer.open(dataDirOption(options));
  const token = await tokens
    .mint({
      scopes: options.scope.trim().split(/\s+/),
      ...(typeof options.pid === "string"
        ? { pid: options.pid }
        : { org: typeof options.org === "string" ? options.org : DEFAULT_ORG }),
      ttlSeconds: numberOption(options, "ttl", DEFAULT_TTL_SECONDS),
    })
    .catch((error: Error) => {
      throw new UsageError(error.message);
    });
  process.stdout.write(`${token}\n`);
  return 0;
}
