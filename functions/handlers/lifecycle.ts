import type { Deps } from '../app/deps.js';
import type { NextStep } from '../app/lifecycle/nextStep.js';
import { checkDeadlinesTask } from './tasks/checkDeadlines.js';
import { findNextTask } from './tasks/findNext.js';
import { recordFailureTask } from './tasks/recordFailure.js';
import { sendNoticesTask } from './tasks/sendNotices.js';

/**
 * The lifecycle's Lambda tasks (`sfn.*`) together, for the local runtime; each is its own module
 * (tasks/) so that each function's bundle holds its own use case only.
 */
export function lifecycleHandlers(
  deps: Deps,
): Record<'findNext' | 'sendNotices' | 'checkDeadlines' | 'recordFailure', (event: unknown) => Promise<NextStep>> {
  return {
    findNext: findNextTask(deps),
    sendNotices: sendNoticesTask(deps),
    checkDeadlines: checkDeadlinesTask(deps),
    recordFailure: recordFailureTask(deps),
  };
}
