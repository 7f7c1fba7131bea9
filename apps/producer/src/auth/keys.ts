// The stand-in's signing key: an ES256 key pair kept as a private JWK in the data folder, created on first
// use. Several processes may start at once on one folder (instances sharing a PostgreSQL outbox, the CLI's
// `token` beside a running service): the file is written under a temporary name and linked into place, so
// exactly one key wins and everyone reads that one.

import { randomUUID } from "node:crypto";
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type CryptoKey, exportJWK, generateKeyPair, importJWK, type JWK } from "jose";

export const SIGNING_KEY_FILE = "signing-key.jwk.json";
export const ALGORITHM = "ES256";

export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  /** Where it is kept. */
  file: string;
}

async function fromJwk(jwk: JWK, file: string): Promise<SigningKey> {
  const { d: _d, ...publicJwk } = jwk;
  return {
    kid: String(jwk.kid),
    privateKey: (await importJWK(jwk, ALGORITHM)) as CryptoKey,
    publicKey: (await importJWK(publicJwk, ALGORITHM)) as CryptoKey,
    file,
  };
}

function readKey(file: string): JWK | undefined {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as JWK;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new Error(`cannot read the signing key ${file}: ${(error as Error).message}`);
  }
}

/** The key in `dataDir`, created (mode 0600) if there is none yet. */
export async function loadSigningKey(dataDir: string): Promise<SigningKey> {
  const file = join(dataDir, SIGNING_KEY_FILE);
  const existing = readKey(file);
  if (existing) return fromJwk(existing, file);
  mkdirSync(dataDir, { recursive: true });
  const { privateKey } = await generateKeyPair(ALGORITHM, { extractable: true });
  const jwk: JWK = { ...(await exportJWK(privateKey)), kid: randomUUID(), alg: ALGORITHM, use: "sig" };
  const temporary = `${file}.${process.pid}.${randomUUID()}`;
  writeFileSync(temporary, `${JSON.stringify(jwk, null, 2)}\n`, { mode: 0o600 });
  try {
    linkSync(temporary, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  } finally {
    unlinkSync(temporary);
  }
  // Whoever linked first wins; read what is there.
  return fromJwk(readKey(file) as JWK, file);
}
