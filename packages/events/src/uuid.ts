import { randomBytes, randomUUID } from "node:crypto";

/** A version 4 UUID, as Dialogporten uses for most event ids. */
export const uuidV4 = (): string => randomUUID();

/**
 * A version 7 UUID (RFC 9562): 48 bits of Unix milliseconds, then random bits. Dialogporten uses these for
 * dialog ids and `seen` events; they sort by creation time.
 */
export function uuidV7(now: number = Date.now()): string {
  const bytes = randomBytes(16);
  const ms = BigInt(now);
  for (let i = 0; i < 6; i++) bytes[i] = Number((ms >> BigInt(8 * (5 - i))) & 0xffn);
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x70;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
