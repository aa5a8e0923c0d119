import type { NextStep } from '../../app/lifecycle/nextStep.js';
import { recordFailure } from '../../app/lifecycle/recordFailure.js';
import type { Deps } from '../../app/deps.js';
import { parse } from '../parse.js';
import { failureInput } from './lifecycleInput.js';

/** The `recordFailure` task: its input parsed, its use case run, the next step returned. */
export const recordFailureTask =
  (deps: Deps) =>
  async (event: unknown): Promise<NextStep> =>
    recordFailure(deps, parse(failureInput, event));
