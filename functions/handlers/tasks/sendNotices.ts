import type { NextStep } from '../../app/lifecycle/nextStep.js';
import { processDue } from '../../app/lifecycle/processDue.js';
import type { Deps } from '../../app/deps.js';
import { parse } from '../parse.js';
import { driverInput } from './lifecycleInput.js';

/** The `sendNotices` task: its input parsed, its use case run, the next step returned. */
export const sendNoticesTask =
  (deps: Deps) =>
  async (event: unknown): Promise<NextStep> =>
    processDue(deps, parse(driverInput, event), 'notice');
