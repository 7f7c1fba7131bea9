import type { FastifyInstance } from "fastify";
import pino, { type Logger } from "pino";
import { TokenIssuer } from "./auth/tokens.js";
import { Broker } from "./broker.js";
import { DEFAULT_RETENTION_DAYS, DEFAULT_VISIBILITY_DELAY_MS, type ServiceConfig } from "./config.js";
import { checkPublicBase, defaultPublicBase } from "./dialogporten/public-base.js";
import { buildServer } from "./http/server.js";
import { loadUnitTree } from "./subscriptions/units.js";

/** How long `close()` lets in-flight requests finish before it cuts the connections left. */
const CLOSE_GRACE_MS = 2_000;

export interface Service {
  broker: Broker;
  /** Mints and verifies the service's tokens (key in its data folder). */
  tokens: TokenIssuer;
  app: FastifyInstance;
  /** http://host:port of the listening API. */
  url: string;
  /** The `https://…/dialogporten` base of the Dialogporten API stand-in's events' `source`. */
  dialogportenPublicBase: string;
  close(): Promise<void>;
}

/** Broker plus HTTP API, listening. Used by `main.ts`, the CLI's scenario and the demo. */
export async function startService(config: ServiceConfig, logger?: Logger): Promise<Service> {
  const log = logger ?? pino({ level: config.logLevel, name: "producer" });
  const units = config.unitsFile ? loadUnitTree(config.unitsFile) : new Map();
  const tokens = await TokenIssuer.open(config.dataDir);
  const broker = await Broker.open({
    dataDir: config.dataDir,
    databaseUrl: config.databaseUrl,
    logger: log,
    timeScale: config.timeScale,
    timeoutMs: config.timeoutMs,
    maxConcurrency: config.maxConcurrency,
    pollMs: config.timeScale < 0.1 ? 20 : 250,
    units,
    visibilityDelayMs: config.visibilityDelayMs ?? DEFAULT_VISIBILITY_DELAY_MS,
    retentionMs: (config.retentionDays ?? DEFAULT_RETENTION_DAYS) * 24 * 3600 * 1000,
    deliveryChaos: config.deliveryChaos,
  });
  let publicBase = config.dialogportenPublicBase;
  if (publicBase !== undefined) checkPublicBase(publicBase);
  const app = buildServer(
    broker,
    tokens,
    log as unknown as FastifyInstance["log"],
    () => publicBase as string,
  );
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await broker.close();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  publicBase ??= defaultPublicBase(config.host, port);
  return {
    broker,
    tokens,
    app,
    url: `http://${config.host}:${port}`,
    dialogportenPublicBase: publicBase,
    async close() {
      // fastify closes idle keep-alive connections at once and waits for the rest; a client that opened a
      // connection and sent nothing would hold the close until Node's headers timeout (60 s). In-flight
      // requests get a grace period, then every connection left is cut.
      const cut = setTimeout(() => app.server.closeAllConnections(), CLOSE_GRACE_MS);
      try {
        await app.close();
      } finally {
        clearTimeout(cut);
      }
      await broker.close();
    },
  };
}
