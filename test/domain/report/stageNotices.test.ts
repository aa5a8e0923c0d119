import { describe, expect, it } from 'vitest';
import { englandAndWalesCalendar } from '../../../functions/domain/calendar.js';
import { asLocalDate } from '../../../functions/domain/localDate.js';
import { planInspection } from '../../../functions/domain/planner.js';
import { forecastPublication } from '../../../functions/domain/report/forecast.js';
import { planReportStages } from '../../../functions/domain/report/reportStages.js';
import { stageNotices } from '../../../functions/domain/report/stageNotices.js';
import { stageStates, type StageRecord } from '../../../functions/domain/report/stageProgress.js';
import { DEFAULT_SETTINGS } from '../../../functions/domain/settings.js';

const calendar = englandAndWalesCalendar();
const d = asLocalDate;
const result = planInspection({ region: 'London', fieldworkStart: '2027-03-01' }, calendar);
if (!result.ok) throw new Error('no plan');
const plan = planReportStages(result.value, calendar);

function notices(records: StageRecord[], today: string) {
  const forecast = forecastPublication(plan, stageStates(plan.stages, records, calendar), d(today), calendar);
  return stageNotices(forecast.stages, d(today), DEFAULT_SETTINGS, calendar);
}

describe('reminders and overdue notices for each stage’s owner', () => {
  it('reminds the lead inspector of the first draft and tells them when it is overdue', () => {
    const firstDraft = notices([], '2027-03-22').filter((n) => n.stageId === 'firstDraft');

    // Due Friday 2 April 2027; Good Friday and Easter Monday are not working days.
    expect(firstDraft.map((n) => [n.id, n.date, n.to])).toEqual([
      ['firstDraft.round-1.reminder-5', '2027-03-24', 'lead inspector'],
      ['firstDraft.round-1.reminder-1', '2027-04-01', 'lead inspector'],
      ['firstDraft.round-1.overdue', '2027-04-05', 'lead inspector'],
    ]);
    expect(firstDraft[2]?.message).toBe(
      'First draft of the report written was due on Friday 2 April 2027 and is not recorded as done',
    );
  });

  it('reminds the owners after a late stage of their pushed dates, and nothing once done', () => {
    const list = notices([{ kind: 'done', stageId: 'firstDraft', on: d('2027-04-07') }], '2027-04-07');

    expect(list.some((n) => n.stageId === 'firstDraft')).toBe(false);
    expect(list.find((n) => n.id === 'contractEditing.round-1.overdue')).toMatchObject({
      date: '2027-04-12',
      to: 'contract editor',
    });
  });

  it('asks the chief operating officer for a decision while a dispute waits, from the day it is referred', () => {
    const list = notices(
      [
        ...plan.stages.slice(0, 4).map((stage): StageRecord => ({ kind: 'done', stageId: stage.id, on: stage.due })),
        { kind: 'disputed', stageId: 'factualAccuracyCheck', on: d('2027-04-23'), matter: 'The staffing figures' },
      ],
      '2027-04-23',
    ).filter((n) => n.stageId === 'factualAccuracyCheck');

    expect(list.map((n) => [n.kind, n.date, n.to])).toEqual([
      ['reminder', '2027-04-23', 'chief operating officer'],
      ['reminder', '2027-04-29', 'chief operating officer'],
      ['overdue', '2027-05-04', 'chief operating officer'],
    ]);
    expect(list[0]?.message).toBe('The decision on the factual-accuracy dispute is due on Friday 30 April 2027');
  });

  it('reminds the Head of Programme to ask the SPOC or RPD for feedback after publication (§6.9)', () => {
    const feedback = notices([], '2027-04-01').filter((n) => n.stageId === 'feedbackRequest');

    expect(feedback.at(-1)).toMatchObject({ kind: 'overdue', to: 'Head of Probation Inspection Programme' });
  });
});
