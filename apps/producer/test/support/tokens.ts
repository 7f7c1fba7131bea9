import { ALL_SCOPES } from "../../src/auth/scopes.js";
import { TokenIssuer } from "../../src/auth/tokens.js";

/** A token signed with the key in `dataDir` (a producer's), by default with every scope. */
export async function mintToken(
  dataDir: string,
  scopes: readonly string[] = ALL_SCOPES,
  org = "digdir",
  ttlSeconds?: number,
): Promise<string> {
  const tokens = await TokenIssuer.open(dataDir);
  return tokens.mint({ scopes, org, ...(ttlSeconds === undefined ? {} : { ttlSeconds }) });
}

/** `Authorization` header with such a token. */
export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
