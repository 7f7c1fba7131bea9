/**
 * Whether `s` has the shape of a UUID, hex digits in any case (8-4-4-4-12). By character codes: on the
 * warning path it runs several times per event, where a case-insensitive RegExp measured slower.
 */
export function isUuidAnyCase(s: string, at = 0): boolean {
  if (at === 0 && s.length !== 36) return false;
  if (at + 36 > s.length) return false;
  for (let i = 0; i < 36; i++) {
    const c = s.charCodeAt(at + i);
    if (i === 8 || i === 13 || i === 18 || i === 23) {
      if (c !== 45) return false;
    } else if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70))) return false;
  }
  return true;
}

/** Whether the UUID at `s[at, at + 36)` is `uuid`, ignoring case (both already have the shape). */
export function sameUuidAt(s: string, at: number, uuid: string): boolean {
  for (let i = 0; i < 36; i++) {
    // ASCII letters differ from their other case in bit 0x20 only; digits and "-" match exactly.
    if ((s.charCodeAt(at + i) | 0x20) !== (uuid.charCodeAt(i) | 0x20)) return false;
  }
  return true;
}
