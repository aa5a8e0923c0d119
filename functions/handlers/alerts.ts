import * as z from 'zod';
import { advanceAlert, type AlertNextStep } from '../app/alerts/advanceAlert.js';
import { recordAlertFailure } from '../app/alerts/recordAlertFailure.js';
import type { Deps } from '../app/deps.js';
import { parse } from './parse.js';

const driverInput = z.object({
  inspectionId: z.string().min(1),
  alertId: z.string().min(1),
  driver: z.string().min(1),
});
const failureInput = driverInput.extend({
  error: z.object({ Error: z.string().optional(), Cause: z.string().optional() }),
});

type Task = (event: unknown) => Promise<AlertNextStep>;

// Each task on its own, so that each function's bundle holds its own use case only (sfn.*.ts).
export const advanceAlertTask =
  (deps: Deps): Task =>
  async (event) =>
    advanceAlert(deps, parse(driverInput, event));
export const recordAlertFailureTask =
  (deps: Deps): Task =>
  async (event) =>
    recordAlertFailure(deps, parse(failureInput, event));

/** The alert workflow's Lambda tasks (`sfn.*`). */
export function alertWorkflowHandlers(deps: Deps): Record<'advanceAlert' | 'recordAlertFailure', Task> {
  return { advanceAlert: advanceAlertTask(deps), recordAlertFailure: recordAlertFailureTask(deps) };
}
