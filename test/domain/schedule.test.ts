import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { englandAndWalesCalendar } from '../../functions/domain/calendar.js';
import { planInspection, type InspectionPlan } from '../../functions/domain/planner.js';
import { type PlanInput } from '../../functions/domain/planInput.js';
import { scheduleFor, type ScheduledEvent } from '../../functions/domain/schedule.js';

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

  it('gives every event a unique id that carries its date', () => {
    const ids = events.map((event) => event.id);

    expect(new Set(ids).size).toBe(ids.length);
    for (const event of events) expect(event.id.split(':'), event.id).toContain(event.date);
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
      .filter((event) => event.kind === 'deadline-check')
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

    for (const event of before) {
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

    // The publication and, five working days before it, the warning if an organisational alert holds it.
    expect(beforeIds.filter((id) => !afterIds.includes(id))).toEqual([
      'publication-blocked:publication:2026-07-24',
      'publication:publication:2026-07-31',
    ]);
    expect(afterIds.filter((id) => !beforeIds.includes(id))).toEqual([
      'publication-blocked:publication:2026-07-31',
      'publication:publication:2026-08-07',
    ]);
  });

  it('is the same schedule when computed twice from the same plan', () => {
    const again = scheduleFor(plan({ region: 'North East', fieldworkStart: '2026-06-01' }), calendar);

    expect(again).toEqual(before);
  });
});
