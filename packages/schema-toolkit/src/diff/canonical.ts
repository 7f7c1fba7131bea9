/** JSON with object keys sorted, so that two values compare equal exactly when their JSON data is equal. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "undefined";
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
}

/** RFC 6901 escaping of one path segment. */
export const pointerSegment = (name: string): string => name.replace(/~/g, "~0").replace(/\//g, "~1");

export const quoteList = (values: unknown[]): string => values.map((v) => JSON.stringify(v)).join(", ");
