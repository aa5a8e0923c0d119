import type { Phase } from '../../domain/milestones.js';
import type { EventKind } from '../../domain/schedule.js';
import type { InspectionState } from '../../ports/records.js';
import type { Deps } from '../deps.js';

/** What the workflow does next: wait until `at`, then run the task for `kind` in `phase`. Keys only. */
export interface NextStep {
  done: boolean;
  phase: Phase | 'complete';
  kind: EventKind | 'none';
  at: string;
  eventId?: string;
  /** Why the driver stops, when it does. */
  reason?: string;
}

export interface DriverInput {
  inspectionId: string;
  /** The execution's name: only the inspection's current driver may act. */
  driver: string;
}

export function done(now: Date, reason: string): NextStep {
  return { done: true, phase: 'complete', kind: 'none', at: now.toISOString(), reason };
}

/** The earliest pending event, or done when none is left. */
export function nextStepOf(state: InspectionState, now: Date): NextStep {
  const next = state.events
    .filter((event) => event.status === 'pending')
    .sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id))[0];
  if (!next) return done(now, 'every event is done');
  return { done: false, phase: next.phase, kind: next.kind, at: next.at, eventId: next.id };
}

/**
 * What a driver works on: the inspection with what is still to do (ended events stay in the table,
 * unread), or the step that stops a driver that has been replaced or whose inspection is gone.
 */
export async function loadForDriver(deps: Deps, input: DriverInput): Promise<InspectionState | NextStep> {
  const state = await deps.timeline.loadTimeline(input.inspectionId, { pendingOnly: true });
  if (!state) return done(deps.clock.now(), `inspection ${input.inspectionId} does not exist`);
  if (state.inspection.driver !== input.driver) {
    return done(deps.clock.now(), `superseded by driver ${state.inspection.driver}`);
  }
  return state;
}

/** The first state of every execution: where to go from here. */
export async function findNext(deps: Deps, input: DriverInput): Promise<NextStep> {
  const state = await loadForDriver(deps, input);
  if (!('inspection' in state)) return state;
  return nextStepOf(state, deps.clock.now());
}
