import { z } from 'zod';
import { RequestError, type Deps } from '../app/deps.js';
import { findNext, processDue, recordFailure, type NextStep } from '../app/drive.js';
import { fieldErrorsFrom } from '../domain/validation.js';

const driverInput = z.object({ inspectionId: z.string().min(1), driver: z.string().min(1) });
const failureInput = driverInput.extend({
  eventId: z.string().optional(),
  error: z.object({ Error: z.string().optional(), Cause: z.string().optional() }),
});

function parse<T>(schema: z.ZodType<T>, event: unknown): T {
  const result = schema.safeParse(event);
  if (result.success) return result.data;
  const errors = fieldErrorsFrom(result.error, event);
  throw new RequestError(`bad workflow input: ${errors.map((e) => `${e.field} ${e.message}`).join('; ')}`, errors);
}

/** The lifecycle's Lambda tasks (`sfn.*`): parse the state's input, run the use case, return the next step. */
export function lifecycleHandlers(
  deps: Deps,
): Record<'findNext' | 'sendNotices' | 'checkDeadlines' | 'recordFailure', (event: unknown) => Promise<NextStep>> {
  return {
    findNext: async (event) => findNext(deps, parse(driverInput, event)),
    sendNotices: async (event) => processDue(deps, parse(driverInput, event), 'notice'),
    checkDeadlines: async (event) => processDue(deps, parse(driverInput, event), 'deadline-check'),
    recordFailure: async (event) => recordFailure(deps, parse(failureInput, event)),
  };
}
