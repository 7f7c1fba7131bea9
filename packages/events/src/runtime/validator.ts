/** An error as ajv's generated code reports it. */
export interface ValidatorError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** A precompiled validator: call it, and read `errors` when it returns false. */
export type CompiledValidator = ((data: unknown) => boolean) & { errors?: ValidatorError[] | null };

/** One event type's generated validators. */
export interface ModeValidators {
  strict: CompiledValidator;
  tolerant: CompiledValidator;
  /**
   * The strict schema's plain check in one pass, with the consistency of `source`'s ids: 2 = the strict
   * schema holds and the ids agree (the common case: nothing to warn about), 1 = it holds but the ids may
   * differ (work out the consistency issues), 0 = ask `strictErrors` (0 may be wrong: it is the plain check).
   */
  strictVerdict: (data: unknown) => 0 | 1 | 2;
  /** Ajv's strict check alone, for its errors once `strictVerdict` has said 0 (it would say no again). */
  strictErrors: CompiledValidator;
  /** Ajv's tolerant check alone: after `strictVerdict` said 0, the event is likely not clean, and Ajv's
   * answer with errors beats the plain check followed, for an invalid event, by Ajv anyway. */
  tolerantErrors: CompiledValidator;
}
