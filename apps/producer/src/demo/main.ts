import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import pino from "pino";
import { ALL_SCOPES, SCOPES } from "../auth/scopes.js";
import { ProducerClient } from "../cli/client.js";
import { Progress } from "../cli/progress.js";
import { resources } from "../emit/catalog.js";
import { Random } from "../emit/random.js";
import { generateScenario } from "../emit/scenario.js";
import { startService } from "../service.js";
import { compareInboxes } from "./compare.js";
import { ConsumerProcess, freePort, type InboxItem } from "./consumer.js";
import { FlakyProxy } from "./proxy.js";
import { checks, renderSummary } from "./summary.js";

/**
 * The whole flow on loopback: producer (in this process) -> flaky proxy -> real consumer (child process),
 * and a second real consumer that pulls the same events through the pull API, in a temporary folder that
 * is removed afterwards. Exit code 0 only when every event was delivered and processed exactly once and
 * the pulling consumer's inbox equals the webhook consumer's, event by event.
 */
const { values: args } = parseArgs({
  options: {
    dialogs: { type: "string", default: "12" },
    seed: { type: "string", default: "2026" },
    keep: { type: "boolean", default: false },
  },
});
const DIALOGS = Number(args.dialogs);
const SEED = Number(args.seed);
const TIME_SCALE = 0.005; // 10 s -> 50 ms, 5 min -> 1.5 s
const REPUBLISH = 5;
const OUTAGE_MS = 600;
const SETTLE_TIMEOUT_MS = 40_000;
// Scaled down as the retries are (the real platform: 30 s): an event is pullable this long after it is accepted.
const VISIBILITY_DELAY_MS = Math.round(30_000 * TIME_SCALE);
const PULL_INTERVAL_MS = 100;
const CATCH_UP_TIMEOUT_MS = 15_000;

const started = performance.now();
const say = (text: string) => process.stdout.write(`${text}\n`);
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const root = mkdtempSync(join(tmpdir(), "dialogporten-demo-"));
const secret = randomBytes(12).toString("hex");
const consumer = new ConsumerProcess({
  port: await freePort(),
  dataDir: join(root, "consumer"),
  secret,
  logFile: join(root, "consumer.log"),
  detached: args.keep,
});
// Configured once the producer's address and a token are known; never left running (it would pull from a
// producer that is gone).
let puller: ConsumerProcess | undefined;
let proxy: FlakyProxy | undefined;
let service: Awaited<ReturnType<typeof startService>> | undefined;

async function cleanUp(keepConsumer = false): Promise<void> {
  await service?.close().catch(() => undefined);
  await proxy?.close().catch(() => undefined);
  await puller?.stop().catch(() => undefined);
  if (!keepConsumer) await consumer.stop().catch(() => undefined);
  if (!args.keep) rmSync(root, { recursive: true, force: true });
}

for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.once(signal, () => void cleanUp().finally(() => process.exit(130)));

