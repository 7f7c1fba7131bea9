import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import pino from "pino";
import { ALL_SCOPES, DIALOGPORTEN_SCOPES, SCOPES } from "../auth/scopes.js";
import { ProducerClient } from "../cli/client.js";
import { Progress } from "../cli/progress.js";
import { resources } from "../emit/catalog.js";
import { Random } from "../emit/random.js";
import { startService } from "../service.js";
import { compareInboxes } from "./compare.js";
import { ConsumerProcess, freePort, type InboxItem } from "./consumer.js";
import { dialogportenClient, runDialogScript } from "./dialog-calls.js";
import { FlakyProxy } from "./proxy.js";
import { compareSnapshots, type SnapshotComparison } from "./snapshots.js";
import { checks, renderSummary } from "./summary.js";

/**
 * The whole loop on loopback, in a temporary folder removed afterwards: a service owner and two end users
 * call the Dialogporten API stand-in (the producer, in this process), which turns each call into events by
 * Dialogporten's rules; the broker delivers them (reordered and duplicated on purpose, through a flaky
 * proxy) to a real consumer (child process) that fetches each dialog back from the stand-in, and a second
 * real consumer pulls the same events through the pull API. Exit code 0 only when every event was
 * delivered and processed exactly once, the pulling consumer's inbox equals the webhook consumer's, event
 * by event, and every dialog's snapshot in the consumer equals the stand-in's own GET of it.
 */
const argv = process.argv.slice(2);
const { values: args } = parseArgs({
  // `pnpm demo -- --dialogs 40` passes its `--` through, before the script's own options.
  args: argv[0] === "--" ? argv.slice(1) : argv,
  options: {
    dialogs: { type: "string", default: "12" },
    seed: { type: "string", default: "2026" },
    calm: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
  },
});
const DIALOGS = Number(args.dialogs);
const SEED = Number(args.seed);
const TIME_SCALE = 0.005; // 10 s -> 50 ms, 5 min -> 1.5 s
// Altinn Events delivers at least once and in no order; the demo makes both happen unless `--calm`.
const CHAOS = args.calm ? undefined : { reorderMs: 150, duplicateRate: 0.08, seed: SEED };
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
// Each part is started in turn and stopped in reverse; the consumers need the producer's address first.
let consumer: ConsumerProcess | undefined;
let puller: ConsumerProcess | undefined;
let proxy: FlakyProxy | undefined;
let service: Awaited<ReturnType<typeof startService>> | undefined;

async function cleanUp(keepConsumer = false): Promise<void> {
  await service?.close().catch(() => undefined);
  await proxy?.close().catch(() => undefined);
  await puller?.stop().catch(() => undefined);
  if (!keepConsumer) await consumer?.stop().catch(() => undefined);
  if (!args.keep) rmSync(root, { recursive: true, force: true });
}

for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.once(signal, () => void cleanUp().finally(() => process.exit(130)));

