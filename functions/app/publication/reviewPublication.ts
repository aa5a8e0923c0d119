import type { Deps } from '../deps.js';
import { restartDriver } from '../lifecycle/restartDriver.js';
import { gateFor, holdPublication, releasePublication } from './gate.js';

/**
 * Once the last organisational alert is assured and described in the report, a publication the
 * gate held goes ahead:
 * 1. find the held publication event (none: nothing to do);
 * 2. ask the gate: still shut, the hold's reason is refreshed;
 * 3. open: the event is pending again and the inspection gets a fresh driver to send it.
 */
export async function reviewPublication(deps: Deps, inspectionId: string): Promise<void> {
  const state = await deps.timeline.loadTimeline(inspectionId, { pendingOnly: false });
  const held = state?.events.find((event) => event.status === 'held' && event.notice === 'publication');
  if (!state || !held) return;
  const event = { inspectionId, eventId: held.id, milestoneId: held.milestoneId };
  const gate = await gateFor(deps, inspectionId);
  if (!gate.open) return holdPublication(deps, event, gate, 'publication still held');
  await releasePublication(deps, event);
  await restartDriver(deps, state.inspection, 'publication released');
}
