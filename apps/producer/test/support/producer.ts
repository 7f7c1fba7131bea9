import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { ALL_SCOPES } from "../../src/auth/scopes.js";
import { ProducerClient } from "../../src/cli/client.js";
import type { DeliveryChaos } from "../../src/delivery/chaos.js";
import { resources } from "../../src/emit/catalog.js";
import { type Service, startService } from "../../src/service.js";

/** The resource `sampleEvent` uses unless told otherwise; subscriptions need a resource filter. */
export const RESOURCE = resources[0] as string;

export interface TestProducer {
  service: Service;
  /** With a token that has every scope. */
  client: ProducerClient;
  /** That token. */
  token: string;
  dataDir: string;
  stop(): Promise<void>;
}

/** The producer in-process on a free loopback port, its outbox in a fresh temp folder. */
export async function startProducer(
  options: {
    timeScale?: number;
    timeoutMs?: number;
    maxConcurrency?: number;
    visibilityDelayMs?: number;
    unitsFile?: string;
    /** PostgreSQL instead of SQLite (the folder then keeps only the signing key). */
    databaseUrl?: string;
    deliveryChaos?: DeliveryChaos;
  } = {},
): Promise<TestProducer> {
  const dataDir = mkdtempSync(join(tmpdir(), "producer-test-"));
  const service = await startService(
    {
      port: 0,
      host: "127.0.0.1",
      dataDir,
      databaseUrl: options.databaseUrl,
      timeScale: options.timeScale ?? 0.00001,
      timeoutMs: options.timeoutMs ?? 2000,
      maxConcurrency: options.maxConcurrency ?? 8,
      logLevel: "silent",
      visibilityDelayMs: options.visibilityDelayMs ?? 0,
      unitsFile: options.unitsFile,
      deliveryChaos: options.deliveryChaos,
    },
    pino({ level: "silent" }),
  );
  const token = await service.tokens.mint({ scopes: ALL_SCOPES, org: "digdir" });
  return {
    service,
    client: new ProducerClient(service.url, token),
    token,
    dataDir,
    async stop() {
      await service.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
