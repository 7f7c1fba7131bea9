/** What one POST to a subscriber came to. */
export interface PostResult {
  ok: boolean;
  status: number | null;
  error: string | null;
  ms: number;
  /** The start of the receiver's answer, for people reading a trigger's output. */
  answer: string;
}

/**
 * One delivery the way the broker makes it: one event, one POST, structured JSON with
 * `application/json; charset=utf-8` (not the CloudEvents media type), no ce-* headers, no signature.
 * Only a 2xx counts; redirects are not followed, so a 3xx is a failure as well.
 */
export async function postEvent(
  endPoint: string,
  body: string,
  timeoutMs: number,
  cancel?: AbortSignal,
): Promise<PostResult> {
  const started = performance.now();
  try {
    const response = await fetch(endPoint, {
      method: "POST",
      headers: { "content-type": "application/json; charset=utf-8" },
      body,
      redirect: "manual",
      signal: cancel
        ? AbortSignal.any([AbortSignal.timeout(timeoutMs), cancel])
        : AbortSignal.timeout(timeoutMs),
    });
    // Read the body so the connection can be reused; only a person running `trigger` looks at it.
    const answer = (await response.text().catch(() => "")).slice(0, 2000);
    const ok = response.status >= 200 && response.status < 300;
    return {
      ok,
      status: response.status,
      error: ok ? null : `HTTP ${response.status}`,
      ms: performance.now() - started,
      answer,
    };
  } catch (error) {
    const e = error as Error & { cause?: { code?: string; message?: string } };
    const reason =
      e.name === "TimeoutError"
        ? `timed out after ${timeoutMs} ms`
        : (e.cause?.code ?? e.cause?.message ?? e.message);
    return { ok: false, status: null, error: reason, ms: performance.now() - started, answer: "" };
  }
}
