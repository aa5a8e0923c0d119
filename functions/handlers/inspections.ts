import { RequestError, type Deps } from '../app/deps.js';
import { recordCompletion, reschedule, startInspection } from '../app/inspections.js';
import type { z } from 'zod';
import { fieldErrorsFrom, type FieldError } from '../domain/validation.js';
import { logger } from '../shared/logger.js';

/** What a caller gets back: the result, or what was wrong with the request. Never a stack trace. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; message: string; errors: FieldError[] };

export async function outcome<T>(work: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof RequestError) return { ok: false, message: error.message, errors: error.errors };
    logger.error('request failed', { error: error instanceof Error ? error.name : 'unknown' });
    throw error;
  }
}

/** Parses a handler's input, or refuses it with every field that is wrong. */
export function parse<T>(schema: z.ZodType<T>, event: unknown): T {
  const result = schema.safeParse(event);
  if (result.success) return result.data;
  const errors = fieldErrorsFrom(result.error, event);
  throw new RequestError(`bad input: ${errors.map((e) => `${e.field} ${e.message}`).join('; ')}`, errors);
}

/** The administrators' operations (`api.*`): start an inspection, record a completion, move dates. */
export function inspectionHandlers(deps: Deps) {
  return {
    startInspection: (event: unknown) => outcome(() => startInspection(deps, event)),
    recordCompletion: (event: unknown) => outcome(() => recordCompletion(deps, event)),
    reschedule: (event: unknown) => outcome(() => reschedule(deps, event)),
  };
}
