import * as z from 'zod/mini';
import type { Principal } from '../../domain/access.js';
import type { ScheduleRecord } from '../../ports/caseSampleRecords.js';
import { logger } from '../../shared/logger.js';
import type { Deps } from '../deps.js';
import { said } from '../../domain/messages/said.js';
import { RequestError } from '../errors.js';
import {
  changeSample,
  inspectionIdSchema,
  needsLongList,
  sampleAudit,
  changeableSample,
  scheduleRecord,
} from './sampleRecords.js';
import { issueIfNowReady } from './issueSample.js';

const buildSchema = z.strictObject({ inspectionId: inspectionIdSchema });

/**
 * The administrator or the lead draws up the provisional interview schedule again (before the
 * announcement), from the sample, the team and the practitioners' unavailable days as stored: after
 * fieldwork moved, or a bank holiday was added. Cases that fit no slot are listed with why.
 */
export async function buildSchedule(deps: Deps, principal: Principal, input: unknown): Promise<ScheduleRecord> {
  const { inspection } = await changeableSample(deps, principal, input, buildSchema);
  const saved = await changeSample(
    deps,
    inspection,
    {
      whileNotIssued: true,
      giveUp: said('sample.meanwhile.schedule'),
    },
    (current, now) => {
      needsLongList(current);
      if (!current.team) {
        throw new RequestError(said('sample.refuse.noTeam'));
      }
      const schedule = scheduleRecord(inspection, current, deps.calendar, now);
      return {
        record: { ...current, schedule },
        audit: sampleAudit(inspection.id, now, principal, 'interview schedule drawn up', {
          after: { interviews: schedule.interviews.length, unplaced: schedule.unplaced.length },
        }),
      };
    },
  );
  const schedule = saved.schedule as ScheduleRecord;
  logger.info('interview schedule drawn up', {
    inspectionId: inspection.id,
    interviews: schedule.interviews.length,
    unplaced: schedule.unplaced.length,
  });
  // Completed after an announcement that went without it: issued now, and the region told once.
  await issueIfNowReady(deps, inspection.id);
  return schedule;
}
