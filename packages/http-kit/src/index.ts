export {
  type BearerAuthOptions,
  type BearerPrincipal,
  bearerAuth,
  bearerPrincipal,
  bearerProblems,
} from "./bearer.js";
export { answerClientError } from "./client-error.js";
export { createMetricsRegistry, type MetricsRouteOptions, metricsRoute } from "./metrics-route.js";
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
export { type ProblemDetailsOptions, pathOf, problemDetails } from "./problem-details.js";
export { routeValidatorCompiler } from "./validation.js";
