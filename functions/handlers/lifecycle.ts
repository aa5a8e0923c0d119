import * as z from 'zod';
import type { Deps } from '../app/deps.js';
import { findNext, type NextStep } from '../app/lifecycle/nextStep.js';
import { processDue } from '../app/lifecycle/processDue.js';
import { recordFailure } from '../app/lifecycle/recordFailure.js';
import { EVENT_KINDS } from '../domain/schedule.js';
import { parse } from './parse.js';

const driverInput = z.object({ inspectionId: z.string().min(1), driver: z.string().min(1) });
const failureInput = driverInput.extend({
  eventId: z.string().optional(),
  kind: z.enum(EVENT_KINDS).optional(),
  error: z.object({ Error: z.string().optional(), Cause: z.string().optional() }),
});

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
