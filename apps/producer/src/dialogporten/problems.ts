// Problem details as the real Dialogporten answers them (ASP.NET's RFC 7807 shape): a `type` naming the RFC
// section of the status, a `title`, `status` and `errors` keyed by field path (`Content.Title`,
// `Activities[0].PerformedBy`), each a list of messages. Thrown as http-kit's ProblemError, so the shared
// error handler sends them as application/problem+json.

import { type Problem, ProblemError } from "@dialogporten-events/http-kit";

/** Messages by field path, as the real API's `errors`. */
export type FieldErrors = Record<string, string[]>;

const KINDS = {
  400: ["https://tools.ietf.org/html/rfc9110#section-15.5.1", "One or more validation errors occurred."],
  403: ["https://tools.ietf.org/html/rfc9110#section-15.5.4", "Forbidden."],
  404: ["https://tools.ietf.org/html/rfc9110#section-15.5.5", "Resource not found."],
  409: ["https://tools.ietf.org/html/rfc9110#section-15.5.10", "Conflict."],
  410: ["https://tools.ietf.org/html/rfc9110#section-15.5.11", "Gone."],
  412: ["https://tools.ietf.org/html/rfc9110#section-15.5.13", "Precondition failed."],
  422: ["https://tools.ietf.org/html/rfc4918#section-11.2", "Unprocessable entity."],
} as const;

export type ApiStatus = keyof typeof KINDS;

export function apiProblem(status: ApiStatus, errors: FieldErrors, detail?: string): Problem {
  const [type, title] = KINDS[status];
  return { type, title, status, ...(detail === undefined ? {} : { detail }), errors };
}

export function apiError(status: ApiStatus, errors: FieldErrors, detail?: string): ProblemError {
  return new ProblemError(apiProblem(status, errors, detail));
}

/** Collects field errors while a request is checked; `throwIfAny` answers them all at once. */
export class FieldErrorList {
  readonly errors: FieldErrors = {};
  add(path: string, message: string): void {
    const key = path === "" ? "$" : path;
    const messages = this.errors[key] ?? [];
    messages.push(message);
    this.errors[key] = messages;
  }
  get empty(): boolean {
    return Object.keys(this.errors).length === 0;
  }
  throwIfAny(status: ApiStatus = 400): void {
    if (!this.empty) throw apiError(status, this.errors);
  }
}

export const dialogProblems = {
  notFound: (id: string) => apiError(404, { Dialog: [`Entity 'Dialog' with key(s) '${id}' not found.`] }),
  gone: (id: string) =>
    apiError(410, { Dialog: [`Entity 'Dialog' with key(s) '${id}' is removed, and cannot be changed.`] }),
  revisionMismatch: (id: string) =>
    apiError(412, {
      "If-Match": [`The revision of dialog '${id}' is not the one given in If-Match; fetch it again.`],
    }),
  concurrentWrite: (id: string) =>
    apiError(409, {
      Dialog: [`Dialog '${id}' was changed by another request at the same time; fetch it and try again.`],
    }),
};