async function run(): Promise<boolean> {
  say(
    `Dialogporten events demo: ${DIALOGS} dialogs, seed ${SEED}, retry time scale ${TIME_SCALE} (10 s -> ${10_000 * TIME_SCALE} ms)`,
  );
  say(`  working folder ${root}`);

  await consumer.start();
  say(`  consumer   ${consumer.url}  (apps/consumer, child process)`);
  proxy = new FlakyProxy(new URL(consumer.url));
  const proxyUrl = await proxy.listen();
  say(`  proxy      ${proxyUrl}  (answers 503 during a simulated outage)`);
  service = await startService(
    {
      port: 0,
      host: "127.0.0.1",
      dataDir: join(root, "producer"),
      timeScale: TIME_SCALE,
      timeoutMs: 5000,
      maxConcurrency: 8,
      logLevel: "info",
      visibilityDelayMs: VISIBILITY_DELAY_MS,
    },
    pino(
      { level: "info", name: "producer" },
      pino.destination({ dest: join(root, "producer.log"), sync: true }),
    ),
  );
  // One organisation's token with every scope, as the stand-in issues them (`producer token`).
  const client = new ProducerClient(
    service.url,
    await service.tokens.mint({ scopes: ALL_SCOPES, org: "digdir" }),
  );
  say(`  producer   ${service.url}  (this process; outbox ${join(root, "producer", "producer.sqlite")})`);

  // The second consumer has no subscription: it pulls every scenario resource with a token the stand-in
  // minted with the pull scope only, as an integrator without a public endpoint would.
  const pulling = new ConsumerProcess({
    port: await freePort(),
    dataDir: join(root, "consumer-pull"),
    secret,
    logFile: join(root, "consumer-pull.log"),
    env: {
      ALTINN_EVENTS_URL: service.url,
      ALTINN_EVENTS_TOKEN: await service.tokens.mint({ scopes: [SCOPES.subscribe], org: "digdir" }),
      PULL_RESOURCES: resources.join(","),
      PULL_INTERVAL_MS: String(PULL_INTERVAL_MS),
    },
  });
  puller = pulling;
  await pulling.start();
  say(
    `  consumer   ${pulling.url}  (apps/consumer, child process, pull mode: ${resources.length} resources every ${PULL_INTERVAL_MS} ms once caught up;` +
      ` events become pullable ${VISIBILITY_DELAY_MS} ms after they are accepted, scaled down from the platform's 30 s)`,
  );

  // One subscription per service resource, as an integrator would set up: resourceFilter is exact-match.
  const endPoint = `${proxyUrl}/webhook?code=${secret}`;
  const subscriptions = await Promise.all(
    resources.map((resourceFilter) => client.subscribe({ endPoint, resourceFilter })),
  );
  await Promise.all(subscriptions.map((s) => client.waitUntilActive(s.id)));
  say(
    `  ${subscriptions.length} subscriptions validated (each got platform.events.validatesubscription and answered 2xx)`,
  );

  const scenario = generateScenario({ dialogs: DIALOGS, seed: SEED });
  const emitted = new Map<string, number>();
  for (const e of scenario.events) emitted.set(e.type, (emitted.get(e.type) ?? 0) + 1);
  // The real producer re-publishes with the same id when it is unsure the first publish landed.
  const random = new Random(SEED + 1);
  const queue: unknown[] = [...scenario.events];
  const again = random
    .shuffle(scenario.events.map((_, i) => i))
    .slice(0, REPUBLISH)
    .sort((a, b) => b - a);
  for (const i of again)
    queue.splice(Math.min(queue.length, i + 1 + random.int(1, 10)), 0, scenario.events[i]);
  say(
    `  publishing ${scenario.events.length} events over ${DIALOGS} dialogs, ${REPUBLISH} of them twice with the same id`,
  );

  const progress = new Progress();
  const snapshot = async () => {
    const [p, c, pc] = await Promise.all([client.stats(), consumer.stats(), pulling.stats()]);
    const state = {
      published: p.delivered + p.dead + p.pending + p.retrying,
      delivered: p.delivered,
      retrying: p.retrying,
      dead: p.dead,
      pending: p.pending,
      extra: `consumer accepted ${c.accepted} dup ${c.duplicates} processed ${c.processed}, pulled ${pc.accepted}`,
    };
    return { p, c, pc, state };
  };

  let next = 0;
  let outage = false;
  const publisher = async () => {
    while (next < queue.length) {
      const i = next++;
      if (!outage && i >= queue.length * 0.4) {
        outage = true;
        proxy?.failFor(OUTAGE_MS);
      }
      const { status, body } = await client.publish(queue[i]);
      if (status !== 200) throw new Error(`publish refused (HTTP ${status}): ${body}`);
      await sleep(4);
    }
  };
  const ticker = setInterval(
    () =>
      void snapshot().then(
        (s) => progress.update(s.state),
        () => undefined,
      ),
    100,
  );
  try {
    await Promise.all(Array.from({ length: 4 }, publisher));
    // Settled: the outbox is empty and the consumer has worked through its inbox, twice in a row.
    const deadline = Date.now() + SETTLE_TIMEOUT_MS;
    let calm = 0;
    while (Date.now() < deadline && calm < 2) {
      await sleep(100);
      const { p, c } = await snapshot();
      calm = p.pending + p.retrying + p.inFlight === 0 && c.pending === 0 ? calm + 1 : 0;
    }
  } finally {
    clearInterval(ticker);
  }
  // The pulling consumer has caught up when it has stored and processed every unique event.
  const unique = scenario.events.length;
  const caughtUpBy = Date.now() + CATCH_UP_TIMEOUT_MS;
  for (;;) {
    const pc = await pulling.stats();
    if (
      (pc.accepted >= unique && pc.processed === pc.accepted && pc.pending === 0) ||
      Date.now() > caughtUpBy
    )
      break;
    await sleep(50);
  }
  const final = await snapshot();
  progress.done(final.state);

  // Event by event, not only the counters: (source, id) pairs in the consumer's inbox against the scenario.
  const inboxMismatches: string[] = [];
  for (const [type, count] of emitted) {
    if (count > 1000) continue; // beyond the read API's page; the counters still cover it
    const expected = new Set(
      scenario.events.filter((e) => e.type === type).map((e) => `${e.source}|${e.id}`),
    );
    const items = await consumer.inbox(type);
    const seen = new Set(items.map((i) => `${i.source}|${i.eventId}`));
    for (const key of expected) if (!seen.has(key)) inboxMismatches.push(`missing ${type} ${key}`);
    for (const i of items) {
      if (!expected.has(`${i.source}|${i.eventId}`)) inboxMismatches.push(`unexpected ${type} ${i.eventId}`);
      else if (i.status !== "processed") inboxMismatches.push(`${i.status} ${type} ${i.eventId}`);
    }
    if (items.length !== seen.size) inboxMismatches.push(`${type} stored twice`);
  }

  // Event by event between the two consumers; the validation handshakes only the webhook consumer gets.
  const events = (items: InboxItem[]) => items.filter((i) => i.kind !== "subscription-validation");
  const [pushedInbox, pulledInbox] = await Promise.all([consumer.inbox(), pulling.inbox()]);
  const comparison = compareInboxes(events(pushedInbox), events(pulledInbox));

  const facts = {
    inboxMismatches,
    emitted,
    republished: REPUBLISH,
    subscriptions: subscriptions.length,
    dialogs: scenario.dialogs.length,
    producer: final.p,
    consumer: final.c,
    outageRefusals: proxy.refused,
    pull: { consumer: final.pc, comparison },
  };
  say("");
  say(renderSummary(facts));
  say("");
  const results = checks(facts);
  for (const c of results) say(`  ${c.ok ? "ok  " : "FAIL"}  ${c.text}`);
  const ok = results.every((c) => c.ok);
  say("");
  say(
    ok
      ? `Demo passed in ${elapsed()}: every event delivered and processed exactly once, pushed and pulled alike.`
      : `Demo FAILED after ${elapsed()}.`,
  );
  return ok;
}

let ok = false;
try {
  ok = await run();
} catch (error) {
  process.stderr.write(`\nDemo failed: ${(error as Error).stack ?? String(error)}\n`);
}
if (!ok) {
  for (const log of ["consumer.log", "consumer-pull.log", "producer.log"]) {
    const file = join(root, log);
    if (!existsSync(file)) continue;
    const tail = readFileSync(file, "utf8").trim().split("\n").slice(-15).join("\n");
    if (tail) process.stderr.write(`\n--- last lines of ${log} ---\n${tail}\n`);
  }
}
// `--keep` after a run that passed: the consumer stays up with its data, for its live view.
const keepConsumer = ok && args.keep;
await cleanUp(keepConsumer);
if (keepConsumer) {
  const pid = consumer.leaveRunning();
  say(`\nThe consumer keeps running: open ${consumer.url}/ui and sign in with the read secret ${secret}`);
  say(`  stop it with: kill ${pid}   (its data and log stay in ${root})`);
  say(
    `  the pulling consumer was stopped with the producer it pulls from; its data stays in ${join(root, "consumer-pull")}`,
  );
}
process.exit(ok ? 0 : 1);
