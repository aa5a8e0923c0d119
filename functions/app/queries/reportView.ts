import * as z from 'zod/mini';
import type { Principal } from '../../domain/access.js';
import type { Said } from '../../domain/messages/said.js';
import { OWNER_ROLES, STAGE_IDS } from '../../domain/report/reportStages.js';
import type { InspectionRecord } from '../../ports/records.js';
import { visibleInspection } from '../access/inspectionAccess.js';
import type { Deps } from '../deps.js';
import { readReportProgress } from '../report/recordReportStage.js';
import type { ReportProgress } from '../report/reportProgress.js';

const date = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

/** One stage of the report's road as the page and the API show it. */
export const reportStageViewSchema = z.object({
  id: z.enum(STAGE_IDS),
  title: z.string(),
  /** Who acts now: the stage's owner, or the chief operating officer while a dispute waits. */
  owner: z.enum(OWNER_ROLES),
  status: z.enum(['open', 'again', 'referred', 'done']),
  round: z.int().check(z.gte(1)),
  plannedDue: date,
  /** When it must be done now: its planned date pushed by the stages before it, a new round's, or a decision's. */
  due: date,
  /** The date it was done, when it is. */
  done: z.optional(date),
  expectedDone: date,
  lateWorkingDays: z.int().check(z.gte(0)),
  overdue: z.boolean(),
  returns: z.array(z.object({ on: date, reason: z.string(), dueAgain: date })),
  disputes: z.array(
    z.object({
      raisedOn: date,
      matter: z.string(),
      decisionDue: date,
      decidedOn: z.optional(date),
      decision: z.optional(z.string()),
    }),
  ),
});
export type ReportStageView = z.infer<typeof reportStageViewSchema>;

export const reportViewSchema = z.object({
  inspectionId: z.string(),
  ref: z.string(),
  region: z.string(),
  regionId: z.string(),
  stages: z.array(reportStageViewSchema),
  plannedPublication: date,
  forecastPublication: date,
  /** Six weeks after fieldwork (eight in Wales), on a working day (§7.4). */
  aim: date,
  /** The aim in calendar days after the end of fieldwork: 42, or 56 in Wales. */
  aimDays: z.int(),
  published: z.boolean(),
  /** Working days from the planned publication to the forecast (negative when earlier). */
  slippageWorkingDays: z.int(),
  /** Working days from the aim to the forecast (negative when earlier). */
  slippageAgainstAimWorkingDays: z.int(),
  summary: z.string(),
  warnings: z.array(z.string()),
});
export type ReportView = z.infer<typeof reportViewSchema> & {
  /** For a page to word in its language. */
  summarySaid: Said;
  warningsSaid: Said[];
};

/** The report's road of an inspection: each stage, its state, and the publication forecast beside its aim. */
export function reportViewOf(inspection: InspectionRecord, progress: ReportProgress): ReportView {
  const { forecast, states, plan } = progress;
  return {
    inspectionId: inspection.id,
    ref: inspection.ref,
    region: inspection.region,
    regionId: inspection.regionId,
    stages: forecast.stages.map((stage) => {
      const state = states.find((s) => s.stageId === stage.id);
      return {
        id: stage.id,
        title: stage.title,
        owner: stage.owner,
        status: stage.status,
        round: stage.round,
        plannedDue: stage.plannedDue,
        due: stage.due,
        ...(state?.doneOn && stage.status === 'done' ? { done: state.doneOn } : {}),
        expectedDone: stage.expectedDone,
        lateWorkingDays: stage.lateWorkingDays,
        overdue: stage.overdue,
        returns: state?.returns ?? [],
        disputes: state?.disputes ?? [],
      };
    }),
    plannedPublication: forecast.planned,
    forecastPublication: forecast.forecast,
    aim: forecast.aim,
    aimDays: inspection.regionId === 'wales' ? 56 : 42,
    published: forecast.published,
    slippageWorkingDays: forecast.slippageWorkingDays,
    slippageAgainstAimWorkingDays: forecast.slippageAgainstAimWorkingDays,
    summary: forecast.summary,
    summarySaid: forecast.summarySaid,
    warnings: plan.warnings,
    warningsSaid: plan.warningsSaid,
  };
}

/** The report's road of an inspection the person may see. */
export async function reportView(deps: Deps, principal: Principal, inspectionId: unknown): Promise<ReportView> {
  const inspection = await visibleInspection(deps, principal, inspectionId);
  return reportViewOf(inspection, await readReportProgress(deps, inspection));
}

/** A report's road as the API answers it: English words only. */
export function forApi({
  summarySaid: _summary,
  warningsSaid: _warnings,
  ...view
}: ReportView): z.infer<typeof reportViewSchema> {
  return view;
}
