import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A pass-through proxy in front of the consumer that can answer 503 for a while, so the demo shows the
 * broker's retry schedule without breaking the consumer itself.
 */
export class FlakyProxy {
  forwarded = 0;
  refused = 0;
  private failingUntil = 0;
  private server: Server | undefined;

  constructor(private readonly target: URL) {}

  /** Answer 503 to everything for the next `ms` milliseconds. */
  failFor(ms: number): void {
    this.failingUntil = Date.now() + ms;
  }

  async listen(): Promise<string> {
    this.server = createServer((req, res) => {
      if (Date.now() < this.failingUntil) {
        this.refused++;
        req.resume();
        res.writeHead(503, { "content-type": "text/plain" }).end("demo: simulated outage");
        return;
      }
      this.forwarded++;
      const upstream = request(
        {
          hostname: this.target.hostname,
          port: this.target.port,
          method: req.method,
          path: req.url,
          headers: req.headers,
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on("error", () => {
        if (!res.headersSent) res.writeHead(502).end();
        else res.destroy();
      });
      req.pipe(upstream);
    });
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
