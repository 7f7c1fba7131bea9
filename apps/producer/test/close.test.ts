// Closing the producer (SIGTERM, tests, the demo) must not wait on clients: a connection that was opened and
// never sent a byte is not idle to Node, so fastify's close alone would wait for the 60 s headers timeout.

import { connect } from "node:net";
import { expect, it } from "vitest";
import { startProducer } from "./support/producer.js";

it("closes within its grace period while a client holds a connection open and sends nothing", async () => {
  const producer = await startProducer();
  const { port } = new URL(producer.service.url);
  const silent = connect(Number(port), "127.0.0.1");
  silent.on("error", () => {});
  await new Promise<void>((resolve) => silent.once("connect", () => resolve()));
  const started = Date.now();
  await producer.stop();
  expect(Date.now() - started).toBeLessThan(5_000);
  silent.destroy();
}, 15_000);
