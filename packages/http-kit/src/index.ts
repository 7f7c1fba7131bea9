export { answerClientError } from "./client-error.js";
export { metricsRoute, type MetricsRouteOptions } from "./metrics-route.js";
export {
  DEFAULT_PAGE_LIMITS,
  decodeCursor,
  encodeCursor,
  type Page,
  type PageLimits,
  type PageQuery,
  pageLimit,
  pageOf,
  pageQueryProperties,
} from "./paging.js";
export {
  PROBLEM_MEDIA_TYPE,
  type Problem,
  ProblemError,
  problems,
  problemType,
  type RequestIssue,
  sendProblem,
  statusProblem,
} from "./problem.js";
export { pathOf, problemDetails, type ProblemDetailsOptions } from "./problem-details.js";
