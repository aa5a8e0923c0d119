import type { MilestoneId } from '../../domain/milestones.js';
import { STAGE_RULES } from '../../domain/report/reportStages.js';
import { hasWorkDoneNotice } from '../../domain/schedule.js';
import { ConflictError } from '../../ports/errors.js';
import { logger } from '../../shared/logger.js';
import type { Deps } from '../deps.js';
import { restartDriver } from './restartDriver.js';

/**
 * Someone recorded work whose notice waits for that record (the week-two schedule shared, the
 * draft report sent, the report published), or a stage of the report's road (issue 15: the next
 * stage's reminders follow from it):
 * 1. nothing to do for any other milestone;
 * 2. a fresh driver takes the inspection, so the notice goes now (or at the start of the next
 *    working hours), not at the old driver's next waking.
 * The record is already stored, so any driver that runs sends the notice: if the inspection changed
 * driver meanwhile (a reschedule), that driver will, and this gives way.
 */
export async function wakeForRecordedWork(
  deps: Pick<Deps, 'timeline' | 'driver' | 'clock'>,
  inspectionId: string,
  milestoneId: MilestoneId,
): Promise<void> {
  if (!hasWorkDoneNotice(milestoneId) && !STAGE_RULES.some((rule) => rule.anchor === milestoneId)) return;
  const inspection = await deps.timeline.getInspection(inspectionId);
  if (!inspection) return;
  try {
    await restartDriver(deps, inspection, `${milestoneId} recorded as done`);
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    logger.info('driver changed meanwhile: it sends the notice', { inspectionId, milestoneId });
  }
}
