// The Web Crypto global, which Node.js (>= 20), browsers and edge runtimes share: no `node:crypto`, so the
// package bundles for any of them.

/** A version 4 UUID, as Dialogporten uses for most event ids. */
export const uuidV4 = (): string => globalThis.crypto.randomUUID();

const hex = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, "0"));

/**
 * A version 7 UUID (RFC 9562): 48 bits of Unix milliseconds, then random bits. Dialogporten uses these for
 * dialog ids and `seen` events; they sort by creation time.
 */
export function uuidV7(now: number = Date.now()): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  // 48 bits do not fit a 32-bit shift: the high 16 bits come from a division.
  const high = Math.floor(now / 2 ** 32);
  const low = now >>> 0;
  bytes[0] = (high >>> 8) & 0xff;
  bytes[1] = high & 0xff;
  bytes[2] = (low >>> 24) & 0xff;
  bytes[3] = (low >>> 16) & 0xff;
  bytes[4] = (low >>> 8) & 0xff;
  bytes[5] = low & 0xff;
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x70;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  let out = "";
  for (let i = 0; i < 16; i++) {
    if (i === 4 || i === 6 || i === 8 || i === 10) out += "-";
    out += hex[bytes[i] as number];
  }
  return out;
}
