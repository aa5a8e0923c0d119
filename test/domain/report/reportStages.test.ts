import { describe, expect, it } from 'vitest';
import { englandAndWalesCalendar } from '../../../functions/domain/calendar.js';
import { planInspection, type InspectionPlan } from '../../../functions/domain/planner.js';
import {
  planReportStages,
  reportSettingsSchema,
  workingDaysBetween,
} from '../../../functions/domain/report/reportStages.js';
import { asLocalDate } from '../../../functions/domain/localDate.js';

const calendar = englandAndWalesCalendar();

function plan(region: string, fieldworkStart: string, overrides?: Record<string, unknown>): InspectionPlan {
  const result = planInspection({ region, fieldworkStart, ...(overrides ? { overrides } : {}) }, calendar);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

const dueDates = (p: InspectionPlan) =>
  Object.fromEntries(planReportStages(p, calendar).stages.map((stage) => [stage.id, stage.due]));
const milestone = (p: InspectionPlan, id: string) => p.milestones.find((m) => m.id === id)?.date;

describe('the report stages of §7.1', () => {
  it('places each stage between the end of fieldwork and publication six weeks later (London, March 2027)', () => {
    // Arrange: fieldwork from Monday 1 March 2027 to Friday 19 March (Easter falls in the first draft's fortnight).
    const london = plan('London', '2027-03-01');

    // Act
    const report = planReportStages(london, calendar);

    // Assert
    expect(report.stages.map((stage) => [stage.id, stage.owner, stage.due])).toEqual([
      ['firstDraft', 'lead inspector', '2027-04-02'],
      ['contractEditing', 'contract editor', '2027-04-06'],
      ['strategicEditing', 'Head or Deputy Head of Programme', '2027-04-08'],
      ['chiefInspectorReview', 'Chief Inspector', '2027-04-09'],
      ['factualAccuracyCheck', 'region (RPD or SPOC)', '2027-04-23'],
      ['statisticsCheck', 'data team', '2027-04-28'],
      ['publication', 'Head of Probation Inspection Programme', '2027-04-30'],
      // Monday 3 May 2027 is the Early May bank holiday.
      ['feedbackRequest', 'Head of Probation Inspection Programme', '2027-05-10'],
    ]);
    expect(report.publication).toBe('2027-04-30');
    expect(report.aim).toBe('2027-04-30');
    expect(report.warnings).toEqual([]);
  });

  it('keeps the plan’s draft, factual-accuracy and publication dates as the stages’ dates', () => {
    const london = plan('London', '2027-03-01');

    const due = dueDates(london);

    expect(due.firstDraft).toBe(milestone(london, 'draftReportDue'));
    expect(due.chiefInspectorReview).toBe(milestone(london, 'factualAccuracySent'));
    expect(due.factualAccuracyCheck).toBe(milestone(london, 'factualAccuracyDue'));
    expect(due.publication).toBe(milestone(london, 'publication'));
  });

  it('adds two weeks for Welsh translation and aims at eight weeks in Wales', () => {
    const wales = plan('Wales', '2027-03-01');

    const report = planReportStages(wales, calendar);

    expect(report.stages.map((stage) => stage.id)).toContain('translation');
    expect(report.publication).toBe('2027-05-14');
    expect(report.aim).toBe('2027-05-14');
    const translation = report.stages.find((stage) => stage.id === 'translation');
    expect(translation?.due).toBe('2027-05-12');
    expect(workingDaysBetween(calendar, asLocalDate('2027-04-27'), asLocalDate('2027-05-12'))).toBe(10);
    // The Early May bank holiday leaves the data team two working days, and the page says so.
    expect(report.warnings).toEqual([
      'Statistics check by the data and information team: 2 working days from Friday 23 April 2027 to Tuesday 27 April 2027, not the 3 the settings give',
    ]);
  });

  it('has no translation stage in England', () => {
    expect(Object.keys(dueDates(plan('North East', '2027-03-01')))).not.toContain('translation');
  });

  it('lets a bank holiday shorten the earliest editing stage and says so (Spring bank holiday, 31 May 2027)', () => {
    const report = planReportStages(plan('London', '2027-04-26'), calendar);

    const due = Object.fromEntries(report.stages.map((stage) => [stage.id, stage.due]));

    expect(due.firstDraft).toBe('2027-05-28');
    expect(due.contractEditing).toBe('2027-06-01');
    expect(due.chiefInspectorReview).toBe('2027-06-04');
    expect(report.warnings).toEqual([
      'Contract editing (grammar and house style): 1 working day from Friday 28 May 2027 to Tuesday 1 June 2027, not the 2 the settings give',
    ]);
  });

  it('never puts a stage before the one before it when the settings ask for more time than there is', () => {
    const settings = reportSettingsSchema.parse({ contractEditingWorkingDays: 5, strategicEditingWorkingDays: 5 });

    const report = planReportStages(plan('London', '2027-03-01'), calendar, settings);

    const dates = report.stages.map((stage) => stage.due);
    expect([...dates].sort()).toEqual(dates);
    expect(report.warnings.length).toBeGreaterThan(0);
  });

  it('follows a shorter factual-accuracy period set for the inspection', () => {
    const shorter = plan('London', '2027-03-01', { factualAccuracyWorkingDays: 5 });

    expect(dueDates(shorter).factualAccuracyCheck).toBe('2027-04-16');
  });

  it('refuses settings outside their ranges, in words', () => {
    const parsed = reportSettingsSchema.safeParse({ translationWorkingDays: 5 });

    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('must be a whole number of working days from 10 to 30');
  });
});
