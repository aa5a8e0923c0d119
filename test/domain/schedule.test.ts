import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { englandAndWalesCalendar } from '../../functions/domain/calendar.js';
import { planInspection, type InspectionPlan } from '../../functions/domain/planner.js';
import { type PlanInput } from '../../functions/domain/planInput.js';
import { dueTimeOf, scheduleFor, WORK_DONE_NOTICES, type ScheduledEvent } from '../../functions/domain/schedule.js';
import { DEFAULT_WORKING_HOURS } from '../../functions/domain/workingHours.js';

const calendar = englandAndWalesCalendar();

/** Arrange: a plan that must be valid. */
function plan(input: PlanInput): InspectionPlan {
  const result = planInspection(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

const milestoneDate = (p: InspectionPlan, id: string) => p.milestones.find((m) => m.id === id)?.date as string;

/** The UK wall-clock date and time of an instant. */
function ukWallClock(instant: string): { date: string; time: string } {
  const local = DateTime.fromISO(instant, { zone: 'utc' }).setZone('Europe/London');
  return { date: local.toISODate() as string, time: local.toFormat('HH:mm') };
}

describe.each([
  { region: 'North East', fieldworkStart: '2026-06-01' },
  // Spans the clocks going forward (28 March 2027): 09:00 is 09:00Z before, 08:00Z after.
  { region: 'Wales', fieldworkStart: '2027-03-15' },
])('the schedule of $region, fieldwork from $fieldworkStart', (input) => {
  const p = plan(input);
  const events = scheduleFor(p, calendar);

  it('lists its events in time order', () => {
    const instants = events.map((event) => event.at);

    expect(events.length).toBeGreaterThan(10);
    expect(instants).toEqual([...instants].sort());
  });

  it('gives every event a unique id that carries its date, but one notice of work done whatever its date', () => {
    const ids = events.map((event) => event.id);

    expect(new Set(ids).size).toBe(ids.length);
    for (const event of events) {
      const tail = event.condition === 'when-recorded' ? 'when-recorded' : event.date;
      expect(event.id.split(':'), event.id).toContain(tail);
    }
  });

  it('sends everything at the plan’s send time, UK local time, on a working day', () => {
    for (const event of events) {
      expect(ukWallClock(event.at), event.id).toEqual({ date: event.date, time: p.settings.sendTime });
      expect(calendar.isWorkingDay(event.date), event.id).toBe(true);
    }
  });

  it('sends nothing before the announcement', () => {
    const announced = milestoneDate(p, 'announcement');

    expect(events.filter((event) => event.date < announced).map((event) => event.id)).toEqual([]);
  });

  it('reminds the ISA and the lead of a case sample not ready every other working day after the announcement, until the schedule-change deadline', () => {
    const reminders = events.filter((event) => event.notice === 'case-sample-reminder');

    expect(reminders.map((event) => event.workingDaysFromMilestone)).toEqual([1, 3, 5, 7]);
    for (const event of reminders)
      expect([event.to, event.cc, event.condition]).toEqual([['isa'], ['lead'], 'while-sample-not-ready']);
    for (const event of reminders) expect(event.date <= milestoneDate(p, 'scheduleChangeDeadline')).toBe(true);
  });

  it('puts each event in the phase its date falls in', () => {
    const expected = (date: string) =>
      date < p.fieldworkStart ? 'pre-fieldwork' : date <= p.fieldworkEnd ? 'fieldwork' : 'post-fieldwork';

    for (const event of events) expect(event.phase, event.id).toBe(expected(event.date));
    expect(events.some((event) => event.phase === 'pre-fieldwork')).toBe(true);
    expect(events.some((event) => event.phase === 'post-fieldwork')).toBe(true);
  });

  it('announces once, to the RPD, with the plan’s calendar attached, on the announcement date', () => {
    const announcements = events.filter((event) => event.notice === 'announcement');

    expect(announcements).toHaveLength(1);
    expect(announcements[0]).toMatchObject({
      kind: 'notice',
      to: ['rpd'],
      attachCalendar: true,
      date: milestoneDate(p, 'announcement'),
    });
    expect(events[0]?.date).toBe(announcements[0]?.date);
  });

  it('checks deadlines exactly at the overdue and escalation dates the plan gives', () => {
    const notice = { overdue: 'deadline-overdue', escalation: 'deadline-escalation' } as const;
    const key = (milestoneId: string, date: string, kind: string) => `${milestoneId} ${date} ${kind}`;

    const checks = events
      .filter((event) => event.kind === 'deadline-check' && event.notice !== 'task-overdue')
      .map((event) => key(event.milestoneId, event.date, event.notice));
    const planned = p.reminders.flatMap((reminder) =>
      reminder.kind === 'reminder' ? [] : [key(reminder.milestoneId, reminder.date, notice[reminder.kind])],
    );

    expect(planned.length).toBeGreaterThan(0);
    expect(checks.sort()).toEqual(planned.sort());
  });

  it('sends each deadline reminder the plan gives, only while the deadline is unmet', () => {
    const announced = milestoneDate(p, 'announcement');
    const key = (milestoneId: string, date: string) => `${milestoneId} ${date}`;

    const reminders = events.filter((event) => event.notice === 'deadline-reminder');
    const planned = p.reminders
      .filter((reminder) => reminder.kind === 'reminder' && reminder.date >= announced)
      .map((reminder) => key(reminder.milestoneId, reminder.date));

    expect(reminders.map((event) => key(event.milestoneId, event.date)).sort()).toEqual(planned.sort());
    for (const event of reminders) expect(event, event.id).toMatchObject({ kind: 'notice', condition: 'unless-met' });
  });

  it('reminds the lead inspector of the draft report only while it is not yet done', () => {
    const drafts = events.filter((event) => event.notice === 'draft-report-reminder');

    expect(drafts.length).toBeGreaterThan(0);
    for (const event of drafts) {
      expect(event, event.id).toMatchObject({ to: ['lead'], condition: 'unless-met', milestoneId: 'draftReportDue' });
      expect(event.date < milestoneDate(p, 'draftReportDue'), event.id).toBe(true);
    }
  });
});

describe('rescheduling', () => {
  const before = scheduleFor(plan({ region: 'North East', fieldworkStart: '2026-06-01' }), calendar);
  const byId = (events: ScheduledEvent[]) => new Map(events.map((event) => [event.id, event]));

  it('never gives the same id to events on different dates', () => {
    const after = byId(scheduleFor(plan({ region: 'North East', fieldworkStart: '2026-06-15' }), calendar));

    for (const event of before.filter((e) => e.condition !== 'when-recorded')) {
      const same = after.get(event.id);
      if (same) expect({ date: same.date, at: same.at }, event.id).toEqual({ date: event.date, at: event.at });
    }
  });

  it('keeps the ids of events whose date did not change, and changes the ids of those that moved', () => {
    const moved = scheduleFor(
      plan({ region: 'North East', fieldworkStart: '2026-06-01', milestoneDates: { publication: '2026-08-07' } }),
      calendar,
    );

    const beforeIds = before.map((event) => event.id);
    const afterIds = moved.map((event) => event.id);

    // The warning if an organisational alert holds publication, the reminder to the Head of
    // Programme and the overdue check move; the notice of publication, sent when it is recorded, stays.
    expect(beforeIds.filter((id) => !afterIds.includes(id)).sort()).toEqual([
      'publication-blocked:publication:2026-07-24',
      'task-overdue:publication:2026-08-03',
      'task-reminder:publication:2026-07-30',
    ]);
    expect(afterIds.filter((id) => !beforeIds.includes(id)).sort()).toEqual([
      'publication-blocked:publication:2026-07-31',
      'task-overdue:publication:2026-08-10',
      'task-reminder:publication:2026-08-06',
    ]);
    expect(afterIds).toContain('publication:publication:when-recorded');
  });

  it('is the same schedule when computed twice from the same plan', () => {
    const again = scheduleFor(plan({ region: 'North East', fieldworkStart: '2026-06-01' }), calendar);

    expect(again).toEqual(before);
  });
});

describe('notices that say work was done (issue 18)', () => {
  const p = plan({ region: 'North East', fieldworkStart: '2027-03-01' });
  const events = scheduleFor(p, calendar);
  const timing = { calendar, workingHours: DEFAULT_WORKING_HOURS };

  it.each(WORK_DONE_NOTICES.map((work) => [work.notice, work] as const))(
    '%s waits for its record; its planned date reminds the person responsible and then chases them and the Head of Programme',
    (_notice, work) => {
      const about = events.filter((event) => event.milestoneId === work.milestoneId);
      const planned = milestoneDate(p, work.milestoneId);

      expect(about.find((event) => event.notice === work.notice)).toMatchObject({
        condition: 'when-recorded',
        completesMilestone: false,
      });
      const reminder = about.find((event) => event.notice === 'task-reminder');
      expect(reminder).toMatchObject({ kind: 'notice', to: [work.responsible], condition: 'unless-met' });
      expect((reminder?.date ?? '') < planned).toBe(true);
      const overdue = about.find((event) => event.notice === 'task-overdue');
      expect(overdue).toMatchObject({ kind: 'deadline-check', to: [work.responsible] });
      expect([...(overdue?.to ?? []), ...(overdue?.cc ?? [])]).toContain('headOfProgramme');
      expect((overdue?.date ?? '') > planned).toBe(true);
    },
  );

  it('sends nothing for the region on a planned date: only the announcement is met by its own notice', () => {
    const regionNoticesOnTheirOwnDate = events.filter(
      (event) =>
        event.kind === 'notice' &&
        event.condition === 'always' &&
        event.to.some((role) => role === 'rpd' || role === 'spoc'),
    );

    expect(regionNoticesOnTheirOwnDate.map((event) => event.notice).sort()).toEqual(
      ['announcement', 'fieldwork-start', 'follow-up-dates', 'planning-meeting-reminder'].sort(),
    );
    expect(events.filter((event) => event.completesMilestone).map((event) => event.notice)).toEqual(['announcement']);
  });

  const weekTwo = events.find((event) => event.notice === 'week-two-schedule') as ScheduledEvent;

  it.each([
    ['pending', undefined],
    ['overdue', undefined],
    ['escalated', undefined],
  ] as const)('is not due at all while its milestone is %s, whatever the time', (status, expected) => {
    expect(dueTimeOf(weekTwo, { status }, timing)).toBe(expected);
  });

  it.each([
    // Wednesday 24 February 2027, 11:00 GMT: at once.
    ['within working hours', '2027-02-24T11:00:00Z', '2027-02-24T11:00:00.000Z'],
    // 07:30 on a working day: at 09:00 that day.
    ['before working hours', '2027-02-24T07:30:00Z', '2027-02-24T09:00:00.000Z'],
    // 20:00 on Wednesday: 09:00 on Thursday.
    ['in the evening', '2027-02-24T20:00:00Z', '2027-02-25T09:00:00.000Z'],
    // Friday 18:00: Monday 09:00.
    ['on a Friday evening', '2027-02-26T18:00:00Z', '2027-03-01T09:00:00.000Z'],
    // Thursday 25 March 2027 at 18:00 GMT: Good Friday and Easter Monday are bank holidays and the
    // clocks go forward on the Sunday, so 09:00 BST on Tuesday 30 March.
    ['before a bank holiday weekend, across the clock change', '2027-03-25T18:00:00Z', '2027-03-30T08:00:00.000Z'],
  ])('is due when the work is recorded %s, moved into working hours', (_when, recordedAt, due) => {
    expect(dueTimeOf(weekTwo, { status: 'met', completedAt: recordedAt }, timing)).toBe(due);
    expect(dueTimeOf(weekTwo, { status: 'met-late', completedAt: recordedAt }, timing)).toBe(due);
  });

  it('falls due on its planned date only to be left out when the work is waived', () => {
    expect(dueTimeOf(weekTwo, { status: 'waived' }, timing)).toBe(weekTwo.at);
  });
});
