export type PartyKind = "person" | "organization" | "legacy-selfidentified" | "idporten-email";

export interface Party {
  kind: PartyKind;
  /** National identity number, organization number, username or e-mail address. */
  identifier: string;
  /** The canonical (single-colon, lower-case prefix) URN. */
  urn: string;
}

const PREFIXES: Record<PartyKind, string> = {
  person: "urn:altinn:person:identifier-no:",
  organization: "urn:altinn:organization:identifier-no:",
  "legacy-selfidentified": "urn:altinn:person:legacy-selfidentified:",
  "idporten-email": "urn:altinn:person:idporten-email:",
};

const PARTY =
  /^urn:altinn:(person:identifier-no|organization:identifier-no|person:legacy-selfidentified|person:idporten-email)::?(.+)$/i;

const KIND_BY_SCHEME: Record<string, PartyKind> = {
  "person:identifier-no": "person",
  "organization:identifier-no": "organization",
  "person:legacy-selfidentified": "legacy-selfidentified",
  "person:idporten-email": "idporten-email",
};

const IDENTIFIER: Record<PartyKind, RegExp> = {
  person: /^\d{11}$/,
  organization: /^\d{9}$/,
  "legacy-selfidentified": /^[^:\s]+$/,
  "idporten-email": /^[^:\s]+@[^:\s]+$/,
};

/**
 * Reads a party URN into its kind and identifier. The overview's double colon
 * (`identifier-no::991825827`) is normalized; anything else that is not a party URN gives `undefined`.
 */
export function parsePartyUrn(urn: string): Party | undefined {
  const m = PARTY.exec(urn);
  if (!m) return undefined;
  const kind = KIND_BY_SCHEME[(m[1] as string).toLowerCase()] as PartyKind;
  const identifier = m[2] as string;
  if (!IDENTIFIER[kind].test(identifier)) return undefined;
  return { kind, identifier, urn: PREFIXES[kind] + identifier };
}

/** The canonical URN of a party. */
export function formatPartyUrn(kind: PartyKind, identifier: string): string {
  if (!IDENTIFIER[kind].test(identifier))
    throw new TypeError(`"${identifier}" is not a valid ${kind} identifier`);
  return PREFIXES[kind] + identifier;
}
