import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { ProducerClient } from "../../src/cli/client.js";
import { type Service, startService } from "../../src/service.js";

export interface TestProducer {
  service: Service;
  client: ProducerClient;
  dataDir: string;
  stop(): Promise<void>;
}

/** The producer in-process on a free loopback port, its outbox in a fresh temp folder. */
export async function startProducer(
  options: { timeScale?: number; timeoutMs?: number; maxConcurrency?: number } = {},
): Promise<TestProducer> {
  const dataDir = mkdtempSync(join(tmpdir(), "producer-test-"));
  const service = await startService(
    {
      port: 0,
      host: "127.0.0.1",
      dataDir,
      timeScale: options.timeScale ?? 0.00001,
      timeoutMs: options.timeoutMs ?? 2000,
      maxConcurrency: options.maxConcurrency ?? 8,
      logLevel: "silent",
    },
    pino({ level: "silent" }),
  );
  return {
    service,
    client: new ProducerClient(service.url),
    dataDir,
    async stop() {
      await service.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
