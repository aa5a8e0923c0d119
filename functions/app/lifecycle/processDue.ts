import { ukDateOf } from '../../domain/localDate.js';
import { passesOnItsDate } from '../../domain/milestoneStatus.js';
import type { EventKind } from '../../domain/schedule.js';
import type { StatusChange } from '../../ports/timelineStore.js';
import type { InspectionState } from '../../ports/records.js';
import type { Deps } from '../deps.js';
import { auditEntry } from '../shared/audit.js';
import { doDeadlineCheck } from './doDeadlineCheck.js';
import { doNotice } from './doNotice.js';
import { loadForDriver, nextStepOf, type DriverInput, type NextStep } from './nextStep.js';

/**
 * The lifecycle's working task, for notices or for deadline checks:
 * 1. read what is left to do (a replaced driver stops here);
 * 2. calendar milestones whose date has come are met;
 * 3. every pending event of `kind` that is due is done, earliest first; one that cannot be done is
 *    recorded as failed and the others go on; a transient refusal is thrown for the workflow to
 *    retry with backoff;
 * 4. say what comes next.
 */
export async function processDue(deps: Deps, input: DriverInput, kind: EventKind): Promise<NextStep> {
  const loaded = await loadForDriver(deps, input);
  if (!('inspection' in loaded)) return loaded;
  const state = loaded;
  const now = deps.clock.now();
  await passCalendarEvents(deps, state, now);
  const due = state.events
    .filter((event) => event.status === 'pending' && event.kind === kind && new Date(event.at) <= now)
    .sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
  for (const event of due) {
    event.status = kind === 'notice' ? await doNotice(deps, state, event) : await doDeadlineCheck(deps, state, event);
  }
  return nextStepOf(state, deps.clock.now());
}

/** Calendar milestones (fieldwork weeks and the like) are met once their date has come. */
async function passCalendarEvents(deps: Deps, state: InspectionState, now: Date): Promise<void> {
  const today = ukDateOf(now);
  const passed = state.milestones.filter(
    (m) => passesOnItsDate(m.id, m.kind) && m.status === 'pending' && m.dueDate <= today,
  );
  if (passed.length === 0) return;
  const changes: StatusChange[] = passed.map((m) => ({
    milestoneId: m.id,
    from: 'pending',
    to: 'met',
    completedAt: now.toISOString(),
    completedBy: 'calendar',
  }));
  await deps.timeline.changeMilestones({
    inspectionId: state.inspection.id,
    changes,
    // One entry for the change: every milestone the date has passed, together.
    audit: auditEntry({
      inspectionId: state.inspection.id,
      at: now,
      action: passed.length === 1 ? 'milestone passed' : 'milestones passed',
      subject: passed.map((m) => `milestone ${m.id}`).join(', '),
      before: 'pending',
      after: 'met',
    }),
  });
  for (const m of passed) m.status = 'met';
}
