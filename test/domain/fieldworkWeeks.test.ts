import { describe, expect, it } from 'vitest';
import { englandAndWalesCalendar } from '../../functions/domain/calendar.js';
import { fieldworkWeeksOf } from '../../functions/domain/fieldworkWeeks.js';
import { buildView } from '../../functions/domain/notices/buildView.js';
import { asLocalDate } from '../../functions/domain/localDate.js';
import { MILESTONE_IDS } from '../../functions/domain/milestones.js';
import { planInspection } from '../../functions/domain/planner.js';

const calendar = englandAndWalesCalendar();

function weeksOf(fieldworkStart: string) {
  const plan = planInspection({ region: 'North East', fieldworkStart });
  if (!plan.ok) throw new Error(JSON.stringify(plan.errors));
  const dates = Object.fromEntries(plan.value.milestones.map((m) => [m.id, m.date]));
  return { weeks: fieldworkWeeksOf(dates as never, calendar), dates };
}

describe('the fieldwork weeks as planned', () => {
  it('ends week one on its last working day, never on Christmas Day', () => {
    // Week one from Monday 21 December 2026: Friday 25 December is Christmas Day.
    const { weeks } = weeksOf('2026-12-21');

    expect(weeks.weekOneTo).toBe('2026-12-24');
  });

  it('starts week two on the Tuesday after Easter Monday, and says so rather than "Monday afternoon"', () => {
    // Week two from Monday 29 March 2027, Easter Monday.
    const { weeks, dates } = weeksOf('2027-03-15');

    expect(weeks).toMatchObject({
      weekTwoFrom: '2027-03-30',
      weekTwoSecondDay: '2027-03-31',
      weekTwoStartsOnMonday: false,
    });
    const view = buildView(
      {
        region: 'North East',
        inspectionRef: 'DIPP-NE-TEST',
        inspectionUrl: 'https://dipp.example/inspections/x',
        mailbox: 'mailbox@inspectorate.example',
        people: {
          lead: { name: 'Lee', email: 'lee@inspectorate.example' },
          isa: { name: 'Isa', email: 'isa@inspectorate.example' },
          rpd: { name: 'Rhian', email: 'rhian@probation.example' },
          headOfProgramme: { name: 'Hana', email: 'hana@inspectorate.example' },
        },
        dates: Object.fromEntries(MILESTONE_IDS.map((id) => [id, asLocalDate(dates[id] as string)])) as never,
        weeks,
        planningMeetingTime: '12:00',
      },
      'en',
    );
    expect(view.fieldwork).toMatchObject({
      weekTwoFrom: 'Tuesday 30 March 2027',
      weekTwoFirstDay: 'Tuesday',
      weekTwoSecondDay: 'Wednesday',
      weekTwoStartsOnMonday: false,
    });
    expect(view.planningMeetingTime).toBe('12pm');
  });

  it('keeps Monday to Friday in an ordinary fortnight', () => {
    const { weeks } = weeksOf('2027-03-01');

    expect(weeks).toEqual({
      weekOneFrom: '2027-03-01',
      weekOneTo: '2027-03-05',
      weekTwoFrom: '2027-03-15',
      weekTwoSecondDay: '2027-03-16',
      weekTwoTo: '2027-03-19',
      weekTwoStartsOnMonday: true,
    });
  });
});
