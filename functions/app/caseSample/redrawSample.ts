import { said } from '../../domain/messages/said.js';
import * as z from 'zod/mini';
import type { Principal } from '../../domain/access.js';
import type { CaseSampleRecord } from '../../ports/caseSampleRecords.js';
import { logger } from '../../shared/logger.js';
import type { Deps } from '../deps.js';
import { RequestError } from '../errors.js';
import {
  changeSample,
  drawnRecord,
  fieldworkMoved,
  inspectionIdSchema,
  needsLongList,
  newSeed,
  rescheduled,
  sampleAudit,
  changeableSample,
  sampleSummary,
} from './sampleRecords.js';
import { issueIfNowReady } from './issueSample.js';

const redrawSchema = z.strictObject({ inspectionId: inspectionIdSchema });

/**
 * The administrator or the lead draws the sample again from the long-list kept, with a new seed
 * (before the announcement only):
 * 1. refused if fieldwork has moved since the upload (the eligible weeks moved: upload again);
 * 2. the new seed is kept with the new sample, the old one in the audit trail;
 * 3. decisions on the old sample's shortfalls go with it; the schedule is drawn up again.
 */
export async function redrawSample(deps: Deps, principal: Principal, input: unknown): Promise<CaseSampleRecord> {
  const { inspection } = await changeableSample(deps, principal, input, redrawSchema);
  const seed = newSeed();
  const saved = await changeSample(
    deps,
    inspection,
    {
      whileNotIssued: true,
      withCases: true,
      giveUp: said('sample.meanwhile.redraw'),
    },
    (current, now, cases) => {
      needsLongList(current);
      const moved = fieldworkMoved(current, inspection);
      if (moved) throw new RequestError(moved);
      const { record: sample } = drawnRecord({
        cases,
        fieldworkStart: inspection.fieldworkStart,
        seed,
        perPdu: current.perPdu,
        at: now,
        principal,
      });
      const { schedule: _old, ...rest } = current;
      const schedule = rescheduled(inspection, { ...rest, sample }, deps.calendar, now);
      return {
        record: { ...rest, sample, decisions: [], ...(schedule ? { schedule } : {}) },
        audit: sampleAudit(inspection.id, now, principal, 'case sample drawn again', {
          before: sampleSummary(current.sample),
          after: sampleSummary(sample),
        }),
      };
    },
  );
  logger.info('case sample drawn again', { inspectionId: inspection.id, sampled: saved.sample?.sampled.length });
  // Completed after an announcement that went without it: issued now, and the region told once.
  await issueIfNowReady(deps, inspection.id);
  return saved;
}
