// When to try a failed item again: exponential, capped, with full jitter so that items which failed together
// (a downstream outage) do not all come back in the same instant.

export interface RetryPolicy {
  /** Claims before an item is parked as failed (the first try counts). */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { maxAttempts: 5, baseDelayMs: 1_000, maxDelayMs: 5 * 60_000 };

/** The next attempt's time after the `attempts`-th failure, or `null` when the item should be parked. */
export function nextAttemptAt(
  policy: RetryPolicy,
  attempts: number,
  now: Date,
  random: () => number = Math.random,
): Date | null {
  if (attempts >= policy.maxAttempts) return null;
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempts - 1));
  // Half fixed, half random: never sooner than half the ceiling, so a retry storm still spreads out.
  const delay = ceiling / 2 + random() * (ceiling / 2);
  return new Date(now.getTime() + delay);
}
