/** A snapshot of a long run, as the progress line shows it. */
export interface ProgressState {
  published: number;
  delivered: number;
  retrying: number;
  dead: number;
  pending: number;
  /** Anything else worth a glance, e.g. `consumer processed 120`. */
  extra?: string;
}

/**
 * One live line on a terminal (rewritten in place), or a plain line every few seconds when the output is
 * a file or a CI log, where carriage returns would make a mess.
 */
export class Progress {
  private lastPlain = 0;
  private shown = false;
  private readonly tty: boolean;

  constructor(
    private readonly out: NodeJS.WriteStream = process.stderr,
    private readonly plainEveryMs = 2000,
  ) {
    this.tty = Boolean(out.isTTY);
  }

  update(state: ProgressState): void {
    const line = format(state);
    if (this.tty) {
      this.out.write(`\r\x1b[2K${line}`);
      this.shown = true;
    } else if (Date.now() - this.lastPlain >= this.plainEveryMs) {
      this.out.write(`${line}\n`);
      this.lastPlain = Date.now();
    }
  }

  /** Leaves the final state on screen and moves to a new line. */
  done(state: ProgressState): void {
    if (this.tty) this.out.write(`\r\x1b[2K${format(state)}\n`);
    else this.out.write(`${format(state)}\n`);
    this.shown = false;
  }

  /** Clears the live line so a log message can be printed cleanly. */
  clear(): void {
    if (this.tty && this.shown) this.out.write("\r\x1b[2K");
    this.shown = false;
  }
}

function format(s: ProgressState): string {
  const total = s.published || 1;
  const width = 24;
  const filled = Math.min(width, Math.round((s.delivered / total) * width));
  const bar = `${"#".repeat(filled)}${".".repeat(width - filled)}`;
  return `[${bar}] sent ${s.published}  delivered ${s.delivered}  pending ${s.pending}  retrying ${s.retrying}  dead ${s.dead}${s.extra ? `  | ${s.extra}` : ""}`;
}
