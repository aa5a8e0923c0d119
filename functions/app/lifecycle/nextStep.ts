import type { Phase } from '../../domain/milestones.js';
import { dueTimeOf, type EventKind, type EventTiming } from '../../domain/schedule.js';
import type { EventRecord, InspectionState } from '../../ports/records.js';
import type { Deps } from '../deps.js';
import { withReportNoticesDue } from './reportSteps.js';

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

/**
 * The pending events that can fall due, each with when: a notice of work done waits, out of the
 * list, until someone records the work (recording it hands the inspection to a fresh driver).
 */
export function timedEvents(state: InspectionState, timing: EventTiming): { event: EventRecord; at: string }[] {
  return state.events
    .filter((event) => event.status === 'pending')
    .flatMap((event) => {
      const at = dueTimeOf(
        event,
        state.milestones.find((m) => m.id === event.milestoneId),
        timing,
      );
      return at === undefined ? [] : [{ event, at }];
    })
    .sort((a, b) => a.at.localeCompare(b.at) || a.event.id.localeCompare(b.event.id));
}

/** The earliest pending event that can fall due, or done when none is left (or all wait for records). */
export function nextStepOf(state: InspectionState, now: Date, timing: EventTiming): NextStep {
  const next = timedEvents(state, timing)[0];
  if (!next) {
    const waiting = state.events.some((event) => event.status === 'pending');
    return done(now, waiting ? 'waiting for work to be recorded' : 'every event is done');
  }
  return { done: false, phase: next.event.phase, kind: next.event.kind, at: next.at, eventId: next.event.id };
}

/** What times the events of an inspection, from the dependencies. */
export const timingOf = (deps: Pick<Deps, 'calendar' | 'config'>): EventTiming => ({
  calendar: deps.calendar,
  workingHours: deps.config.workingHours,
});

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
  return withReportNoticesDue(deps, state, nextStepOf(state, deps.clock.now(), timingOf(deps)));
}
