/**
 * JSON Schema counts string length in Unicode code points, JavaScript in UTF-16 units; this counts code
 * points. The generated validators import it in place of ajv's CommonJS helper.
 */
export function ucs2length(value: string): number {
  const units = value.length;
  let length = 0;
  let pos = 0;
  while (pos < units) {
    length++;
    const code = value.charCodeAt(pos++);
    if (code >= 0xd800 && code <= 0xdbff && pos < units) {
      const next = value.charCodeAt(pos);
      if ((next & 0xfc00) === 0xdc00) pos++;
    }
  }
  return length;
}
