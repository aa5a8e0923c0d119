import type { AlertNextStep } from '../../app/alerts/advanceAlert.js';
import { recordAlertFailure } from '../../app/alerts/recordAlertFailure.js';
import type { Deps } from '../../app/deps.js';
import { parse } from '../parse.js';
import { alertFailureInput } from './alertInput.js';

/** The `recordAlertFailure` task: its input parsed, its use case run, the next step returned. */
export const recordAlertFailureTask =
  (deps: Deps) =>
  async (event: unknown): Promise<AlertNextStep> =>
    recordAlertFailure(deps, parse(alertFailureInput, event));
