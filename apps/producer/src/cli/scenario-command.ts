import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { ALL_SCOPES } from "../auth/scopes.js";
import { freshSeed } from "../emit/random.js";
import { generateScenario } from "../emit/scenario.js";
import { startService } from "../service.js";
import { numberOption, type Parsed, UsageError, urlOption } from "./args.js";
import { ProducerClient } from "./client.js";
import { Progress } from "./progress.js";
import { DEFAULT_ORG } from "./token-command.js";
import { renderTypeTable } from "./type-table.js";

/**
 * `producer scenario`: an in-process broker in a temporary folder, one subscription to --to, the scenario
 * published through the real publish endpoint, live progress until everything is delivered or dead.
 */
export async function scenarioCommand({ options }: Parsed): Promise<number> {
  const to = urlOption(options, "to");
  const dialogs = numberOption(options, "dialogs", Number.NaN);
  if (!Number.isInteger(dialogs) || dialogs < 1)
    throw new UsageError("--dialogs <n> (a positive integer) is required");
  const seed = options.seed === undefined ? freshSeed() : numberOption(options, "seed", 0);
  const timeScale = numberOption(options, "time-scale", 0.01);
  const maxWaitMs = numberOption(options, "max-wait", 120) * 1000;
  const scenario = generateScenario({ dialogs, seed });
  const emitted = new Map<string, number>();
  for (const e of scenario.events) emitted.set(e.type, (emitted.get(e.type) ?? 0) + 1);
  process.stdout.write(
    `Scenario: ${scenario.events.length} events over ${dialogs} dialogs, seed ${seed} (repeat with --seed ${seed}), retry time scale ${timeScale}\n`,
  );

  const root = mkdtempSync(join(tmpdir(), "producer-scenario-"));
  const service = await startService(
    {
      port: 0,
      host: "127.0.0.1",
      dataDir: root,
      timeScale,
      timeoutMs: numberOption(options, "timeout", 45_000),
      maxConcurrency: numberOption(options, "concurrency", 8),
      logLevel: "warn",
    },
    pino({ level: "warn", name: "producer" }, pino.destination(2)),
  );
  const progress = new Progress();
  try {
    const client = new ProducerClient(
      service.url,
      await service.tokens.mint({ scopes: ALL_SCOPES, org: DEFAULT_ORG }),
    );
    // One subscription per resource the scenario uses: the broker requires a resource filter.
    const subscriptions = await Promise.all(
      [...new Set(scenario.events.map((e) => e.resource))].map((resourceFilter) =>
        client.subscribe({ endPoint: to, resourceFilter }),
      ),
    );
    process.stdout.write(
      `Subscriptions ${subscriptions.map((s) => s.id).join(", ")} (one per resource) -> ${to}: sending the validation events...\n`,
    );
    await Promise.all(
      subscriptions.map((s) => client.waitUntilActive(s.id, Math.max(15_000, 60_000 * timeScale))),
    );
    process.stdout.write("Validated (2xx). Publishing...\n");
    for (const event of scenario.events) {
      const { status, body } = await client.publish(event);
      if (status !== 200) throw new Error(`the producer refused an event (HTTP ${status}): ${body}`);
    }
    const deadline = Date.now() + maxWaitMs;
    let stats = await client.stats();
    const state = () => ({
      published: stats.delivered + stats.dead + stats.pending + stats.retrying,
      delivered: stats.delivered,
      retrying: stats.retrying,
      dead: stats.dead,
      pending: stats.pending,
    });
    while (stats.pending + stats.retrying + stats.inFlight > 0 && Date.now() < deadline) {
      progress.update(state());
      await new Promise((r) => setTimeout(r, 100));
      stats = await client.stats();
    }
    progress.done(state());
    process.stdout.write(
      `\n${renderTypeTable(emitted, stats.byType, 1)
        .map((l) => `  ${l}`)
        .join("\n")}\n`,
    );
    const unsettled = stats.pending + stats.retrying;
    if (unsettled > 0) process.stdout.write(`\n${unsettled} deliveries still pending after --max-wait.\n`);
    if (stats.dead > 0) process.stdout.write(`\n${stats.dead} deliveries dead-lettered.\n`);
    return unsettled + stats.dead === 0 ? 0 : 1;
  } finally {
    progress.clear();
    await service.close();
    rmSync(root, { recursive: true, force: true });
  }
}
