/**
 * A seeded pseudo-random source, so a scenario is the same for the same seed: same ids, same times, same
 * order. mulberry32 is small, fast and good enough for test data (not for anything secret).
 */
export class Random {
  private state: number;

  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError("pick from an empty list");
    return items[Math.floor(this.next() * items.length)] as T;
  }

  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }

  digits(count: number): string {
    let s = "";
    for (let i = 0; i < count; i++) s += String(this.int(0, 9));
    return s;
  }

  private hex(count: number): string {
    let s = "";
    for (let i = 0; i < count; i++) s += this.int(0, 15).toString(16);
    return s;
  }

  /** A version 4 UUID drawn from this source (deterministic, unlike crypto.randomUUID). */
  uuidV4(): string {
    const variant = (8 + this.int(0, 3)).toString(16);
    return `${this.hex(8)}-${this.hex(4)}-4${this.hex(3)}-${variant}${this.hex(3)}-${this.hex(12)}`;
  }

  /** A version 7 UUID whose timestamp is `ms`, as Dialogporten uses for dialog ids and `seen` events. */
  uuidV7(ms: number): string {
    const t = Math.floor(ms).toString(16).padStart(12, "0").slice(-12);
    const variant = (8 + this.int(0, 3)).toString(16);
    return `${t.slice(0, 8)}-${t.slice(8, 12)}-7${this.hex(3)}-${variant}${this.hex(3)}-${this.hex(12)}`;
  }
}

/** A seed from the clock, for runs where the caller gave none (printed so the run can be repeated). */
export function freshSeed(): number {
  return Math.floor(Math.random() * 2 ** 31);
}
