const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/**
 * Altinn Events' waits between attempts: 12 attempts over about 35 hours, then the dead-letter queue.
 * `timeScale` shrinks them so tests and demos see the whole schedule in seconds (0.005 turns 10 s into 50 ms).
 */
export const RETRY_DELAYS_MS = [
  10 * SECOND,
  30 * SECOND,
  MINUTE,
  5 * MINUTE,
  10 * MINUTE,
  30 * MINUTE,
  HOUR,
  3 * HOUR,
  6 * HOUR,
  12 * HOUR,
  12 * HOUR,
] as const;

export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

/** The wait after failed attempt number `attempts` (1-based), or undefined when it was the last one. */
export function retryDelay(attempts: number, timeScale = 1): number | undefined {
  const delay = RETRY_DELAYS_MS[attempts - 1];
  return delay === undefined ? undefined : Math.max(0, Math.round(delay * timeScale));
}
