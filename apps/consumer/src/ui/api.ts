// The consumer's read and admin API as the page calls it: same origin, the session cookie (or whatever
// `Authorization` header the browser was given) authenticates. A 401 means the session ended: back to the
// sign-in form. The page follows the API's own `next` links (they never carry the secret).

export interface Issue {
  pointer: string;
  message: string;
}

export interface Stats {
  received: number;
  accepted: number;
  duplicates: number;
  quarantined: number;
  processed: number;
  failed: number;
  pending: number;
  [name: string]: number;
}

export interface InboxItem {
  id: number;
  type: string;
  kind: string;
  status: "pending" | "processed" | "failed";
  attempts: number;
  receivedAt: string;
  lastError: string | null;
  event: Record<string, unknown>;
  warnings: Issue[];
}

export interface QuarantineItem {
  id: number;
  receivedAt: string;
  code: string;
  type: string | null;
  issues: Issue[];
  body: string;
}

export interface TimelineEntry {
  type: string;
  eventId: string;
  source: string;
  time: string;
  activityId?: string;
  extendedActivityType?: string;
  transmissionId?: string;
}

export interface DialogView {
  dialogId: string;
  resource: string;
  subject: string;
  state: string;
  deleted: boolean;
  createdAt: string | null;
  lastChangedAt: string | null;
  lastSeenAt: string | null;
  deletedAt: string | null;
  version: number;
  timeline: TimelineEntry[];
}

export interface ReplayCounts {
  accepted: number;
  duplicate: number;
  quarantined: number;
  missing: number;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** How many items the page asks for at a time. */
export const PAGE = 50;

async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
  // Only this server's API: a `next` link is followed only when it is one of ours.
  if (!path.startsWith("/api/")) throw new ApiError(0, `not an API path: ${path}`);
  const response = await fetch(path, {
    credentials: "same-origin",
    ...init,
    headers: { accept: "application/json", ...(init.body ? { "content-type": "application/json" } : {}) },
  });
  if (response.status === 401) {
    window.location.assign("/ui/sign-in");
    throw new ApiError(401, "signed out");
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const problem = (body ?? {}) as { detail?: string; title?: string };
    throw new ApiError(response.status, problem.detail ?? problem.title ?? response.statusText);
  }
  return body as T;
}

export const getJson = <T>(path: string) => call<T>(path);
export const postJson = <T>(path: string, body?: unknown) =>
  call<T>(path, { method: "POST", ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
