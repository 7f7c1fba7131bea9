// What the HTTP thread and the SQLite writer thread say to each other. Arguments and answers are flat rows
// (`rows.ts`, `operations.ts`): events cross as JSON text, already serialized by the HTTP thread (a
// structured clone of a string is a copy, of an object a walk).

import type { ErrorClass } from "@dialogporten-events/db";
import type { Op } from "./operations.js";

/** HTTP thread -> writer: `[callId, op, args]`. */
export type Call = [id: number, op: Op | "close", args: unknown[]];

/** Why a call failed, as the writer thread classified it (`classifyError`). */
export interface Failure {
  message: string;
  code: string | undefined;
  class: ErrorClass;
}

/** Writer -> HTTP thread: `[callId, 0, value]` or `[callId, 1, failure]`, several per message. */
export type Reply =
  | [id: number, failed: 0, value: unknown]
  | [id: number, failed: 1, failure: Failure | string];

/** Writer -> HTTP thread, once: the file is open (or could not be). */
export type Opened = { opened: true } | { opened: false; error: string };

export interface WriterData {
  dataDir: string;
  /** Bound on the file's size (`PRAGMA max_page_count`); none when undefined. */
  maxBytes: number | undefined;
}
