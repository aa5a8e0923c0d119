import type { InspectionState } from '../../ports/records.js';
import type { Deps } from '../deps.js';
import { reportNotices, type ReportNotice } from '../report/reportNotices.js';
import type { NextStep } from './nextStep.js';

// When the report's notices are due, for the driver's next step; sending them is sendReportNotices.ts
// (kept apart so that a task that only finds the next step does not carry the notices' texts).

/**
 * What comes next once the report's notices are counted: the earlier of the timeline's next step
 * and the next report notice still to come; a driver with no event left keeps going for them.
 */
export function withReportNotices(deps: Deps, state: InspectionState, step: NextStep): NextStep {
  return nextOf(reportNotices(state, deps), step, deps.clock.now());
}

/**
 * A driver's first step: as `withReportNotices`, and at once if a notice whose time has come was
 * not sent (a reminder for today becomes known after its send time, when a stage is recorded
 * later in the day): the ledger says which were, one read per notice due.
 */
export async function withReportNoticesDue(deps: Deps, state: InspectionState, step: NextStep): Promise<NextStep> {
  const now = deps.clock.now();
  const notices = reportNotices(state, deps);
  for (const notice of notices.filter((candidate) => new Date(candidate.at) <= now)) {
    const stored = await deps.ledger.getNotice(state.inspection.id, notice.id);
    if (!stored || stored.status === 'sending' || stored.status === 'retrying') {
      return { done: false, phase: 'post-fieldwork', kind: 'notice', at: now.toISOString() };
    }
  }
  return nextOf(notices, step, now);
}

/** The earlier of the timeline's next step and the next report notice still to come. */
function nextOf(notices: readonly ReportNotice[], step: NextStep, now: Date): NextStep {
  const next = notices.find((notice) => new Date(notice.at) > now);
  if (!next || (!step.done && step.at <= next.at)) return step;
  return { done: false, phase: 'post-fieldwork', kind: 'notice', at: next.at };
}
