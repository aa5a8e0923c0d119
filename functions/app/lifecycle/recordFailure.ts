import { logger } from '../../shared/logger.js';
import type { Deps } from '../deps.js';
import { loadForDriver, nextStepOf, timingOf, type DriverInput, type NextStep } from './nextStep.js';
import { withReportNotices } from './reportSteps.js';
import { settle } from './settleEvent.js';

/** The workflow's catch: the task failed after its retries. Record it, so nothing is lost, and go on. */
export async function recordFailure(
  deps: Deps,
  input: DriverInput & { eventId?: string; error: { Error?: string; Cause?: string } },
): Promise<NextStep> {
  const loaded = await loadForDriver(deps, input);
  if (!('inspection' in loaded)) return loaded;
  const now = deps.clock.now();
  const event = loaded.events.find((e) => e.id === input.eventId && e.status === 'pending');
  const reason = `${input.error.Error ?? 'Error'}: ${(input.error.Cause ?? '').slice(0, 500)}`;
  if (event) {
    await settle(deps, loaded, event, 'failed', `task failed after retries: ${reason}`);
    event.status = 'failed';
  }
  deps.metrics.count('DriverFailed');
  logger.error('workflow task failed', {
    inspectionId: input.inspectionId,
    eventId: input.eventId,
    error: input.error.Error,
  });
  return withReportNotices(deps, loaded, nextStepOf(loaded, now, timingOf(deps)));
}
