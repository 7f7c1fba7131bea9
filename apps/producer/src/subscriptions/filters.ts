import type { Filters } from "../outbox/store.js";
import type { UnitTree } from "./units.js";

export interface Matchable {
  type: string;
  resource?: string | null;
  subject?: string | null;
  source?: string | null;
  alternativeSubject?: string | null;
}

/** An organisation's subject as a URN or as Altinn's older `/org/<number>`; the number is what varies. */
const ORGANISATION_SUBJECT = /^(urn:altinn:organization:identifier-no:|\/org\/)(\d{9})$/;

function subjectMatches(filters: Filters, subject: string | null | undefined, units: UnitTree): boolean {
  if (filters.subjectFilter === null || filters.subjectFilter === subject) return true;
  if (!filters.includeSubunits || !subject) return false;
  const main = ORGANISATION_SUBJECT.exec(filters.subjectFilter);
  const sub = ORGANISATION_SUBJECT.exec(subject);
  if (!main || !sub || main[1] !== sub[1]) return false;
  return units.get(main[2] as string)?.has(sub[2] as string) ?? false;
}

/**
 * Altinn Events' matching: every filter that is set must equal the event's attribute exactly (no
 * wildcards, no prefixes, case-sensitive). A filter that is absent matches everything; a `typeFilter` that
 * is the empty string is "set" and so matches nothing, which is the broker's quirk, kept on purpose.
 * `includeSubunits`: a subject filter naming a main unit also matches the subject of each of its subunits.
 */
export function matches(filters: Filters, event: Matchable, units: UnitTree = new Map()): boolean {
  if (filters.resourceFilter !== null && filters.resourceFilter !== event.resource) return false;
  if (!subjectMatches(filters, event.subject, units)) return false;
  if (filters.typeFilter !== null && filters.typeFilter !== event.type) return false;
  if (filters.sourceFilter !== null && filters.sourceFilter !== event.source) return false;
  if (
    filters.alternativeSubjectFilter !== null &&
    filters.alternativeSubjectFilter !== event.alternativeSubject
  )
    return false;
  return true;
}
