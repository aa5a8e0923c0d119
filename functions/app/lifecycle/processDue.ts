import type { EventKind } from '../../domain/schedule.js';
import type { Deps } from '../deps.js';
import { doDeadlineCheck } from './doDeadlineCheck.js';
import { doNotice } from './doNotice.js';
import { withReportNotices } from './reportSteps.js';
import { sendDueReportNotices } from './sendReportNotices.js';
import { loadForDriver, nextStepOf, timedEvents, timingOf, type DriverInput, type NextStep } from './nextStep.js';

/**
 * The lifecycle's working task, for notices or for deadline checks:
 * 1. read what is left to do (a replaced driver stops here);
 * 2. every pending event of `kind` that is due is done, earliest first (a notice of work done is due
 *    once the work is recorded); one that cannot be done is recorded as failed and the others go
 *    on; a transient refusal is thrown for the workflow to retry with backoff;
 * 3. with the notices, the report's notices whose time has come (issue 15);
 * 4. say what comes next, the report's notices counted.
 * Nothing here marks a milestone met because its date came (issue 18): a person records it.
 */
export async function processDue(deps: Deps, input: DriverInput, kind: EventKind): Promise<NextStep> {
  const loaded = await loadForDriver(deps, input);
  if (!('inspection' in loaded)) return loaded;
  const state = loaded;
  const now = deps.clock.now();
  const due = timedEvents(state, timingOf(deps))
    .filter(({ event, at }) => event.kind === kind && new Date(at) <= now)
    .map(({ event }) => event);
  for (const event of due) {
    event.status = kind === 'notice' ? await doNotice(deps, state, event) : await doDeadlineCheck(deps, state, event);
  }
  if (kind === 'notice') await sendDueReportNotices(deps, state);
  return withReportNotices(deps, state, nextStepOf(state, deps.clock.now(), timingOf(deps)));
}
