import { z } from 'zod';
import {
  actOnAlert,
  advanceAlert,
  getAlert,
  listAlerts,
  raiseAlert,
  recordAlertFailure,
  type AlertNextStep,
  type PersonAction,
} from '../app/alerts.js';
import type { Deps } from '../app/deps.js';
import type { AlertRecord } from '../ports/records.js';
import { outcome, parse, type Outcome } from './inspections.js';

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

const ACTIONS = ['confirm', 'acknowledge', 'submit-evidence', 'assure', 'withdraw', 'mark-in-report'] as const;
const actRequest = z
  .object({
    alertId: z.string({ error: 'must be the alert’s reference' }).min(1),
    action: z.enum(ACTIONS, { error: `must be one of: ${ACTIONS.join(', ')}` }),
  })
  .passthrough();

/** The alert operations (`api.*`): raise, act on, read and list alerts. */
export function alertHandlers(deps: Deps) {
  return {
    raiseAlert: (event: unknown): Promise<Outcome<AlertRecord>> => outcome(() => raiseAlert(deps, event)),
    actOnAlert: (event: unknown): Promise<Outcome<AlertRecord>> =>
      outcome(() => {
        const { alertId, action, ...rest } = parse(actRequest, event);
        return actOnAlert(deps, action as PersonAction, alertId, rest);
      }),
    getAlert: (event: unknown): Promise<Outcome<AlertRecord>> =>
      outcome(() => getAlert(deps, parse(z.object({ alertId: z.string().min(1) }), event).alertId)),
    listAlerts: (event: unknown): Promise<Outcome<AlertRecord[]>> => outcome(() => listAlerts(deps, event)),
  };
}
