import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, openSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import type { ConsumerStats } from "@dialogporten-events/consumer";

export type { ConsumerStats };

/** The consumer's program, as its package declares it (`bin`), wherever the dependency is installed. */
export function consumerMain(): string {
  const manifest = createRequire(import.meta.url).resolve("@dialogporten-events/consumer/package.json");
  const { bin } = JSON.parse(readFileSync(manifest, "utf8")) as { bin: Record<string, string> };
  return join(dirname(manifest), bin["dialogporten-consumer"] as string);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The real consumer as a child process, its output going to a log file in the demo's temp folder. */
export class ConsumerProcess {
  private child: ChildProcess | undefined;
  readonly url: string;

  constructor(
    private readonly port: number,
    private readonly dataDir: string,
    readonly secret: string,
    private readonly logFile: string,
    /** Its own process group, so it can outlive the demo (`--keep`) and a Ctrl-C meant for the demo. */
    private readonly detached = false,
  ) {
    this.url = `http://127.0.0.1:${port}`;
  }

  async start(timeoutMs = 15_000): Promise<void> {
    const main = consumerMain();
    if (!existsSync(main)) throw new Error(`the consumer is not built: ${main} is missing`);
    const log = openSync(this.logFile, "a");
    this.child = spawn(process.execPath, [main], {
      env: {
        ...process.env,
        PORT: String(this.port),
        HOST: "127.0.0.1",
        DATA_DIR: this.dataDir,
        // The demo keeps both sides in its temporary folder (SQLite), even when DATABASE_URL is set.
        DATABASE_URL: "",
        WEBHOOK_SECRET: this.secret,
        LOG_LEVEL: "warn",
      },
      stdio: ["ignore", log, log],
      detached: this.detached,
    });
    const exited = new Promise<never>((_, reject) =>
      this.child?.once("exit", (code) =>
        reject(new Error(`the consumer exited early (code ${code}); see ${this.logFile}`)),
      ),
    );
    exited.catch(() => undefined);
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const ok = await Promise.race([
        fetch(`${this.url}/healthz`).then(
          (r) => r.ok,
          () => false,
        ),
        exited,
      ]);
      if (ok) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`the consumer did not answer /healthz within ${timeoutMs} ms; see ${this.logFile}`);
  }

  async stats(): Promise<ConsumerStats> {
    const response = await fetch(`${this.url}/api/stats?code=${encodeURIComponent(this.secret)}`);
    if (!response.ok) throw new Error(`consumer stats: HTTP ${response.status}`);
    return (await response.json()) as ConsumerStats;
  }

  /** The consumer's inbox items of one type, every page of them. */
  async inbox(type: string): Promise<{ source: string; eventId: string; status: string }[]> {
    type Item = { source: string; eventId: string; status: string };
    const items: Item[] = [];
    // The `next` link leaves the secret out, so it goes in the header.
    const headers = { authorization: `Bearer ${this.secret}` };
    let next: string | null = `/api/events?${new URLSearchParams({ type, limit: "1000" })}`;
    while (next !== null) {
      const response = await fetch(`${this.url}${next}`, { headers });
      if (!response.ok) throw new Error(`consumer events: HTTP ${response.status}`);
      const page = (await response.json()) as { events: Item[]; next: string | null };
      items.push(...page.events);
      next = page.next;
    }
    return items;
  }

  /** Lets the demo exit while the consumer keeps running; its process id, to stop it later. */
  leaveRunning(): number | undefined {
    this.child?.removeAllListeners("exit");
    this.child?.unref();
    return this.child?.pid;
  }

  /** SIGTERM, then SIGKILL if it has not gone within `graceMs`. */
  async stop(graceMs = 3000): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
    await gone;
    clearTimeout(timer);
  }
}
