#!/usr/bin/env node
// The process: environment in, consumer up, SIGTERM/SIGINT for a graceful stop. With a command first
// (`subscribe`, `subscriptions`, `unsubscribe`), that command against the Altinn Events API instead.

import pino from "pino";
import { isCommand, runCommand } from "./cli/subscriptions.js";
import { ConfigError, readConfig } from "./config.js";
import { createConsumer } from "./index.js";

const logger = pino({ level: process.env.LOG_LEVEL || "info" });

const [command, ...args] = process.argv.slice(2);
if (isCommand(command)) {
  process.exitCode = await runCommand(command, args, process.env, {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
  });
} else {
  await serve();
}

async function serve(): Promise<void> {
  try {
    const config = readConfig(process.env, process.argv.slice(2));
    if (config.insecure && !config.secret)
      logger.warn("running without a secret (--insecure): local use only");
    const consumer = createConsumer({
      dataDir: config.dataDir,
      secret: config.secret,
      insecure: config.insecure,
      maxBodyBytes: config.maxBodyBytes,
      maxJsonDepth: config.maxJsonDepth,
      maxBatchEvents: config.maxBatchEvents,
      ...(config.sqliteMaxBytes ? { sqliteMaxBytes: config.sqliteMaxBytes } : {}),
      requestTimeoutMs: config.requestTimeoutMs,
      headersTimeoutMs: config.headersTimeoutMs,
      connectionTimeoutMs: config.connectionTimeoutMs,
      keepAliveTimeoutMs: config.keepAliveTimeoutMs,
      databaseUrl: config.databaseUrl,
      leaseMs: config.leaseMs,
      allowedSourceIps: config.allowedSourceIps,
      trustProxy: config.trustProxy,
      retention: config.retention,
      ...(config.pull ? { pull: config.pull } : {}),
      ...(config.enrichment ? { enrichment: config.enrichment } : {}),
      logger,
    });
    const url = await consumer.start({ port: config.port, host: config.host });
    const store = config.databaseUrl
      ? { store: "postgres", database: describeDatabase(config.databaseUrl) }
      : { store: "sqlite", dataDir: config.dataDir };
    logger.info(
      {
        url,
        ...store,
        webhook: `${url}/webhook`,
        allowedSourceIps: config.allowedSourceIps ?? "any",
        pull: config.pull ? { from: config.pull.url, resources: config.pull.resources } : "off",
        enrichment: config.enrichment ? { from: config.enrichment.url, view: config.enrichment.view } : "off",
      },
      "consumer listening",
    );

    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, "shutting down: no new requests, finishing in-flight ones");
      // Bounded: a handler that never returns must not keep the process up past the supervisor's patience.
      setTimeout(() => {
        logger.error({ ms: config.shutdownTimeoutMs }, "shutdown did not finish in time; exiting");
        process.exit(1);
      }, config.shutdownTimeoutMs).unref();
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
    // E.g. the database is unreachable at start: exit, and let the supervisor start us again.
    logger.fatal({ err: error }, "could not start");
    process.exit(1);
  }
}

/** Host, port and database name only: the URL's user and password are never logged. */
function describeDatabase(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}${u.port ? `:${u.port}` : ""}${u.pathname}`;
  } catch {
    return "(unparsable DATABASE_URL)";
  }
}
