// The process: environment in, consumer up, SIGTERM/SIGINT for a graceful stop.

import pino from "pino";
import { ConfigError, readConfig } from "./config.js";
import { createConsumer } from "./index.js";

const logger = pino({ level: process.env.LOG_LEVEL || "info" });

try {
  const config = readConfig(process.env, process.argv.slice(2));
  if (config.insecure && !config.secret) logger.warn("running without a secret (--insecure): local use only");
  const consumer = createConsumer({
    dataDir: config.dataDir,
    secret: config.secret,
    insecure: config.insecure,
    maxBodyBytes: config.maxBodyBytes,
    logger,
  });
  const url = await consumer.start({ port: config.port, host: config.host });
  logger.info({ url, dataDir: config.dataDir, webhook: `${url}/webhook` }, "consumer listening");

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down: no new requests, finishing in-flight ones");
    consumer.close().then(
      () => {
        logger.info("stopped");
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
} catch (error) {
  if (error instanceof ConfigError) {
    logger.fatal(error.message);
    process.exit(2);
  }
  throw error;
}
