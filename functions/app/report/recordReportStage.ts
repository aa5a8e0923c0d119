import type { Principal } from '../../domain/access.js';
import { ukDateOf } from '../../domain/localDate.js';
import { said } from '../../domain/messages/said.js';
import { mayRecord, stageRecordProblem } from '../../domain/report/recordingRules.js';
import { STAGE_TITLES, stageRule } from '../../domain/report/reportStages.js';
import { stageRecordSchema, type StageRecord } from '../../domain/report/stageProgress.js';
import { fieldErrorsFrom, ruleError } from '../../domain/validation.js';
import { ConflictError } from '../../ports/errors.js';
import type { InspectionRecord } from '../../ports/records.js';
import { logger } from '../../shared/logger.js';
import { visibleInspection } from '../access/inspectionAccess.js';
import type { Deps } from '../deps.js';
import { fieldOf, ForbiddenError, NotFoundError, refuse } from '../errors.js';
import { recordCompletion } from '../inspections/recordCompletion.js';
import { restartDriver } from '../lifecycle/restartDriver.js';
import { auditEntry } from '../shared/audit.js';
import { retryOnConflict } from '../shared/retryOnConflict.js';
import { reportProgressNow, type ReportProgress } from './reportProgress.js';

/** The report's progress of an inspection as stored now. */
export async function readReportProgress(deps: Deps, inspection: InspectionRecord): Promise<ReportProgress> {
  return reportProgressNow(deps, inspection, await deps.timeline.milestones(inspection.id));
}

/**
 * Someone records a step of the report's road (§7.1, §7.3): a stage done, returned for another
 * round, a factual-accuracy dispute referred to the chief operating officer, or their decision.
 * 1. the record is checked (which field, what is wrong) and the person's right to make it;
 * 2. against the stage's state now: not in the future nor before fieldwork ended, not done twice,
 *    not returned before it is done, one dispute waiting at a time;
 * 3. a stage that is a milestone of the plan, done for the first time, is recorded on the
 *    milestone (so its notice goes, as from the inspection's page); anything else is added to the
 *    inspection's records, refused and read again if someone recorded meanwhile;
 * 4. the inspection's driver starts afresh, so the stages' reminders follow the new forecast;
 * 5. the inspection and its report's progress as they are now are returned.
 */
export async function recordReportStage(
  deps: Deps,
  principal: Principal,
  input: unknown,
): Promise<ReportProgress & { inspection: InspectionRecord }> {
  const inspectionId = fieldOf(input, 'inspectionId');
  const seen = await visibleInspection(deps, principal, inspectionId);
  const { inspectionId: _id, ...fields } = (input ?? {}) as Record<string, unknown>;
  const parsed = stageRecordSchema.safeParse(fields);
  if (!parsed.success) refuse(fieldErrorsFrom(parsed.error, fields));
  const record: StageRecord = parsed.data;
  if (!mayRecord(principal, seen, record.kind)) throw new ForbiddenError(said('report.record.notAllowed'));

  const recorded = await retryOnConflict(
    async () => {
      const inspection = await deps.timeline.getInspection(seen.id);
      if (!inspection) throw new NotFoundError(said('access.noSuchInspection', { inspection: seen.id }));
      const progress = await readReportProgress(deps, inspection);
      const state = progress.states.find((candidate) => candidate.stageId === record.stageId);
      if (!state) {
        refuse([
          ruleError('stageId', record.stageId, 'report.record.notAStage', {
            stage: said(STAGE_TITLES[record.stageId]),
          }),
        ]);
      }
      const today = ukDateOf(deps.clock.now());
      const problem = stageRecordProblem(record, state, { today, fieldworkEnd: progress.inspectionPlan.fieldworkEnd });
      if (problem) {
        const value = (record as Record<string, unknown>)[problem.field];
        refuse([ruleError(problem.field, value, problem.said.key, problem.said.values)]);
      }
      const anchor = stageRule(record.stageId).anchor;
      if (record.kind === 'done' && anchor && state.round === 1) {
        await recordCompletion(deps, principal, { inspectionId: inspection.id, milestoneId: anchor, on: record.on });
        return undefined;
      }
      const now = deps.clock.now();
      await deps.timeline.recordReportStage({
        inspectionId: inspection.id,
        expectedCount: inspection.reportRecords?.length ?? 0,
        record,
        at: now.toISOString(),
        audit: auditEntry({
          inspectionId: inspection.id,
          at: now,
          actor: principal,
          action: `report stage ${record.kind}`,
          subject: `report stage ${record.stageId} of inspection ${inspection.id}`,
          before: { status: state.status, round: state.round },
          after: record,
        }),
      });
      return inspection;
    },
    { giveUp: said('report.record.changedMeanwhile'), context: { inspectionId: seen.id, stageId: record.stageId } },
  );

  const fresh = (await deps.timeline.getInspection(seen.id)) ?? seen;
  if (recorded) await wakeDriver(deps, fresh);
  return { ...(await readReportProgress(deps, fresh)), inspection: fresh };
}

/** The driver starts afresh (the stages' reminders follow the new forecast); one that changed meanwhile reads it anyway. */
async function wakeDriver(deps: Deps, inspection: InspectionRecord): Promise<void> {
  try {
    await restartDriver(deps, inspection, 'report progress recorded');
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    logger.info('driver changed meanwhile: it reads the report progress', { inspectionId: inspection.id });
  }
}
