import {
  type BuildOptions,
  createEvent,
  type DialogportenEvent,
  type DialogportenEventType,
  type EventFields,
} from "dialogporten-events";
import { type ActivityName, activityType, randomParty, randomProcess, resources } from "./catalog.js";
import { Random } from "./random.js";

/**
 * Realistic dialog lifecycles with the real producer's fan-out: one request to Dialogporten gives several
 * events (create with transmissions and activities; an added activity gives `updated` plus the activity
 * event). Every event goes through the events package's builder, so each one passes strict mode.
 */
export interface ScenarioOptions {
  dialogs: number;
  seed: number;
  build?: BuildOptions;
  /** Simulated time of the first request (default 2026-03-02T08:00:00Z), so a seed gives the same events. */
  start?: Date;
}

export interface Scenario {
  seed: number;
  dialogs: string[];
  events: DialogportenEvent[];
}

interface Dialog {
  id: string;
  resource: string;
  subject: string;
  process: { process?: string; precedingProcess?: string };
}

/** One request to Dialogporten: what it changed, which fans out into events. */
type Step =
  | { kind: "create"; transmissions: number; information: boolean }
  | { kind: "activity"; name: ActivityName; transmission?: "PartyRepresentative" | "ServiceOwner" }
  | { kind: "transmission"; senderType: "PartyRepresentative" | "ServiceOwner" }
  | { kind: "seen" }
  | { kind: "delete" }
  | { kind: "restore" };

/** Business flows; between them they use every activity type except those of create, close, delete and restore. */
const flows: Step[][] = [
  [
    { kind: "activity", name: "sent-to-form-fill" },
    { kind: "activity", name: "form-saved" },
    { kind: "activity", name: "form-submitted", transmission: "PartyRepresentative" },
    { kind: "activity", name: "sent-to-send-in" },
  ],
  [
    { kind: "activity", name: "sent-to-signing" },
    { kind: "activity", name: "signature-provided" },
  ],
  [
    { kind: "activity", name: "sent-to-payment" },
    { kind: "activity", name: "payment-made" },
  ],
  [
    { kind: "transmission", senderType: "ServiceOwner" },
    { kind: "activity", name: "correspondence-opened" },
    { kind: "activity", name: "transmission-opened" },
    { kind: "activity", name: "correspondence-confirmed" },
  ],
  [
    { kind: "activity", name: "information" },
    { kind: "activity", name: "dialog-opened" },
  ],
];

export function generateScenario(options: ScenarioOptions): Scenario {
  const count = Math.max(1, Math.floor(options.dialogs));
  const random = new Random(options.seed);
  let clock = (options.start ?? new Date("2026-03-02T08:00:00Z")).getTime();
  const dialogs: Dialog[] = [];
  const plans: Step[][] = [];
  for (let i = 0; i < count; i++) {
    dialogs.push({
      id: random.uuidV7(clock + i * 1000),
      resource: random.pick(resources),
      subject: randomParty(random),
      process: randomProcess(random),
    });
    plans.push(planDialog(i, count, random));
  }
  const events: DialogportenEvent[] = [];
  // Dialogs progress side by side, as on a real service: each request is the next step of a random dialog.
  const cursors = plans.map(() => 0);
  for (;;) {
    const open = cursors.flatMap((c, i) => (c < (plans[i] as Step[]).length ? [i] : []));
    if (open.length === 0) break;
    const i = random.pick(open);
    const step = (plans[i] as Step[])[cursors[i] as number] as Step;
    cursors[i] = (cursors[i] as number) + 1;
    clock += random.int(1, 90) * 1000 + random.int(0, 999);
    events.push(...fanOut(dialogs[i] as Dialog, step, new Date(clock), random, options.build ?? {}));
  }
  return { seed: options.seed, dialogs: dialogs.map((d) => d.id), events };
}

function planDialog(index: number, count: number, random: Random): Step[] {
  const chosen = new Set<number>([index % flows.length]);
  // Too few dialogs to give each flow its own: the last dialog takes the rest, so every type occurs.
  if (index === count - 1) for (let f = count; f < flows.length; f++) chosen.add(f);
  if (random.chance(0.3)) chosen.add(random.int(0, flows.length - 1));
  const queues = [...chosen].map((f) => [...(flows[f] as Step[])]);
  const seen = random.int(1, 2);
  for (let s = 0; s < seen; s++) queues.push([{ kind: "seen" }]);
  const middle: Step[] = [];
  while (queues.some((q) => q.length > 0)) {
    const q = random.pick(queues.filter((x) => x.length > 0));
    middle.push(q.shift() as Step);
  }
  const steps: Step[] = [
    { kind: "create", transmissions: random.int(1, 2), information: random.chance(0.3) },
    ...middle,
  ];
  if (index === count - 1 || random.chance(0.4)) steps.push({ kind: "activity", name: "closed" });
  if (index === 0 || random.chance(0.25)) {
    steps.push({ kind: "delete" });
    if (index === 0 || random.chance(0.5)) steps.push({ kind: "restore" }, { kind: "seen" });
  }
  return steps;
}

function fanOut(
  dialog: Dialog,
  step: Step,
  at: Date,
  random: Random,
  build: BuildOptions,
): DialogportenEvent[] {
  const out: DialogportenEvent[] = [];
  const emit = (type: DialogportenEventType, extra: Partial<EventFields<DialogportenEventType>> = {}) => {
    const fields = {
      resource: dialog.resource,
      resourceinstance: dialog.id,
      subject: dialog.subject,
      id: type === "dialogporten.dialog.seen.v1" ? random.uuidV7(at.getTime()) : random.uuidV4(),
      time: at,
      ...extra,
    } as EventFields<DialogportenEventType>;
    out.push(createEvent(type, fields, build));
  };
  const dialogData = Object.keys(dialog.process).length > 0 ? { data: { ...dialog.process } } : {};
  const activity = (name: ActivityName) =>
    emit(activityType(name), { data: { activityId: random.uuidV4(), ...dialog.process } } as never);
  const transmission = (senderType: "PartyRepresentative" | "ServiceOwner") =>
    emit("dialogporten.dialog.transmission.created.v1", {
      transmissionId: random.uuidV7(at.getTime()),
      data: { senderType, ...dialog.process },
    } as never);

  switch (step.kind) {
    case "create":
      emit("dialogporten.dialog.created.v1", dialogData);
      for (let t = 0; t < step.transmissions; t++) transmission("ServiceOwner");
      activity("created");
      if (step.information) activity("information");
      break;
    case "activity":
      emit("dialogporten.dialog.updated.v1", dialogData);
      if (step.transmission) transmission(step.transmission);
      activity(step.name);
      break;
    case "transmission":
      emit("dialogporten.dialog.updated.v1", dialogData);
      transmission(step.senderType);
      break;
    case "seen":
      emit("dialogporten.dialog.seen.v1", dialogData);
      break;
    case "delete":
      emit("dialogporten.dialog.deleted.v1", dialogData);
      activity("dialog-deleted");
      break;
    case "restore":
      emit("dialogporten.dialog.restored.v1", dialogData);
      activity("dialog-restored");
      break;
  }
  return out;
}