async function run(): Promise<boolean> {
  say(
    `Dialogporten events demo: ${DIALOGS} dialogs, seed ${SEED}, retry time scale ${TIME_SCALE} (10 s -> ${10_000 * TIME_SCALE} ms), ` +
      (CHAOS
        ? `deliveries reordered (up to ${CHAOS.reorderMs} ms) and ${CHAOS.duplicateRate * 100}% duplicated`
        : "no delivery chaos (--calm)"),
  );
  say(`  working folder ${root}`);

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
      deliveryChaos: CHAOS,
    },
    pino(
      { level: "info", name: "producer" },
      pino.destination({ dest: join(root, "producer.log"), sync: true }),
    ),
  );
  const { tokens } = service;
  // One organisation's token with every Events API scope, as the stand-in issues them (`producer token`).
  const client = new ProducerClient(service.url, await tokens.mint({ scopes: ALL_SCOPES, org: "digdir" }));
  const serviceOwnerToken = await tokens.mint({
    scopes: [DIALOGPORTEN_SCOPES.serviceOwner, DIALOGPORTEN_SCOPES.correspondence],
    org: "digdir",
  });
  say(
    `  producer   ${service.url}  (this process: Events API, Dialogporten API under /dialogporten, outbox)`,
  );

  // The webhook consumer enriches: on each event it fetches the dialog as the service owner.
  consumer = new ConsumerProcess({
    port: await freePort(),
    dataDir: join(root, "consumer"),
    secret,
    logFile: join(root, "consumer.log"),
    detached: args.keep,
    env: {
      DIALOGPORTEN_URL: `${service.url}/dialogporten`,
      DIALOGPORTEN_TOKEN: serviceOwnerToken,
      DIALOGPORTEN_MAX_FETCHES_PER_SECOND: "500",
      DIALOGPORTEN_FETCH_CONCURRENCY: "8",
    },
  });
  await consumer.start();
  say(`  consumer   ${consumer.url}  (apps/consumer, child process; fetches each dialog from the stand-in)`);
  proxy = new FlakyProxy(new URL(consumer.url));
  const proxyUrl = await proxy.listen();
  say(`  proxy      ${proxyUrl}  (answers 503 during a simulated outage)`);

  // The second consumer has no subscription: it pulls every resource with a token the stand-in minted
  // with the pull scope only, as an integrator without a public endpoint would.
  const pulling = new ConsumerProcess({
    port: await freePort(),
    dataDir: join(root, "consumer-pull"),
    secret,
    logFile: join(root, "consumer-pull.log"),
    env: {
      ALTINN_EVENTS_URL: service.url,
      ALTINN_EVENTS_TOKEN: await tokens.mint({ scopes: [SCOPES.subscribe], org: "digdir" }),
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

  const progress = new Progress();
  const snapshot = async () => {
    const [p, c, pc] = await Promise.all([client.stats(), consumer?.stats(), pulling.stats()]);
    if (!c) throw new Error("the consumer is gone");
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
  const ticker = setInterval(
    () =>
      void snapshot().then(
        (s) => progress.update(s.state),
        () => undefined,
      ),
    100,
  );

  // A service owner and two end users at work; the stand-in makes every event.
  const endUsers = await Promise.all(
    ["08089409382", "26867298964"].map(async (pid) => ({
      pid,
      client: dialogportenClient(
        service?.url ?? "",
        await tokens.mint({ scopes: [DIALOGPORTEN_SCOPES.endUser], pid }),
      ),
    })),
  );
  let script: Awaited<ReturnType<typeof runDialogScript>>;
  try {
    script = await runDialogScript(
      { serviceOwner: dialogportenClient(service.url, serviceOwnerToken), endUsers },
      {
        dialogs: DIALOGS,
        random: new Random(SEED),
        beforeDialog: (n) => {
          if (n === Math.floor(DIALOGS * 0.4)) proxy?.failFor(OUTAGE_MS);
        },
      },
    );
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
  const calls = [...script.calls].map(([call, n]) => `${n} ${call}`).join(", ");
  say(`  API calls: ${calls}`);

  // What the stand-in emitted, read back through its own pull API once every event is visible.
  await sleep(VISIBILITY_DELAY_MS + 50);
  const published = (await Promise.all(resources.map((r) => client.pullAll(r)))).flat();
  const emitted = new Map<string, number>();
  for (const e of published) emitted.set(e.type, (emitted.get(e.type) ?? 0) + 1);

  // The pulling consumer has caught up when it has stored and processed every emitted event.
  const caughtUpBy = Date.now() + CATCH_UP_TIMEOUT_MS;
  for (;;) {
    const pc = await pulling.stats();
    if (
      (pc.accepted >= published.length && pc.processed === pc.accepted && pc.pending === 0) ||
      Date.now() > caughtUpBy
    )
      break;
    await sleep(50);
  }
  // The enriching consumer has converged when its snapshot of every dialog equals the stand-in's GET.
  let snapshots: SnapshotComparison;
  const convergedBy = Date.now() + CATCH_UP_TIMEOUT_MS;
  for (;;) {
    snapshots = await compareSnapshots(consumer, dialogportenClient(service.url, serviceOwnerToken), script);
    if (snapshots.differences.length === 0 || Date.now() > convergedBy) break;
    await sleep(100);
  }
  const final = await snapshot();
  progress.done(final.state);

  // Event by event, not only the counters: (source, id) pairs in the consumer's inbox against the emitted.
  const inboxMismatches: string[] = [];
  for (const [type] of emitted) {
    const expected = new Set(published.filter((e) => e.type === type).map((e) => `${e.source}|${e.id}`));
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
    chaos: CHAOS !== undefined,
    subscriptions: subscriptions.length,
    dialogs: script.dialogs.length,
    producer: final.p,
    consumer: final.c,
    outageRefusals: proxy.refused,
    pull: { consumer: final.pc, comparison },
    snapshots,
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
      ? `Demo passed in ${elapsed()}: every event followed from an API call, was delivered and processed exactly once, pushed and pulled alike, and every dialog the consumer fetched equals the stand-in's.`
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
if (keepConsumer && consumer) {
  const pid = consumer.leaveRunning();
  say(`\nThe consumer keeps running: open ${consumer.url}/ui and sign in with the read secret ${secret}`);
  say(`  stop it with: kill ${pid}   (its data and log stay in ${root})`);
  say(
    `  the pulling consumer was stopped with the producer it pulls from; its data stays in ${join(root, "consumer-pull")}`,
  );
}
process.exit(ok ? 0 : 1);
