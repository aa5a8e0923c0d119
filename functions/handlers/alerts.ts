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

/** The alert workflow's Lambda tasks (`sfn.*`). */
export function alertWorkflowHandlers(
  deps: Deps,
): Record<'advanceAlert' | 'recordAlertFailure', (event: unknown) => Promise<AlertNextStep>> {
  return {
    advanceAlert: async (event) => advanceAlert(deps, parse(driverInput, event)),
    recordAlertFailure: async (event) => recordAlertFailure(deps, parse(failureInput, event)),
  };
}
