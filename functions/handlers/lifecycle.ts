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

type Task = (event: unknown) => Promise<NextStep>;

// Each task on its own, so that each function's bundle holds its own use case only (sfn.*.ts).
export const findNextTask =
  (deps: Deps): Task =>
  async (event) =>
    findNext(deps, parse(driverInput, event));
export const sendNoticesTask =
  (deps: Deps): Task =>
  async (event) =>
    processDue(deps, parse(driverInput, event), 'notice');
export const checkDeadlinesTask =
  (deps: Deps): Task =>
  async (event) =>
    processDue(deps, parse(driverInput, event), 'deadline-check');
export const recordFailureTask =
  (deps: Deps): Task =>
  async (event) =>
    recordFailure(deps, parse(failureInput, event));

/** The lifecycle's Lambda tasks (`sfn.*`): parse the state's input, run the use case, return the next step. */
export function lifecycleHandlers(
  deps: Deps,
): Record<'findNext' | 'sendNotices' | 'checkDeadlines' | 'recordFailure', Task> {
  return {
    findNext: findNextTask(deps),
    sendNotices: sendNoticesTask(deps),
    checkDeadlines: checkDeadlinesTask(deps),
    recordFailure: recordFailureTask(deps),
  };
}
