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
   * The strict schema's plain check, without errors: `true` means the strict schema holds; `false` may be
   * wrong (ask `strict`). Cheap enough to try first on every event.
   */
  strictAccepts: (data: unknown) => boolean;
  /** Ajv's strict check alone, for its errors once `strictAccepts` has said no (it would say no again). */
  strictErrors: CompiledValidator;
  /** Ajv's tolerant check alone: after `strictAccepts` said no, the event is likely not clean, and Ajv's
   * answer with errors beats the plain check followed, for an invalid event, by Ajv anyway. */
  tolerantErrors: CompiledValidator;
}
