// What the real API checks beyond the spec (its FluentValidation validators), as the stand-in reads their
// intent. The spec marks every field optional and says nothing of how fields depend on each other. Errors are
// collected by field path and answered all at once (400).

import type { ActivityType } from "@dialogporten-events/dialogporten-api";
import { parsePartyUrn } from "dialogporten-events";
import type { Actor } from "./model.js";
import type { FieldErrorList } from "./problems.js";

const RESOURCE = /^urn:altinn:resource:[a-z0-9][a-z0-9_.-]{0,99}$/;
const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** The activity types only a token with `digdir:dialogporten.correspondence` may create. */
export const CORRESPONDENCE_ACTIVITIES: readonly ActivityType[] = [
  "CorrespondenceOpened",
  "CorrespondenceConfirmed",
];

interface ContentValue {
  value?: { languageCode?: string; value?: string }[] | null;
  mediaType?: string;
}

interface ActivityLike {
  id?: string | null;
  type?: ActivityType;
  performedBy?: Actor;
  description?: unknown[] | null;
  transmissionId?: string | null;
}

interface TransmissionLike {
  id?: string | null;
  type?: string;
  sender?: Actor;
  content?: { title?: ContentValue } | null;
}

/** A client-chosen id: a UUIDv7 (as the real API requires) whose time is not in the future. */
export function checkClientId(
  errors: FieldErrorList,
  path: string,
  id: string | null | undefined,
  now: number,
): void {
  if (id === undefined || id === null) return;
  if (!UUID_V7.test(id)) {
    errors.add(path, "Invalid UUIDv7 format.");
    return;
  }
  if (Number.parseInt(id.replaceAll("-", "").slice(0, 12), 16) > now)
    errors.add(path, "The UUIDv7 timestamp lies in the future.");
}

export function checkServiceResource(errors: FieldErrorList, resource: string | undefined): void {
  if (resource === undefined || resource === "")
    errors.add("ServiceResource", "'Service Resource' must not be empty.");
  else if (!RESOURCE.test(resource.toLowerCase()))
    errors.add(
      "ServiceResource",
      "Must be a resource URN: urn:altinn:resource:{id} (letters, digits, _ . -).",
    );
}

/** A person (11 digits) or an organisation (9 digits), in the canonical single-colon form. */
export function checkParty(errors: FieldErrorList, party: string | undefined): void {
  if (party === undefined || party === "") {
    errors.add("Party", "'Party' must not be empty.");
    return;
  }
  const parsed = parsePartyUrn(party);
  if (!parsed || (parsed.kind !== "person" && parsed.kind !== "organization") || parsed.urn !== party)
    errors.add(
      "Party",
      "Must be urn:altinn:person:identifier-no:{11 digits} or urn:altinn:organization:identifier-no:{9 digits}.",
    );
}

function checkTitle(
  errors: FieldErrorList,
  path: string,
  content: { title?: ContentValue } | null | undefined,
): void {
  if (!content) errors.add(path, `'${path}' must not be empty.`);
  else if (!content.title) errors.add(`${path}.Title`, "'Title' must not be empty.");
  else if (!content.title.value || content.title.value.length === 0)
    errors.add(`${path}.Title.Value`, "A title needs at least one localization.");
}

export function checkDialogContent(
  errors: FieldErrorList,
  content: { title?: ContentValue } | null | undefined,
): void {
  checkTitle(errors, "Content", content);
}

/**
 * An actor names its type. A service owner is named by its org, so it carries neither `actorId` nor
 * `actorName`; a party representative carries exactly one of them (an id is a person or organisation URN).
 */
export function checkActor(errors: FieldErrorList, path: string, actor: Actor | undefined): void {
  if (!actor) {
    errors.add(path, `'${path.split(".").pop()}' must not be empty.`);
    return;
  }
  if (!actor.actorType) {
    errors.add(`${path}.ActorType`, "'Actor Type' must not be empty.");
    return;
  }
  const hasId = actor.actorId !== undefined && actor.actorId !== null;
  const hasName = actor.actorName !== undefined && actor.actorName !== null;
  if (actor.actorType === "ServiceOwner") {
    if (hasId || hasName)
      errors.add(
        path,
        "A ServiceOwner actor has neither ActorId nor ActorName (the service owner is named by its org).",
      );
    return;
  }
  if (hasId && hasName) errors.add(path, "Only one of ActorId and ActorName can be set.");
  else if (!hasId && !hasName) errors.add(path, "Either ActorId or ActorName must be set.");
  else if (hasId) {
    const party = parsePartyUrn(actor.actorId as string);
    if (!party || (party.kind !== "person" && party.kind !== "organization"))
      errors.add(
        `${path}.ActorId`,
        "Must be a person or organisation URN (urn:altinn:person:identifier-no:…).",
      );
  }
}

/**
 * Activities: a type, a performer; `description` only for Information; `transmissionId` only for
 * TransmissionOpened, where it is required and names a transmission of the dialog (or of the same request).
 */
export function checkActivity(
  errors: FieldErrorList,
  path: string,
  activity: ActivityLike,
  transmissionIds: ReadonlySet<string>,
  now: number,
): void {
  checkClientId(errors, `${path}.Id`, activity.id, now);
  if (!activity.type) errors.add(`${path}.Type`, "'Type' must not be empty.");
  checkActor(errors, `${path}.PerformedBy`, activity.performedBy);
  if (activity.description && activity.description.length > 0 && activity.type !== "Information")
    errors.add(`${path}.Description`, "Description is only allowed when the type is Information.");
  const transmissionId = activity.transmissionId ?? undefined;
  if (activity.type === "TransmissionOpened") {
    if (transmissionId === undefined)
      errors.add(`${path}.TransmissionId`, "A TransmissionOpened activity names its transmission.");
    else if (!transmissionIds.has(transmissionId.toLowerCase()))
      errors.add(`${path}.TransmissionId`, `The dialog has no transmission '${transmissionId}'.`);
  } else if (transmissionId !== undefined)
    errors.add(`${path}.TransmissionId`, "Only a TransmissionOpened activity names a transmission.");
}

export function checkTransmission(
  errors: FieldErrorList,
  path: string,
  transmission: TransmissionLike,
  now: number,
): void {
  checkClientId(errors, `${path}.Id`, transmission.id, now);
  if (!transmission.type) errors.add(`${path}.Type`, "'Type' must not be empty.");
  checkActor(errors, `${path}.Sender`, transmission.sender);
  checkTitle(errors, `${path}.Content`, transmission.content);
}

/** Ids given twice in one request. */
export function checkUnique(errors: FieldErrorList, path: string, ids: (string | null | undefined)[]): void {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (!id) return;
    const key = id.toLowerCase();
    if (seen.has(key)) errors.add(`${path}[${index}].Id`, `The id '${id}' is given twice.`);
    seen.add(key);
  });
}
