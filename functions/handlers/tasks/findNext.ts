import { findNext, type NextStep } from '../../app/lifecycle/nextStep.js';
import type { Deps } from '../../app/deps.js';
import { parse } from '../parse.js';
import { driverInput } from './lifecycleInput.js';

/** The `findNext` task: its input parsed, its use case run, the next step returned. */
export const findNextTask =
  (deps: Deps) =>
  async (event: unknown): Promise<NextStep> =>
    findNext(deps, parse(driverInput, event));
