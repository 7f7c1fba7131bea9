// What makes a subscription request acceptable, as Altinn Events' subscription validator has it. The route
// schema (`subscriptionBodySchema`) checks the shape first; `checkSubscription` the rules between fields.
// Every refusal names the field by JSON pointer.

import type { RequestIssue } from "@dialogporten-events/http-kit";
import type { NewSubscription } from "../outbox/store.js";

const text = { type: ["string", "null"] } as const;

export const subscriptionBodySchema = {
  type: "object",
  properties: {
    endPoint: { type: "string" },
    resourceFilter: { type: "string" },
    subjectFilter: text,
    typeFilter: text,
    sourceFilter: text,
    alternativeSubjectFilter: text,
    includeSubunits: { type: ["boolean", "null"] },
  },
  required: ["endPoint", "resourceFilter"],
} as const;

export interface SubscriptionBody {
  endPoint: string;
  resourceFilter: string;
  subjectFilter?: string | null;
  typeFilter?: string | null;
  sourceFilter?: string | null;
  alternativeSubjectFilter?: string | null;
  includeSubunits?: boolean | null;
}

/** Altinn Events' resource URN rule, applied to the lower-cased filter (which is what is stored). */
export const RESOURCE_FILTER = /^urn:[a-z0-9-]{1,30}(:[a-z0-9()+,.\-;$_!/]{1,100}){1,10}$/;
/** App resources (`urn:altinn:resource:app_<org>_<app>`) are the only ones with source and alternative subject filters. */
const APP_RESOURCE = "urn:altinn:resource:app_";

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);
const isLoopback = (host: string) => LOOPBACK.has(host) || /^127(\.\d{1,3}){3}$/.test(host);

const issue = (pointer: string, keyword: string, message: string): RequestIssue => ({
  in: "body",
  pointer,
  keyword,
  message,
});

export type CheckedSubscription =
  | { ok: true; subscription: Omit<NewSubscription, "consumer"> }
  | { ok: false; issues: RequestIssue[] };

export function checkSubscription(body: SubscriptionBody): CheckedSubscription {
  const issues: RequestIssue[] = [];
  let url: URL | undefined;
  try {
    url = new URL(body.endPoint);
  } catch {}
  if (!url) issues.push(issue("/endPoint", "format", "endPoint must be an absolute URL"));
  else if (url.protocol !== "https:" && !(url.protocol === "http:" && isLoopback(url.hostname)))
    issues.push(
      issue(
        "/endPoint",
        "protocol",
        "endPoint must be https (http only for a loopback receiver in the stand-in)",
      ),
    );

  const resourceFilter = body.resourceFilter.toLowerCase();
  if (!RESOURCE_FILTER.test(resourceFilter))
    issues.push(
      issue(
        "/resourceFilter",
        "pattern",
        "resourceFilter must be a resource URN such as urn:altinn:resource:super-simple-service",
      ),
    );
  const appResource = resourceFilter.startsWith(APP_RESOURCE);
  for (const key of ["sourceFilter", "alternativeSubjectFilter"] as const)
    if (!appResource && (body[key] ?? null) !== null)
      issues.push(
        issue(`/${key}`, "app-only", `${key} is only allowed for app resources (${APP_RESOURCE}…)`),
      );

  const subjectFilter = body.subjectFilter ?? null;
  const includeSubunits = body.includeSubunits ?? false;
  if (includeSubunits && !subjectFilter)
    issues.push(issue("/includeSubunits", "requires-subject", "includeSubunits needs a subjectFilter"));

  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    subscription: {
      endPoint: body.endPoint,
      resourceFilter,
      subjectFilter,
      typeFilter: body.typeFilter ?? null,
      sourceFilter: body.sourceFilter ?? null,
      alternativeSubjectFilter: body.alternativeSubjectFilter ?? null,
      includeSubunits,
    },
  };
}
