export type PartyKind = "person" | "organization" | "legacy-selfidentified" | "idporten-email";

export interface Party {
  kind: PartyKind;
  /**
   * National identity number, organization number, username or e-mail address. An e-mail address is
   * percent-decoded (`a%40b.no` gives `a@b.no`): Dialogporten validates it decoded but sends it as given.
   */
  identifier: string;
  /**
   * The canonical (single-colon, lower-case prefix) URN, with the identifier as it was sent: Dialogporten
   * stores `a%40b.no` and `a@b.no` as two different subjects, so this never re-encodes or decodes it.
   */
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
  // As sent: the `@` may come percent-encoded (see `decodeEmail`).
  "idporten-email": /^[^:\s]+(?:@|%40)[^:\s]+$/,
};

const ESCAPE_RUN = /(?:%[0-9A-Fa-f]{2})+/g;
const ASCII_ESCAPE = /%[0-7][0-9A-Fa-f]/g;

/**
 * Percent-decodes an e-mail identifier once, as Dialogporten does before validating it (.NET's
 * `Uri.UnescapeDataString`): an escape that is not valid UTF-8, or a `%` that starts no escape, stays as it
 * is, and the ASCII escapes around it are still decoded.
 */
function decodeEmail(identifier: string): string {
  return identifier.replace(ESCAPE_RUN, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run.replace(ASCII_ESCAPE, (sequence) =>
        String.fromCharCode(Number.parseInt(sequence.slice(1), 16)),
      );
    }
  });
}

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
  return {
    kind,
    identifier: kind === "idporten-email" ? decodeEmail(identifier) : identifier,
    urn: PREFIXES[kind] + identifier,
  };
}

/** The canonical URN of a party; an e-mail identifier is used as given, percent-encoded or not. */
export function formatPartyUrn(kind: PartyKind, identifier: string): string {
  if (!IDENTIFIER[kind].test(identifier))
    throw new TypeError(`"${identifier}" is not a valid ${kind} identifier`);
  return PREFIXES[kind] + identifier;
}
