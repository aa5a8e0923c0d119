import { seesEverything, type Principal } from '../../domain/access.js';
import { milestonesCalendar } from '../../domain/calendarFile.js';
import { ukDateOf, type LocalDate } from '../../domain/localDate.js';
import { english, said } from '../../domain/messages/said.js';
import * as z from 'zod/mini';
import { CLASH_KINDS, findClashes, type Clash } from '../../domain/programme/clashes.js';
import { programmeCalendar, type ProgrammeWeek } from '../../domain/programme/programmeCalendar.js';
import type { InspectionPlan } from '../../domain/planner.js';
import type { InspectionRecord } from '../../ports/records.js';
import type { Deps } from '../deps.js';
import { ForbiddenError } from '../errors.js';
import { planOf } from '../notices/planOf.js';
import { reportProgressNow } from '../report/reportProgress.js';
import { csvLine } from '../shared/csv.js';
import { inProgramme } from '../shared/inProgramme.js';
import type { FileResult } from './views.js';

/** One inspection in the programme: its place in it, its lead, and its publication against the aim. */
export interface ProgrammeRow {
  id: string;
  ref: string;
  region: string;
  fieldworkStart: LocalDate;
  fieldworkEnd: LocalDate;
  lead: string;
  /** Publication as planned. */
  publication: LocalDate;
  /** Publication as forecast from the report's progress (the day it happened, once published). */
  forecastPublication: LocalDate;
  published: boolean;
  /** Working days the forecast is after the plan (negative: before it). */
  slippageWorkingDays: number;
  /** Six weeks after fieldwork, eight in Wales (§7.4). */
  aim: LocalDate;
  /** Working days the forecast publication is after the aim (negative: before it). */
  workingDaysAfterAim: number;
}

export interface ProgrammeView {
  rows: ProgrammeRow[];
  weeks: ProgrammeWeek[];
  clashes: Clash[];
}

/** The whole programme is for the inspectorate's programme staff: administrators and Heads of Programme. */
function mustSeeProgramme(principal: Principal): void {
  if (!seesEverything(principal)) throw new ForbiddenError(said('report.programme.onlyProgrammeStaff'));
}

/** Every inspection's plan, from its record alone (one query for the lot, none per inspection). */
async function plans(deps: Deps): Promise<{ inspection: InspectionRecord; plan: InspectionPlan }[]> {
  const inspections = await deps.timeline.listInspections();
  return inspections.map((inspection) => ({ inspection, plan: planOf(inspection) }));
}

/**
 * Every inspection with its report's progress, from its record and the milestone digest kept on it
 * (one query for the lot). A record from before the digest was kept reads its milestones.
 */
async function progressOfAll(deps: Deps) {
  return Promise.all(
    (await deps.timeline.listAtAGlance()).map(async ({ inspection, milestones }) => {
      const progress = reportProgressNow(
        deps,
        inspection,
        milestones ?? (await deps.timeline.milestones(inspection.id)),
      );
      return { inspection, plan: progress.inspectionPlan, progress };
    }),
  );
}

/**
 * The programme at a glance (issue 15): every inspection on one calendar by week (announcement,
 * fieldwork weeks, review and follow-up weeks, each report stage and publication in the week it is
 * forecast, beside its planned date), each publication planned and forecast against the six-week
 * (eight in Wales) aim, and each clash named: a lead or deputy on two overlapping fieldworks, more
 * fieldwork or editing at once than the configured capacity, fieldwork in a week with a bank
 * holiday, Christmas or Easter. A fixed number of queries, whatever the number of inspections.
 */
