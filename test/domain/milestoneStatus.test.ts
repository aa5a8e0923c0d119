import { describe, expect, it } from 'vitest';
import { englandAndWalesCalendar } from '../../functions/domain/calendar.js';
import type { LocalDate } from '../../functions/domain/localDate.js';
import {
  completionTimeProblem,
  decideDeadlineCheck,
  isSettled,
  MILESTONE_STATUSES,
  statusOnCompletion,
  type DeadlineDecision,
  type MilestoneStatus,
} from '../../functions/domain/milestoneStatus.js';
import { planInspection } from '../../functions/domain/planner.js';
import { scheduleFor } from '../../functions/domain/schedule.js';

const none = { action: 'none', reason: expect.any(String) };
const mark = (status: 'overdue' | 'escalated') => ({ action: 'mark', status, notify: true });

/** What each check decides for each status a deadline can have when the check runs. */
const EXPECTED: Record<'overdue' | 'escalation', Record<MilestoneStatus, unknown>> = {
  overdue: {
    pending: mark('overdue'),
    overdue: none,
    escalated: none,
    met: none,
    'met-late': none,
    waived: none,
  },
  escalation: {
    // The overdue check failed or never ran: a deadline still not met is escalated all the same.
    pending: mark('escalated'),
    overdue: mark('escalated'),
    escalated: none,
    met: none,
    'met-late': none,
    waived: none,
  },
};

const cases = (['overdue', 'escalation'] as const).flatMap((check) =>
  MILESTONE_STATUSES.map((status) => ({ check, status, expected: EXPECTED[check][status] })),
);

describe('decideDeadlineCheck', () => {
  it('has an expectation for every status', () => {
    expect(Object.keys(EXPECTED.overdue).sort()).toEqual([...MILESTONE_STATUSES].sort());
    expect(Object.keys(EXPECTED.escalation).sort()).toEqual([...MILESTONE_STATUSES].sort());
  });

  it.each(cases)('at the $check check, a $status deadline: $expected.action', ({ check, status, expected }) => {
    const decision = decideDeadlineCheck(check, status);

    expect(decision).toEqual(expected);
  });

  it.each(['met', 'met-late', 'waived'] as const)('says why nothing is sent for a %s deadline', (status) => {
    const decisions: DeadlineDecision[] = [
      decideDeadlineCheck('overdue', status),
      decideDeadlineCheck('escalation', status),
    ];

    for (const decision of decisions) expect(decision).toEqual({ action: 'none', reason: `already ${status}` });
  });

  it('sends the overdue notice once: a second overdue check on an overdue deadline does nothing', () => {
    const first = decideDeadlineCheck('overdue', 'pending');
    const second = decideDeadlineCheck('overdue', first.action === 'mark' ? first.status : 'pending');

    expect(second.action).toBe('none');
  });

  it('escalates once: an escalation check on an escalated deadline does nothing', () => {
    const first = decideDeadlineCheck('escalation', 'overdue');
    const second = decideDeadlineCheck('escalation', first.action === 'mark' ? first.status : 'overdue');

    expect(second.action).toBe('none');
  });
});

describe('isSettled', () => {
  it.each(MILESTONE_STATUSES)('%s', (status) => {
    expect(isSettled(status)).toBe(['met', 'met-late', 'waived'].includes(status));
  });
});

describe('statusOnCompletion', () => {
  const due = '2026-05-26' as LocalDate;

  it.each([
    ['a week early', '2026-05-19', 'met'],
    ['on the day', '2026-05-26', 'met'],
    ['the day after', '2026-05-27', 'met-late'],
    ['a month late', '2026-06-26', 'met-late'],
  ])('completed %s is %s', (_when, completedOn, expected) => {
    expect(statusOnCompletion(due, completedOn as LocalDate)).toBe(expected);
  });

  it('is late across a year end', () => {
    expect(statusOnCompletion('2026-12-31' as LocalDate, '2027-01-01' as LocalDate)).toBe('met-late');
  });
});

describe('completionTimeProblem', () => {
  const allowed = { plannedAt: new Date('2027-01-04T09:00:00Z'), now: new Date('2027-02-12T10:00:00Z') };
  const range =
    'must be between when the inspection was planned (2027-01-04T09:00:00.000Z) and now (2027-02-12T10:00:00.000Z)';

  it.each([
    ['when the inspection was planned', '2027-01-04T09:00:00Z'],
    ['between', '2027-02-01T12:00:00Z'],
    ['now', '2027-02-12T10:00:00Z'],
  ])('accepts a time %s', (_when, at) => {
    expect(completionTimeProblem(new Date(at), allowed)).toBeUndefined();
  });

  it.each([
    ['in 2001', '2001-02-15T09:00:00Z'],
    ['a millisecond before the inspection was planned', '2027-01-04T08:59:59.999Z'],
    ['a millisecond after now', '2027-02-12T10:00:00.001Z'],
    ['next year', '2028-02-12T10:00:00Z'],
  ])('refuses a time %s, saying the range allowed', (_when, at) => {
    expect(completionTimeProblem(new Date(at), allowed)).toBe(range);
  });
});

describe('which milestones a notice meets', () => {
  it('lets only the announcement be met by its own notice: work done waits for its record', () => {
    const plan = planInspection({ region: 'North East', fieldworkStart: '2026-06-01' });
    if (!plan.ok) throw new Error('plan');
    const completing = scheduleFor(plan.value, englandAndWalesCalendar()).filter((e) => e.completesMilestone);
    expect(completing.map((e) => e.milestoneId)).toEqual(['announcement']);
  });
});
