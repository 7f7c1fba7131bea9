// A server for the consumer benchmark, run in its own process (fork with IPC) so the load generator in the
// parent does not share its event loop. `bare`: a fastify route that reads the body and answers 200 without
// work. `consumer`: the real consumer (`createConsumer`) with the SQLite store in a temp DATA_DIR.
// Messages: child -> parent `{ ready: url }`; parent -> child `"close"`; child -> parent `{ closed, storedIds }`.

import Fastify from "fastify";

const [kind = "bare", dataDir = "", secret = ""] = process.argv.slice(2);
// Exit only once the message is flushed: a large one (every stored id) would otherwise be cut off.
const send = (message: unknown, then?: () => void) => process.send?.(message, undefined, {}, () => then?.());

if (kind === "bare") {
  const app = Fastify({ logger: false });
  app.removeAllContentTypeParsers();
  app.addContentTypeParser("*", { parseAs: "buffer" }, (_request, body, done) => done(null, body));
  app.post("/webhook", async () => ({ status: "accepted" }));
  const url = await app.listen({ port: 0, host: "127.0.0.1" });
  send({ ready: url });
  process.on("message", async () => {
    await app.close();
    send({ closed: true, storedIds: [] }, () => process.exit(0));
  });
} else {
  // Loaded only here, through the package's public entry, so the bare server carries none of it.
  const mod = await import("@dialogporten-events/consumer");
  const consumer = mod.createConsumer({ dataDir, secret, logLevel: "warn" });
  const url = await consumer.start({ port: 0, host: "127.0.0.1" });
  send({ ready: url });
  process.on("message", async () => {
    await consumer.close();
    // Reopen the file: what is there now was committed.
    const store = mod.openSqliteStore(dataDir);
    const stats = await store.stats();
    const items = await store.listEvents({ limit: 10_000_000 });
    await store.close();
    send({ closed: true, stats, storedIds: items.map((i) => i.eventId) }, () => process.exit(0));
  });
}
