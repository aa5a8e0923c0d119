import type { WorkingCalendar } from '../../domain/calendar.js';
import { ukDateOf, type LocalDate } from '../../domain/localDate.js';
import { forecastPublication, type PublicationForecast } from '../../domain/report/forecast.js';
import {
  planReportStages,
  STAGE_RULES,
  type ReportPlan,
  type ReportSettings,
} from '../../domain/report/reportStages.js';
import { stageStates, type StageRecord, type StageState } from '../../domain/report/stageProgress.js';
import type { InspectionRecord, MilestoneRecord } from '../../ports/records.js';
import type { InspectionPlan } from '../../domain/planner.js';
import type { Deps } from '../deps.js';
import { planOf } from '../notices/planOf.js';

/** The report's road for one inspection: its plan, each stage's state, and the publication forecast. */
export interface ReportProgress {
  plan: ReportPlan;
  /** The inspection's plan the report's was made from (its fieldwork, its notices' settings). */
  inspectionPlan: InspectionPlan;
  states: StageState[];
  forecast: PublicationForecast;
  /** What was recorded, the milestones' records first: what the states were read from. */
  records: StageRecord[];
}

/** What reading the report's progress needs of a milestone. */
export type MilestoneFacts = Pick<MilestoneRecord, 'id' | 'status' | 'completedAt'>;

/**
 * A stage that is also a milestone of the plan (the first draft, the draft sent to the region, the
 * region's comments, publication) is done when its milestone is recorded as met (or waived): the
 * one record people make, read as the stage's first round done on that day.
 */
function milestoneRecords(milestones: readonly MilestoneFacts[]): StageRecord[] {
  return STAGE_RULES.flatMap((rule): StageRecord[] => {
    const milestone = milestones.find((m) => m.id === rule.anchor);
    const settled = milestone?.status === 'met' || milestone?.status === 'met-late' || milestone?.status === 'waived';
    if (!settled || milestone.completedAt === undefined) return [];
    return [{ kind: 'done', stageId: rule.id, on: ukDateOf(new Date(milestone.completedAt)) }];
  });
}

/** The report's progress on `today`, from the inspection's record and its milestones. */
export function reportProgress(
  inspection: InspectionRecord,
  milestones: readonly MilestoneFacts[],
  context: { calendar: WorkingCalendar; settings: ReportSettings; today: LocalDate },
): ReportProgress {
  const { calendar, settings, today } = context;
  const inspectionPlan = planOf(inspection);
  const plan = planReportStages(inspectionPlan, calendar, settings);
  const records = [...milestoneRecords(milestones), ...(inspection.reportRecords ?? [])];
  const states = stageStates(plan.stages, records, calendar, settings);
  return {
    plan,
    inspectionPlan,
    states,
    forecast: forecastPublication(plan, states, today, calendar),
    records,
  };
}

/** The report's progress today, with the service's calendar and report settings. */
export function reportProgressNow(
  deps: Pick<Deps, 'calendar' | 'clock' | 'config'>,
  inspection: InspectionRecord,
  milestones: readonly MilestoneFacts[],
): ReportProgress {
  return reportProgress(inspection, milestones, {
    calendar: deps.calendar,
    settings: deps.config.reportSettings,
    today: ukDateOf(deps.clock.now()),
  });
}
