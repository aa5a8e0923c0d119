import { describe, expect, it } from 'vitest';
import { planInspection, type InspectionPlan } from '../../functions/domain/planner.js';

/** Arrange and act in one: a plan that must be valid. */
function plan(region: string, fieldworkStart: string, overrides?: Record<string, unknown>): InspectionPlan {
  const result = planInspection({ region, fieldworkStart, overrides });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

const dates = (p: InspectionPlan) => Object.fromEntries(p.milestones.map((m) => [m.id, m.date]));
const reminder = (p: InspectionPlan, id: string) => p.reminders.find((r) => r.id === id);
const warningsFor = (p: InspectionPlan, id: string) => p.warnings.filter((w) => w.milestoneId === id);

// Expected dates below were worked out by hand from the rules in shared/domain/lifecycle.md
// and the published bank holidays of England and Wales, not copied from the planner's output.
describe('North East, fieldwork Monday 1 June 2026: the Spring bank holiday falls on the evidence deadline', () => {
  const p = plan('North East', '2026-06-01');

  it('places every milestone by the manual’s rules', () => {
    expect(dates(p)).toEqual({
      announcement: '2026-05-11', // F − 21, Monday
      orgStructureDue: '2026-05-18', // one working day before the planning meeting
      planningMeeting: '2026-05-19', // Tuesday after the announcement, F − 13
      planningNotesIssued: '2026-05-21', // two working days after the meeting
      scheduleChangeDeadline: '2026-05-20', // Wednesday two weeks before, F − 12
      evidenceDeadline: '2026-05-26', // F − 7 is the Spring bank holiday: next working day
      weekTwoScheduleShared: '2026-05-29', // Friday before fieldwork
      fieldworkWeek1Start: '2026-06-01',
      reviewWeekStart: '2026-06-08',
      fieldworkWeek2Start: '2026-06-15',
      fieldworkEnd: '2026-06-19', // E = F + 18
      draftReportDue: '2026-07-03', // E + 14
      factualAccuracySent: '2026-07-10', // E + 21
      factualAccuracyDue: '2026-07-24', // ten working days later
      followUpWeekStart: '2026-07-06', // F + 35
      publication: '2026-07-31', // E + 42
    });
  });

  it('says why the evidence deadline moved, and nothing else moved', () => {
    expect(p.warnings).toMatchObject([
      {
        code: 'moved-to-working-day',
        milestoneId: 'evidenceDeadline',
        message: expect.stringMatching(
          /Monday 25 May 2026 is a bank holiday \(Spring bank holiday\), so it moves to Tuesday 26 May 2026/,
        ),
      },
    ]);
    expect(p.milestones.find((m) => m.id === 'evidenceDeadline')?.warnings).toHaveLength(1);
  });

  it('reminds the SPOC 5 and 1 working days before a deadline, then overdue, then escalation', () => {
    // Evidence due Tuesday 26 May; the bank holiday on the 25th is not a working day.
    expect(reminder(p, 'evidenceDeadline.reminder-5')).toMatchObject({
      date: '2026-05-18',
      to: ['single point of contact'],
    });
    expect(reminder(p, 'evidenceDeadline.reminder-1')).toMatchObject({ date: '2026-05-22' });
    expect(reminder(p, 'evidenceDeadline.overdue')).toMatchObject({
      date: '2026-05-27',
      to: ['single point of contact', 'lead inspector'],
    });
    expect(reminder(p, 'evidenceDeadline.escalation')).toMatchObject({
      date: '2026-05-29',
      to: ['Head of Probation Inspection Programme'],
    });
  });

  it('sends at 09:00 UK summer time, which is 08:00 UTC', () => {
    expect(reminder(p, 'evidenceDeadline.reminder-5')?.sendAt).toBe('2026-05-18T08:00:00Z');
  });

  it('assigns each milestone its phase, kind, who acts and its source', () => {
    const evidence = p.milestones.find((m) => m.id === 'evidenceDeadline');
    expect(evidence).toMatchObject({ phase: 'pre-fieldwork', kind: 'deadline', party: 'region', source: '§3.6' });
    expect(p.milestones.find((m) => m.id === 'fieldworkEnd')).toMatchObject({ phase: 'fieldwork', kind: 'event' });
    expect(p.milestones.find((m) => m.id === 'draftReportDue')).toMatchObject({
      phase: 'post-fieldwork',
      kind: 'task',
      role: 'lead inspector',
    });
    expect(p.milestones.find((m) => m.id === 'planningMeeting')).toMatchObject({ time: '10:00' });
  });

  it('lists milestones in date order', () => {
    const listed = p.milestones.map((m) => m.date);
    expect(listed).toEqual([...listed].sort());
  });
});

describe('Good Friday and Easter Monday 2026 (London, fieldwork Monday 20 April 2026)', () => {
  const p = plan('London', '2026-04-20');

  it('counts working days back over Easter: organisational structure due Thursday before Good Friday', () => {
    // Planning meeting Tuesday 7 April; one working day before skips Easter Monday, the weekend and Good Friday.
    expect(dates(p)).toMatchObject({
      announcement: '2026-03-30',
      planningMeeting: '2026-04-07',
      orgStructureDue: '2026-04-02',
      scheduleChangeDeadline: '2026-04-08',
      evidenceDeadline: '2026-04-13',
    });
    // Later, week two meets the Early May bank holiday and follow-up the Spring one.
    expect(p.warnings.map((w) => [w.milestoneId, w.code])).toEqual([
      ['fieldworkWeek2Start', 'moved-to-working-day'],
      ['fieldworkWeek2Start', 'bank-holiday-in-fieldwork-week'],
      ['followUpWeekStart', 'moved-to-working-day'],
    ]);
  });

  it('puts the overdue notice after Easter and leaves out a reminder that would precede the announcement', () => {
    expect(reminder(p, 'orgStructureDue.reminder-1')?.date).toBe('2026-04-01');
    // 5 working days before 2 April is 26 March, before the region has even been told.
    expect(reminder(p, 'orgStructureDue.reminder-5')).toBeUndefined();
    expect(reminder(p, 'orgStructureDue.overdue')?.date).toBe('2026-04-07');
    expect(reminder(p, 'orgStructureDue.escalation')?.date).toBe('2026-04-09');
  });
});

describe('Easter Monday 2027 in fieldwork week two (Wales, fieldwork Monday 15 March 2027)', () => {
  const p = plan('Wales', '2027-03-15');

  it('moves week two to the Tuesday and warns about the holiday week', () => {
    expect(dates(p).fieldworkWeek2Start).toBe('2027-03-30');
    expect(warningsFor(p, 'fieldworkWeek2Start').map((w) => w.code)).toEqual([
      'moved-to-working-day',
      'bank-holiday-in-fieldwork-week',
    ]);
    expect(warningsFor(p, 'fieldworkWeek2Start')[1]?.message).toContain('Easter Monday on Monday 29 March 2027');
  });

  it('publishes eight weeks after fieldwork for Wales, bilingually', () => {
    expect(dates(p).fieldworkEnd).toBe('2027-04-02');
    expect(dates(p).publication).toBe('2027-05-28'); // E + 56
    expect(p.languages).toEqual(['cy', 'en']);
    expect(p.bilingual).toBe(true);
  });

  it('skips the Early May bank holiday when counting the factual-accuracy period', () => {
    // Sent Friday 23 April; ten working days with Monday 3 May a holiday.
    expect(dates(p).factualAccuracySent).toBe('2027-04-23');
    expect(dates(p).factualAccuracyDue).toBe('2027-05-10');
  });
});

describe('dates that must come before something else move back, not forward', () => {
  it('ends fieldwork on the Thursday when its Friday is Good Friday (London, fieldwork 16 March 2026)', () => {
    const p = plan('London', '2026-03-16');
    expect(dates(p).fieldworkEnd).toBe('2026-04-02');
    expect(p.fieldworkEnd).toBe('2026-04-02');
    expect(warningsFor(p, 'fieldworkEnd')[0]?.message).toContain(
      'Friday 3 April 2026 is a bank holiday (Good Friday), so it moves back to Thursday 2 April 2026',
    );
    // Reporting still counts from the planned Friday: publication is six weeks after it.
    expect(dates(p).publication).toBe('2026-05-15');
  });

  it('shares the week-two schedule before fieldwork starts on Easter Monday (North East, 6 April 2026)', () => {
    const p = plan('North East', '2026-04-06');
    expect(dates(p).weekTwoScheduleShared).toBe('2026-04-02'); // Good Friday: the Thursday before
    expect(dates(p).fieldworkWeek1Start).toBe('2026-04-07');
  });
});

describe('a factual-accuracy period that runs into publication', () => {
  it('warns the administrator to shorten it', () => {
    const p = plan('London', '2026-06-01', { factualAccuracyWorkingDays: 15 });
    expect(dates(p).factualAccuracyDue).toBe(dates(p).publication);
    expect(warningsFor(p, 'factualAccuracyDue')).toEqual([
      expect.objectContaining({ code: 'factual-accuracy-not-before-publication' }),
    ]);
  });
});

describe('the same fieldwork in England and in Wales', () => {
  it('publishes six weeks after fieldwork in England and eight in Wales', () => {
    expect(dates(plan('South West', '2026-06-08')).publication).toBe('2026-08-07');
    expect(dates(plan('Wales', '2026-06-08')).publication).toBe('2026-08-21');
    expect(plan('South West', '2026-06-08').languages).toEqual(['en']);
  });
});

describe('the May bank holidays', () => {
  it('warns when fieldwork starts on the Early May bank holiday and starts it on the Tuesday', () => {
    const p = plan('East Midlands', '2026-05-04');
    expect(dates(p).fieldworkWeek1Start).toBe('2026-05-05');
    expect(warningsFor(p, 'fieldworkWeek1Start').map((w) => w.message)).toEqual([
      expect.stringContaining('Monday 4 May 2026 is a bank holiday (Early May bank holiday)'),
      expect.stringContaining('Fieldwork week one (from Monday 4 May 2026) contains a bank holiday'),
    ]);
  });

  it('moves the review week past the Spring bank holiday, counting back over Early May for the organisational structure', () => {
    const p = plan('West Midlands', '2026-05-18');
    expect(dates(p)).toMatchObject({
      planningMeeting: '2026-05-05',
      orgStructureDue: '2026-05-01', // Monday 4 May is the Early May bank holiday
      reviewWeekStart: '2026-05-26', // Monday 25 May is the Spring bank holiday
    });
    expect(warningsFor(p, 'reviewWeekStart')).toHaveLength(1);
    expect(warningsFor(p, 'fieldworkWeek1Start')).toEqual([]);
  });
});

describe('Christmas and New Year with substitute days', () => {
  it('skips Christmas, the Boxing Day substitute (Monday 28 December 2026) and New Year (Greater Manchester, fieldwork 11 January 2027)', () => {
    const p = plan('Greater Manchester', '2027-01-11');
    expect(dates(p)).toMatchObject({
      announcement: '2026-12-21',
      planningMeeting: '2026-12-29',
      orgStructureDue: '2026-12-24',
      planningNotesIssued: '2026-12-31',
      scheduleChangeDeadline: '2026-12-30',
      evidenceDeadline: '2027-01-04',
    });
    expect(reminder(p, 'evidenceDeadline.reminder-5')?.date).toBe('2026-12-23');
    expect(reminder(p, 'evidenceDeadline.reminder-1')?.date).toBe('2026-12-31');
    expect(reminder(p, 'scheduleChangeDeadline.escalation')?.date).toBe('2027-01-05');
    expect(p.warnings).toEqual([]);
  });

  it('moves post-fieldwork dates off Christmas Day and New Year’s Day (North West, fieldwork 23 November 2026)', () => {
    const p = plan('North West', '2026-11-23');
    expect(dates(p)).toMatchObject({
      fieldworkEnd: '2026-12-11',
      draftReportDue: '2026-12-29', // E + 14 is Christmas Day; the 28th is a substitute day
      followUpWeekStart: '2026-12-29', // F + 35 is the substitute day
      factualAccuracySent: '2027-01-04', // E + 21 is New Year’s Day
      factualAccuracyDue: '2027-01-18',
      publication: '2027-01-22',
    });
    expect(p.warnings.map((w) => w.milestoneId)).toEqual([
      'draftReportDue',
      'factualAccuracySent',
      'followUpWeekStart',
    ]);
    expect(warningsFor(p, 'draftReportDue')[0]?.message).toContain('Christmas Day');
  });

  it('warns of two substitute days in fieldwork week two when Christmas 2027 falls on a weekend (Yorkshire and the Humber)', () => {
    const p = plan('Yorkshire and the Humber', '2027-12-13');
    expect(dates(p).fieldworkWeek2Start).toBe('2027-12-29');
    const holidays = warningsFor(p, 'fieldworkWeek2Start').filter((w) => w.code === 'bank-holiday-in-fieldwork-week');
    expect(holidays.map((w) => w.message)).toEqual([
      expect.stringContaining('Monday 27 December 2027'),
      expect.stringContaining('Tuesday 28 December 2027'),
    ]);
  });
});

describe('clock changes', () => {
  it('sends at 09:00 UK time either side of the spring change (29 March 2026)', () => {
    const p = plan('South Central', '2026-04-13');
    // Organisational structure due Monday 30 March; reminder the Friday before, in GMT.
    expect(reminder(p, 'orgStructureDue.reminder-1')).toMatchObject({
      date: '2026-03-27',
      sendAt: '2026-03-27T09:00:00Z',
    });
    // Overdue notice Tuesday 31 March, in BST.
    expect(reminder(p, 'orgStructureDue.overdue')).toMatchObject({
      date: '2026-03-31',
      sendAt: '2026-03-31T08:00:00Z',
    });
    // And Easter Monday moves the evidence deadline to Tuesday 7 April.
    expect(dates(p).evidenceDeadline).toBe('2026-04-07');
  });

  it('sends at 09:00 UK time either side of the autumn change (25 October 2026)', () => {
    const p = plan('East of England', '2026-11-09');
    expect(reminder(p, 'orgStructureDue.reminder-1')).toMatchObject({
      date: '2026-10-23',
      sendAt: '2026-10-23T08:00:00Z',
    });
    expect(reminder(p, 'orgStructureDue.overdue')).toMatchObject({
      date: '2026-10-27',
      sendAt: '2026-10-27T09:00:00Z',
    });
  });

  it('sends at a configured time instead of 09:00', () => {
    const p = plan('East of England', '2026-11-09', { sendTime: '07:30' });
    expect(reminder(p, 'orgStructureDue.reminder-1')?.sendAt).toBe('2026-10-23T06:30:00Z');
  });
});

describe('overrides of the configurable defaults', () => {
  it('changes the factual-accuracy period and the reminder days', () => {
    const p = plan('London', '2026-06-01', { factualAccuracyWorkingDays: 15, reminderWorkingDaysBefore: [3] });
    expect(dates(p).factualAccuracyDue).toBe('2026-07-31');
    expect(p.reminders.filter((r) => r.milestoneId === 'factualAccuracyDue').map((r) => r.id)).toEqual([
      'factualAccuracyDue.reminder-3',
      'factualAccuracyDue.overdue',
      'factualAccuracyDue.escalation',
    ]);
  });
});

describe('bad input', () => {
  it('names every wrong field, the value given and what is allowed', () => {
    const result = planInspection({
      region: 'Narnia',
      fieldworkStart: '2026-02-30',
      overrides: { sendTime: '9am', colour: 'blue' },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toMatchObject([
      { field: 'region', value: 'Narnia', message: expect.stringContaining('Kent, Surrey and Sussex') },
      { field: 'fieldworkStart', value: '2026-02-30', message: 'is not a real calendar date' },
      { field: 'overrides.sendTime', value: '9am', message: expect.stringContaining('HH:MM') },
      { field: 'overrides.colour', value: 'blue', message: expect.stringContaining('factualAccuracyWorkingDays') },
    ]);
  });

  it('matches regions ignoring case and punctuation', () => {
    expect(plan('kent surrey & sussex', '2026-06-01').region).toBe('Kent, Surrey and Sussex');
    expect(plan('YORKSHIRE AND THE HUMBER', '2026-06-01').regionId).toBe('yorkshire-and-the-humber');
  });

  it('refuses a fieldwork start that is not a Monday, naming the nearest Mondays', () => {
    const result = planInspection({ region: 'Wales', fieldworkStart: '2026-06-03' });
    expect(result).toMatchObject({
      ok: false,
      errors: [
        {
          field: 'fieldworkStart',
          value: '2026-06-03',
          message: expect.stringMatching(/Wednesday.*Monday 1 June 2026 and Monday 8 June 2026/),
        },
      ],
    });
  });

  it.each([
    ['2026-6-1', 'YYYY-MM-DD'],
    ['1st June', 'YYYY-MM-DD'],
    ['2026-13-01', 'real calendar date'],
    ['1850-06-03', 'outside the years'],
  ])('refuses the fieldwork start %s', (fieldworkStart, expected) => {
    const result = planInspection({ region: 'Wales', fieldworkStart });
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual([expect.stringContaining(expected)]);
  });

  it('refuses input of the wrong shape without throwing', () => {
    expect(planInspection(null)).toMatchObject({ ok: false });
    expect(planInspection({ region: 7, fieldworkStart: 20260601 })).toMatchObject({
      ok: false,
      errors: [
        { field: 'region', value: 7 },
        { field: 'fieldworkStart', value: 20260601 },
      ],
    });
    expect(planInspection({ region: 'Wales', fieldworkStart: '2026-06-01', overrides: [1] })).toMatchObject({
      ok: false,
      errors: [{ field: 'overrides' }],
    });
  });
});
