import { logger } from '../../shared/logger.js';
import type { Deps } from '../deps.js';
import type { EventKind } from '../../domain/schedule.js';
import type { InspectionState } from '../../ports/records.js';
import { loadForDriver, nextStepOf, timedEvents, timingOf, type DriverInput, type NextStep } from './nextStep.js';
import { withReportNotices } from './reportSteps.js';
import { settle } from './settleEvent.js';

/** The workflow's catch: the task failed after its retries. Record it, so nothing is lost, and go on. */
export async function recordFailure(
  deps: Deps,
  input: DriverInput & { eventId?: string; kind?: EventKind; error: { Error?: string; Cause?: string } },
): Promise<NextStep> {
  const loaded = await loadForDriver(deps, input);
  if (!('inspection' in loaded)) return loaded;
  const now = deps.clock.now();
  const event = failedEvent(deps, loaded, input);
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

/**
 * The event the task failed on. The task does every due event of its kind, earliest first, and
 * stops at the first that fails: its step's own event, unless that one was done and a later one
 * due with it failed (that one, recorded nowhere, would be tried again and again).
 */
function failedEvent(deps: Deps, state: InspectionState, input: { eventId?: string; kind?: EventKind }) {
  const named = state.events.find((e) => e.id === input.eventId && e.status === 'pending');
  if (named || !input.kind) return named;
  const now = deps.clock.now();
  return timedEvents(state, timingOf(deps)).find(({ event, at }) => event.kind === input.kind && new Date(at) <= now)
    ?.event;
}