export async function programmeView(deps: Deps, principal: Principal): Promise<ProgrammeView> {
  mustSeeProgramme(principal);
  const inspections = await progressOfAll(deps);
  const clashes = findClashes(
    inspections.map(({ inspection, plan, progress }) =>
      inProgramme(deps.calendar, inspection, plan, progress.plan.stages),
    ),
    deps.calendar,
  );
  const weeks = programmeCalendar(
    inspections.map(({ inspection, plan, progress }) => ({
      id: inspection.id,
      region: inspection.region,
      milestones: plan.milestones,
      reportStages: progress.forecast.stages.map((stage) => ({
        id: stage.id,
        title: stage.title,
        plannedDue: stage.plannedDue,
        expectedDone: stage.expectedDone,
      })),
    })),
    clashes,
  );
  const rows = inspections
    .map(({ inspection, plan, progress }): ProgrammeRow => {
      const { forecast } = progress;
      return {
        id: inspection.id,
        ref: inspection.ref,
        region: inspection.region,
        fieldworkStart: plan.fieldworkStart,
        fieldworkEnd: plan.fieldworkEnd,
        lead: inspection.people.lead.name,
        publication: forecast.planned,
        forecastPublication: forecast.forecast,
        published: forecast.published,
        slippageWorkingDays: forecast.slippageWorkingDays,
        aim: forecast.aim,
        workingDaysAfterAim: forecast.slippageAgainstAimWorkingDays,
      };
    })
    .sort((a, b) => a.fieldworkStart.localeCompare(b.fieldworkStart) || a.id.localeCompare(b.id));
  return { rows, weeks, clashes };
}

/** The programme as CSV: a row for each thing in each week, then each clash. */
export async function programmeCsv(deps: Deps, principal: Principal): Promise<FileResult> {
  const view = await programmeView(deps, principal);
  const lines = [csvLine(['week', 'inspection', 'region', 'what', 'planned', 'forecast', 'clash'])];
  for (const week of view.weeks) {
    for (const item of week.items) {
      lines.push(csvLine([week.week, item.inspectionId, item.region, item.title, item.planned, item.forecast, '']));
    }
    for (const clash of week.clashes) {
      lines.push(csvLine([week.week, clash.inspectionIds.join(' '), '', clash.kind, '', '', clash.message]));
    }
  }
  return {
    contentType: 'text/csv; charset=utf-8',
    filename: `dipp-programme-${ukDateOf(deps.clock.now())}.csv`,
    body: `${lines.join('\r\n')}\r\n`,
  };
}

/** The programme as an iCalendar feed: every milestone of every inspection, each keeping its UID. */
export async function programmeCalendarFile(deps: Deps, principal: Principal): Promise<FileResult> {
  mustSeeProgramme(principal);
  const entries = (await plans(deps)).flatMap(({ inspection, plan }) =>
    plan.milestones.map((milestone) => ({ inspectionId: inspection.id, region: inspection.region, milestone })),
  );
  return {
    contentType: 'text/calendar; charset=utf-8',
    filename: 'dipp-programme.ics',
    body: milestonesCalendar(english(said('report.programme.calendarName')), entries, { now: deps.clock.now() }),
  };
}

export const clashSchema = z.object({
  kind: z.enum(CLASH_KINDS),
  week: z.string(),
  inspectionIds: z.array(z.string()),
  person: z.optional(z.string()),
  message: z.string(),
});

/** The programme as the API answers it: in English, each clash's words its message. */
export const programmeResponseSchema = z.object({
  inspections: z.array(
    z.object({
      id: z.string(),
      ref: z.string(),
      region: z.string(),
      fieldworkStart: z.string(),
      fieldworkEnd: z.string(),
      lead: z.string(),
      publication: z.string(),
      forecastPublication: z.string(),
      published: z.boolean(),
      slippageWorkingDays: z.int(),
      aim: z.string(),
      workingDaysAfterAim: z.int(),
    }),
  ),
  weeks: z.array(
    z.object({
      week: z.string(),
      items: z.array(
        z.object({
          inspectionId: z.string(),
          region: z.string(),
          kind: z.string(),
          stageId: z.optional(z.string()),
          title: z.string(),
          planned: z.string(),
          /** When it is now expected: the report's forecast, else the plan. */
          forecast: z.string(),
          late: z.boolean(),
        }),
      ),
      clashes: z.array(clashSchema),
    }),
  ),
  clashes: z.array(clashSchema),
});

/** A clash as the API gives it: its message in English. */
export const withoutSaid = ({ said: _said, ...clash }: Clash) => clash;

/** The programme for the API. */
export async function programmeForApi(
  deps: Deps,
  principal: Principal,
): Promise<z.infer<typeof programmeResponseSchema>> {
  const view = await programmeView(deps, principal);
  return {
    inspections: view.rows,
    weeks: view.weeks.map((week) => ({
      week: week.week,
      items: week.items,
      clashes: week.clashes.map(withoutSaid),
    })),
    clashes: view.clashes.map(withoutSaid),
  };
}
