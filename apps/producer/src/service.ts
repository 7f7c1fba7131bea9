import type { FastifyInstance } from "fastify";
import pino, { type Logger } from "pino";
import { Broker } from "./broker.js";
import type { ServiceConfig } from "./config.js";
import { buildServer } from "./http/server.js";

export interface Service {
  broker: Broker;
  app: FastifyInstance;
  /** http://host:port of the listening API. */
  url: string;
  close(): Promise<void>;
}

/** Broker plus HTTP API, listening. Used by `main.ts`, the CLI's scenario and the demo. */
export async function startService(config: ServiceConfig, logger?: Logger): Promise<Service> {
  const log = logger ?? pino({ level: config.logLevel, name: "producer" });
  const broker = await Broker.open({
    dataDir: config.dataDir,
    databaseUrl: config.databaseUrl,
    logger: log,
    timeScale: config.timeScale,
    timeoutMs: config.timeoutMs,
    maxConcurrency: config.maxConcurrency,
    pollMs: config.timeScale < 0.1 ? 20 : 250,
  });
  const app = buildServer(broker, log as unknown as FastifyInstance["log"]);
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await broker.close();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  return {
    broker,
    app,
    url: `http://${config.host}:${port}`,
    async close() {
      await app.close();
      await broker.close();
    },
  };
}
