import type { Said } from '../../domain/messages/said.js';
import { ConflictError } from '../../ports/errors.js';
import { logger } from '../../shared/logger.js';
import { ChangedMeanwhileError } from '../errors.js';

/**
 * Runs a read-decide-write step again when the store refuses its write because the record changed
 * meanwhile (a driver ending an event, another person acting): as a person would, it reads again
 * and decides again. After `attempts` it gives up with a message for the person.
 */
export async function retryOnConflict<T>(
  step: (attempt: number) => Promise<T>,
  options: { attempts?: number; giveUp: string | Said; context?: Record<string, unknown> },
): Promise<T> {
  const attempts = options.attempts ?? 3;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await step(attempt);
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      if (attempt >= attempts) throw new ChangedMeanwhileError(options.giveUp);
      logger.info('a write raced a change; reading again', { ...options.context, attempt });
    }
  }
}
