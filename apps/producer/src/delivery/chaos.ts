import { Random } from "../emit/random.js";
import type { Delivery } from "../outbox/store.js";

/**
 * Altinn Events delivers at least once and in no particular order. Off by default, this makes the stand-in
 * show both on purpose, so a receiver can be tested against them.
 */
export interface DeliveryChaos {
  /** Each POST waits a random time up to this many ms first, so deliveries claimed together arrive shuffled. */
  reorderMs: number;
  /**
   * The share (0 to 1) of deliveries whose 2xx is treated as lost: the delivery is retried on the normal
   * schedule, so the receiver gets the same event, same id, again later (as after a lost answer).
   */
  duplicateRate: number;
  /** Same seed, same outbox: the same deliveries are delayed by the same times and duplicated. */
  seed: number;
}

/** The most `reorderMs` accepted: a delay holds a delivery's slot and extends its lease. */
export const MAX_REORDER_MS = 600_000;

const DELAY = 1;
const DUPLICATE = 2;

/**
 * The draws for one delivery attempt. Each is a function of (seed, delivery id, attempt) rather than the
 * next number of one stream, so which deliveries are delayed or duplicated does not depend on the order the
 * worker happened to claim them in: a run with the same seed repeats.
 */
function draw(seed: number, delivery: Pick<Delivery, "id" | "attempts">, what: number): number {
  let h = seed >>> 0;
  for (const part of [delivery.id, delivery.attempts, what]) {
    h = Math.imul(h ^ (part >>> 0), 0x9e3779b1) >>> 0;
    h = (h ^ (h >>> 16)) >>> 0;
  }
  return new Random(h).next();
}

/** Milliseconds to wait before this attempt's POST. */
export function reorderDelay(chaos: DeliveryChaos, delivery: Pick<Delivery, "id" | "attempts">): number {
  return chaos.reorderMs > 0 ? Math.floor(draw(chaos.seed, delivery, DELAY) * (chaos.reorderMs + 1)) : 0;
}

/**
 * Whether this attempt's 2xx is treated as lost. At most once per delivery (`alreadyAcknowledged`: an earlier
 * attempt was answered 2xx), so every delivery is sent at most twice by the chaos itself.
 */
export function loseAnswer(
  chaos: DeliveryChaos,
  delivery: Pick<Delivery, "id" | "attempts" | "lastStatus">,
): boolean {
  return (
    chaos.duplicateRate > 0 &&
    !wasAcknowledged(delivery) &&
    draw(chaos.seed, delivery, DUPLICATE) < chaos.duplicateRate
  );
}

/**
 * A pending delivery whose last recorded attempt was answered 2xx: only a lost answer leaves one (a 2xx is
 * otherwise recorded as delivered), so its next POST is a duplicate at the receiver.
 */
export function wasAcknowledged(delivery: Pick<Delivery, "lastStatus">): boolean {
  const status = delivery.lastStatus;
  return status !== null && status >= 200 && status < 300;
}

/** Checks the values (from the environment or a caller); the message names the variable. */
export function checkChaos(chaos: DeliveryChaos, names = CHAOS_ENV): DeliveryChaos {
  const { reorderMs, duplicateRate, seed } = chaos;
  if (!Number.isInteger(reorderMs) || reorderMs < 0 || reorderMs > MAX_REORDER_MS)
    throw new RangeError(
      `${names.reorderMs}=${reorderMs}: must be a whole number from 0 to ${MAX_REORDER_MS}`,
    );
  if (!(duplicateRate >= 0 && duplicateRate <= 1))
    throw new RangeError(`${names.duplicateRate}=${duplicateRate}: must be a number from 0 to 1`);
  if (!Number.isSafeInteger(seed)) throw new RangeError(`${names.seed}=${seed}: must be a whole number`);
  return chaos;
}

/** The environment variables that set the chaos in service mode. */
export const CHAOS_ENV = {
  reorderMs: "DELIVERY_REORDER_MS",
  duplicateRate: "DELIVERY_DUPLICATE_RATE",
  seed: "DELIVERY_CHAOS_SEED",
} as const satisfies Record<keyof DeliveryChaos, string>;
