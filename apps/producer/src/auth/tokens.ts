// The stand-in's access tokens: JWTs it signs itself (ES256, key in the data folder) with what Altinn's
// exchanged tokens carry for an organisation: `scope` (space-separated) and `urn:altinn:org`. An end user's
// token (`pid`) is for a later issue; `TokenSubject` leaves room for it.

import { jwtVerify, SignJWT } from "jose";
import { ALGORITHM, loadSigningKey, type SigningKey } from "./keys.js";

/** The `iss` of every token; the stand-in accepts no other issuer. */
export const ISSUER = "urn:dialogporten-events:producer";
/** One hour, as Altinn's exchanged tokens (by default). */
export const DEFAULT_TTL_SECONDS = 3600;

export interface TokenRequest {
  scopes: readonly string[];
  /** The organisation code (`urn:altinn:org`), e.g. `digdir`. */
  org: string;
  ttlSeconds?: number;
}

export interface Principal {
  scopes: string[];
  org: string;
  /** Who owns what it creates: `/org/<org>`, as the real API's `consumer`. */
  consumer: string;
}

const ORG = /^[a-z0-9][a-z0-9-]{0,39}$/;

export class TokenIssuer {
  private constructor(private readonly key: SigningKey) {}

  static async open(dataDir: string): Promise<TokenIssuer> {
    return new TokenIssuer(await loadSigningKey(dataDir));
  }

  get keyFile(): string {
    return this.key.file;
  }

  async mint({ scopes, org, ttlSeconds = DEFAULT_TTL_SECONDS }: TokenRequest): Promise<string> {
    if (scopes.length === 0 || scopes.some((s) => !/^\S+$/.test(s)))
      throw new Error("a token needs one or more scopes, without spaces inside one");
    if (!ORG.test(org))
      throw new Error(`"${org}" is not an organisation code (lower-case letters, digits, -)`);
    return new SignJWT({ scope: scopes.join(" "), "urn:altinn:org": org })
      .setProtectedHeader({ alg: ALGORITHM, kid: this.key.kid, typ: "JWT" })
      .setIssuer(ISSUER)
      .setSubject(`/org/${org}`)
      .setIssuedAt()
      .setExpirationTime(`${ttlSeconds}s`)
      .sign(this.key.privateKey);
  }

  /** The token's principal; throws when it is not signed with this key, expired or lacks the claims. */
  async verify(token: string): Promise<Principal> {
    const { payload } = await jwtVerify(token, this.key.publicKey, {
      issuer: ISSUER,
      algorithms: [ALGORITHM],
      requiredClaims: ["exp", "scope"],
    });
    const org = payload["urn:altinn:org"];
    if (typeof payload.scope !== "string" || typeof org !== "string") throw new Error("claims missing");
    return { scopes: payload.scope.split(" ").filter(Boolean), org, consumer: `/org/${org}` };
  }
}
