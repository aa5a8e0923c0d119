import type { AlertNextStep } from '../app/alerts/advanceAlert.js';
import type { Deps } from '../app/deps.js';
import { advanceAlertTask } from './tasks/advanceAlert.js';
import { recordAlertFailureTask } from './tasks/recordAlertFailure.js';

/** The alert workflow's Lambda tasks (`sfn.*`) together, for the local runtime (each is its own module: tasks/). */
export function alertWorkflowHandlers(
  deps: Deps,
): Record<'advanceAlert' | 'recordAlertFailure', (event: unknown) => Promise<AlertNextStep>> {
  return { advanceAlert: advanceAlertTask(deps), recordAlertFailure: recordAlertFailureTask(deps) };
}
