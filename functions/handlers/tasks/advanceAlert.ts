import { advanceAlert, type AlertNextStep } from '../../app/alerts/advanceAlert.js';
import type { Deps } from '../../app/deps.js';
import { parse } from '../parse.js';
import { alertDriverInput } from './alertInput.js';

/** The `advanceAlert` task: its input parsed, its use case run, the next step returned. */
export const advanceAlertTask =
  (deps: Deps) =>
  async (event: unknown): Promise<AlertNextStep> =>
    advanceAlert(deps, parse(alertDriverInput, event));
