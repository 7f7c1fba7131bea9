import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, openSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import type { ConsumerStats, DialogSnapshot, InboxItem } from "@dialogporten-events/consumer";

export type { ConsumerStats, DialogSnapshot, InboxItem };

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

export interface ConsumerProcessOptions {
  port: number;
  dataDir: string;
  /** `WEBHOOK_SECRET`: the webhook's and the read API's. */
  secret: string;
  logFile: string;
  /** Its own process group, so it can outlive the demo (`--keep`) and a Ctrl-C meant for the demo. */
  detached?: boolean;
  /** More configuration, e.g. pull mode's `ALTINN_EVENTS_URL`, `ALTINN_EVENTS_TOKEN`, `PULL_RESOURCES`. */
  env?: Record<string, string>;
}

/** The real consumer as a child process, its output going to a log file in the demo's temp folder. */
export class ConsumerProcess {
  private child: ChildProcess | undefined;
  readonly url: string;
  readonly secret: string;

  constructor(private readonly options: ConsumerProcessOptions) {
    this.url = `http://127.0.0.1:${options.port}`;
    this.secret = options.secret;
  }

  async start(timeoutMs = 15_000): Promise<void> {
    const main = consumerMain();
    if (!existsSync(main)) throw new Error(`the consumer is not built: ${main} is missing`);
    const { port, dataDir, logFile, detached = false, env = {} } = this.options;
    const log = openSync(logFile, "a");
    this.child = spawn(process.execPath, [main], {
      env: {
        ...process.env,
        PORT: String(port),
        HOST: "127.0.0.1",
        DATA_DIR: dataDir,
        // The demo keeps both sides in its temporary folder (SQLite), even when DATABASE_URL is set.
        DATABASE_URL: "",
        WEBHOOK_SECRET: this.secret,
        LOG_LEVEL: "warn",
        ...env,
      },
      stdio: ["ignore", log, log],
      detached,
    });
    const exited = new Promise<never>((_, reject) =>
      this.child?.once("exit", (code) =>
        reject(new Error(`the consumer exited early (code ${code}); see ${this.options.logFile}`)),
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
    throw new Error(
      `the consumer did not answer /healthz within ${timeoutMs} ms; see ${this.options.logFile}`,
    );
  }

  async stats(): Promise<ConsumerStats> {
    const response = await fetch(`${this.url}/api/stats?code=${encodeURIComponent(this.secret)}`);
    if (!response.ok) throw new Error(`consumer stats: HTTP ${response.status}`);
    return (await response.json()) as ConsumerStats;
  }

  /** The consumer's inbox items (of one type, when given), every page of them, each with its stored event. */
  async inbox(type?: string): Promise<InboxItem[]> {
    const items: InboxItem[] = [];
    // The `next` link leaves the secret out, so it goes in the header.
    const headers = { authorization: `Bearer ${this.secret}` };
    const query = new URLSearchParams({ ...(type ? { type } : {}), limit: "1000" });
    let next: string | null = `/api/events?${query}`;
    while (next !== null) {
      const response = await fetch(`${this.url}${next}`, { headers });
      if (!response.ok) throw new Error(`consumer events: HTTP ${response.status}`);
      const page = (await response.json()) as { events: InboxItem[]; next: string | null };
      items.push(...page.events);
      next = page.next;
    }
    return items;
  }

  /** The dialog as the consumer's enrichment last fetched it; undefined until a fetch has finished. */
  async snapshot(dialogId: string): Promise<DialogSnapshot | undefined> {
    const response = await fetch(`${this.url}/api/dialogs/${dialogId}/snapshot`, {
      headers: { authorization: `Bearer ${this.secret}` },
    });
    if (response.status === 404) return undefined;
    if (!response.ok) throw new Error(`consumer snapshot: HTTP ${response.status}`);
    return (await response.json()) as DialogSnapshot;
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
