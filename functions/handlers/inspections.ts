import { RequestError, type Deps } from '../app/deps.js';
import { recordCompletion, reschedule, startInspection } from '../app/inspections.js';
import type { FieldError } from '../domain/validation.js';
import { logger } from '../shared/logger.js';

/** What a caller gets back: the result, or what was wrong with the request. Never a stack trace. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; message: string; errors: FieldError[] };

async function outcome<T>(work: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof RequestError) return { ok: false, message: error.message, errors: error.errors };
    logger.error('request failed', { error: error instanceof Error ? error.name : 'unknown' });
    throw error;
  }
}

/** The administrators' operations (`api.*`): start an inspection, record a completion, move dates. */
export function inspectionHandlers(deps: Deps) {
  return {
    startInspection: (event: unknown) => outcome(() => startInspection(deps, event)),
    recordCompletion: (event: unknown) => outcome(() => recordCompletion(deps, event)),
    reschedule: (event: unknown) => outcome(() => reschedule(deps, event)),
  };
}
