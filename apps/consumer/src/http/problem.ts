// The consumer's own problem details, beside the shared ones (`@dialogporten-events/http-kit`): who may
// deliver, and why nothing could be stored.

import { type Problem, problemType, problems as shared, statusProblem } from "@dialogporten-events/http-kit";

export const problems = {
  ...shared,
  unauthorized: (): Problem =>
    statusProblem(
      401,
      "Send the webhook secret as the `code` query parameter or as `Authorization: Bearer <secret>`.",
    ),
  forbidden: (): Problem => ({
    type: problemType("address-not-allowed"),
    title: "Forbidden",
    status: 403,
    detail: "Deliveries are accepted only from the configured sender addresses.",
  }),
  crossSite: (): Problem => ({
    type: problemType("cross-site"),
    title: "Forbidden",
    status: 403,
    detail: "A signed-in session may change things only from the consumer's own pages.",
  }),
  busy: (): Problem => ({
    type: problemType("busy"),
    title: "Too many requests in flight",
    status: 503,
    detail: "The consumer is at its limit of concurrent requests; retry later.",
  }),
  storeBusy: (): Problem => ({
    type: problemType("store-busy"),
    title: "The inbox store is behind",
    status: 503,
    detail: "Too many events are waiting to be committed; nothing was stored; retry shortly.",
  }),
  storeUnavailable: (): Problem => ({
    type: problemType("store-unavailable"),
    title: "The inbox store is unavailable",
    status: 503,
    detail: "Nothing was stored; retry later.",
  }),
};
