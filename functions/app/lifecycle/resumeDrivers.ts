import type { Deps } from '../deps.js';
import { nextStepOf, timingOf } from './nextStep.js';
import { withReportNoticesDue } from './reportSteps.js';
import { restartDriver } from './restartDriver.js';

/**
 * Gives every inspection with work left a fresh driver: after a restart of the local runtime, or
 * when a driver was lost. The stored events say what is left, so nothing is sent twice or skipped.
 * Work left is what a driver's first step would find: a timed event, or a report notice still to go
 * (the feedback request comes after the last timed event). Notices of work nobody has recorded wait
 * for the record, which starts a driver itself.
 */
export async function resumeDrivers(deps: Deps): Promise<string[]> {
  const resumed: string[] = [];
  for (const inspection of await deps.timeline.listInspections()) {
    const state = await deps.timeline.loadTimeline(inspection.id, { pendingOnly: true });
    if (!state) continue;
    const next = await withReportNoticesDue(deps, state, nextStepOf(state, deps.clock.now(), timingOf(deps)));
    if (next.done) continue;
    await restartDriver(deps, inspection, 'resumed by a new driver');
    resumed.push(inspection.id);
  }
  return resumed;
}
