import { configFromEnv } from "./config.js";
import { startService } from "./service.js";

// Service mode: the local Altinn Events stand-in, until SIGINT or SIGTERM.
const config = configFromEnv();
const service = await startService(config);
service.app.log.info(
  {
    url: service.url,
    outbox: config.databaseUrl ? "postgresql" : `sqlite in ${config.dataDir}`,
    timeScale: config.timeScale,
    timeoutMs: config.timeoutMs,
    ...(config.deliveryChaos ? { deliveryChaos: config.deliveryChaos } : {}),
  },
  "producer listening",
);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    // Deliveries in flight finish (or are resumed on the next start: the outbox still has them).
    service.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
