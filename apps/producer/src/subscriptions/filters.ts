/**
 * Altinn Events' matching: every filter that is set must equal the event's attribute exactly (no
 * wildcards, no prefixes, case-sensitive). A filter that is absent matches everything; a `typeFilter` that
 * is the empty string is "set" and so matches nothing, which is the broker's quirk, kept on purpose.
 */
export interface Filters {
  resourceFilter: string | null;
  subjectFilter: string | null;
  typeFilter: string | null;
}

export interface Matchable {
  type: string;
  resource?: string | null;
  subject?: string | null;
}

export function matches(filters: Filters, event: Matchable): boolean {
  if (filters.resourceFilter !== null && filters.resourceFilter !== event.resource) return false;
  if (filters.subjectFilter !== null && filters.subjectFilter !== event.subject) return false;
  if (filters.typeFilter !== null && filters.typeFilter !== event.type) return false;
  return true;
}

const RESOURCE = /^urn:[a-z0-9-]{1,30}(:[a-z0-9()+,.\-;$_!/]{1,100}){1,10}$/;

/** What the broker refuses when a subscription is created; an empty list means it is acceptable. */
export function filterProblems(input: {
  endPoint?: unknown;
  resourceFilter?: unknown;
  subjectFilter?: unknown;
  typeFilter?: unknown;
}): string[] {
  const problems: string[] = [];
  let url: URL | undefined;
  try {
    url = typeof input.endPoint === "string" ? new URL(input.endPoint) : undefined;
  } catch {}
  // The real broker demands https; a local stand-in must also reach http://127.0.0.1 receivers.
  if (!url || (url.protocol !== "https:" && url.protocol !== "http:"))
    problems.push("endPoint must be an absolute http(s) URL");
  for (const key of ["resourceFilter", "subjectFilter", "typeFilter"] as const) {
    const value = input[key];
    if (value !== undefined && value !== null && typeof value !== "string")
      problems.push(`${key} must be a string`);
  }
  if (typeof input.resourceFilter === "string" && !RESOURCE.test(input.resourceFilter))
    problems.push("resourceFilter must be a resource URN such as urn:altinn:resource:super-simple-service");
  return problems;
}
