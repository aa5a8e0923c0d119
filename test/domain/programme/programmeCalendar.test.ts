import { describe, expect, it } from 'vitest';
import { englandAndWalesCalendar } from '../../../functions/domain/calendar.js';
import { asLocalDate } from '../../../functions/domain/localDate.js';
import { planInspection, type InspectionPlan } from '../../../functions/domain/planner.js';
import { findClashes, programmeInspection } from '../../../functions/domain/programme/clashes.js';
import { programmeCalendar } from '../../../functions/domain/programme/programmeCalendar.js';
import { forecastPublication } from '../../../functions/domain/report/forecast.js';
import { planReportStages } from '../../../functions/domain/report/reportStages.js';
import { stageStates } from '../../../functions/domain/report/stageProgress.js';

const calendar = englandAndWalesCalendar();

function plan(region: string, fieldworkStart: string): InspectionPlan {
  const result = planInspection({ region, fieldworkStart }, calendar);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('the programme calendar by week', () => {
  it('puts each inspection’s weeks, report stages and publication, planned and forecast, with the week’s clashes', () => {
    // Arrange: London from 1 March 2027 with its first draft three working days late; Wales from 8 March.
    const london = plan('London', '2027-03-01');
    const wales = plan('Wales', '2027-03-08');
    const report = planReportStages(london, calendar);
    const today = asLocalDate('2027-04-07');
    const states = stageStates(report.stages, [{ kind: 'done', stageId: 'firstDraft', on: today }], calendar);
    const forecast = forecastPublication(report, states, today, calendar);
    const clashes = findClashes(
      [programmeInspection('london', london, {}, calendar), programmeInspection('wales', wales, {}, calendar)],
      calendar,
    );

    // Act
    const weeks = programmeCalendar(
      [
        { id: 'london', region: 'London', milestones: london.milestones, reportStages: forecast.stages },
        { id: 'wales', region: 'Wales', milestones: wales.milestones },
      ],
      clashes,
    );

    // Assert: from London's announcement (Monday 8 February 2027) to Wales's publication, every week.
    expect(weeks[0]?.week).toBe('2027-02-08');
    expect(weeks.every((w, i) => i === 0 || w.week > (weeks[i - 1]?.week ?? ''))).toBe(true);
    const weekOf = (monday: string) => weeks.find((w) => w.week === monday);
    expect(weekOf('2027-03-08')?.items.map((i) => [i.inspectionId, i.kind])).toEqual([
      ['london', 'review-week'],
      ['wales', 'fieldwork-week-one'],
    ]);
    // Wales's week two holds Good Friday.
    expect(weekOf('2027-03-22')?.clashes.map((c) => c.kind)).toEqual(['easter-week']);
    // London's publication: planned Friday 30 April, forecast Thursday 6 May.
    const publication = weeks
      .flatMap((w) => w.items)
      .find((i) => i.inspectionId === 'london' && i.kind === 'publication');
    expect(publication).toMatchObject({ planned: '2027-04-30', forecast: '2027-05-06', late: true });
    expect(weekOf('2027-05-03')?.items.map((i) => i.kind)).toContain('publication');
    expect(
      weeks.flatMap((w) => w.items).find((i) => i.inspectionId === 'wales' && i.kind === 'publication'),
    ).toMatchObject({
      planned: '2027-05-21',
      forecast: '2027-05-21',
    });
  });

  it('is empty for an empty programme', () => {
    expect(programmeCalendar([])).toEqual([]);
  });
});
