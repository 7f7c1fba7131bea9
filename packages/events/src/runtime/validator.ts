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
