import type { Deps } from '../deps.js';
import { timedEvents, timingOf } from './nextStep.js';
import { restartDriver } from './restartDriver.js';

/**
 * Gives every inspection with work left a fresh driver: after a restart of the local runtime, or
 * when a driver was lost. The stored events say what is left, so nothing is sent twice or skipped.
 */
export async function resumeDrivers(deps: Deps): Promise<string[]> {
  const resumed: string[] = [];
  for (const inspection of await deps.timeline.listInspections()) {
    const state = await deps.timeline.loadTimeline(inspection.id, { pendingOnly: true });
    // Notices of work nobody has recorded wait for the record, which starts a driver itself.
    if (!state || timedEvents(state, timingOf(deps)).length === 0) continue;
    await restartDriver(deps, inspection, 'resumed by a new driver');
    resumed.push(inspection.id);
  }
  return resumed;
}
