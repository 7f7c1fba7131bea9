// The stand-in's access tokens: JWTs it signs itself (ES256, key in the data folder) with what Altinn's
// exchanged tokens carry for an organisation: `scope` (space-separated) and `urn:altinn:org`; or, for an end
// user (ID-porten), `pid` (the national identity number) instead of the org.

import { jwtVerify, SignJWT } from "jose";
import { ALGORITHM, loadSigningKey, type SigningKey } from "./keys.js";

/** The `iss` of every token; the stand-in accepts no other issuer. */
export const ISSUER = "urn:dialogporten-events:producer";
/** One hour, as Altinn's exchanged tokens (by default). */
export const DEFAULT_TTL_SECONDS = 3600;

/** A token for an organisation (`org`) or for an end user (`pid`), never both. */
export type TokenRequest = {
  scopes: readonly string[];
  ttlSeconds?: number;
} & (
  | {
      /** The organisation code (`urn:altinn:org`), e.g. `digdir`. */
      org: string;
      pid?: undefined;
    }
  | {
      /** An end user's national identity number (11 digits), ID-porten's `pid` claim. */
      pid: string;
      org?: undefined;
    }
);

export interface Principal {
  scopes: string[];
  /** The organisation of a service owner's token; absent on an end user's. */
  org?: string;
  /** The national identity number of an end user's token; absent on an organisation's. */
  pid?: string;
  /** Who owns what it creates: `/org/<org>` (as the real API's `consumer`), or `/person/<pid>`. */
  consumer: string;
}

const ORG = /^[a-z0-9][a-z0-9-]{0,39}$/;
const PID = /^\d{11}$/;

export class TokenIssuer {
  private constructor(private readonly key: SigningKey) {}

  static async open(dataDir: string): Promise<TokenIssuer> {
    return new TokenIssuer(await loadSigningKey(dataDir));
  }

  get keyFile(): string {
    return this.key.file;
  }

  async mint(request: TokenRequest): Promise<string> {
    const { scopes, ttlSeconds = DEFAULT_TTL_SECONDS } = request;
    if (scopes.length === 0 || scopes.some((s) => !/^\S+$/.test(s)))
      throw new Error("a token needs one or more scopes, without spaces inside one");
    let claims: Record<string, string>;
    let subject: string;
    if (request.pid !== undefined) {
      if (!PID.test(request.pid))
        throw new Error(`"${request.pid}" is not a national identity number (11 digits)`);
      claims = { pid: request.pid };
      subject = `/person/${request.pid}`;
    } else {
      if (!ORG.test(request.org))
        throw new Error(`"${request.org}" is not an organisation code (lower-case letters, digits, -)`);
      claims = { "urn:altinn:org": request.org };
      subject = `/org/${request.org}`;
    }
    return new SignJWT({ scope: scopes.join(" "), ...claims })
      .setProtectedHeader({ alg: ALGORITHM, kid: this.key.kid, typ: "JWT" })
      .setIssuer(ISSUER)
      .setSubject(subject)
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
    const pid = payload.pid;
    if (typeof payload.scope !== "string") throw new Error("claims missing");
    const scopes = payload.scope.split(" ").filter(Boolean);
    if (typeof org === "string" && pid === undefined) return { scopes, org, consumer: `/org/${org}` };
    if (typeof pid === "string" && PID.test(pid) && org === undefined)
      return { scopes, pid, consumer: `/person/${pid}` };
    throw new Error("a token names either an organisation or an end user");
  }
}
