import { said } from '../../domain/messages/said.js';
import * as z from 'zod/mini';
import type { Principal } from '../../domain/access.js';
import type { CaseSampleRecord } from '../../ports/caseSampleRecords.js';
import { logger } from '../../shared/logger.js';
import type { Deps } from '../deps.js';
import { RequestError } from '../errors.js';
import { zodMessage } from '../../domain/validation.js';
import {
  changeSample,
  drawnRecord,
  fieldworkMoved,
  inspectionIdSchema,
  MAX_PER_PDU,
  MIN_PER_PDU,
  rescheduled,
  sampleAudit,
  changeableSample,
  sampleSummary,
  settingsOf,
} from './sampleRecords.js';
import { issueIfNowReady } from './issueSample.js';

const sizeSchema = z.strictObject({
  inspectionId: inspectionIdSchema,
  perPdu: z
    .int({
      // Not a number at all, or a number that is not whole (or beyond the safe integers): each says so.
      error: (issue) =>
        issue.code === 'invalid_type' && issue.expected === 'number'
          ? zodMessage('sample.refuse.perPdu')
          : zodMessage('sample.refuse.perPduWhole'),
    })
    .check(
      z.gte(MIN_PER_PDU, { error: () => zodMessage('sample.refuse.perPduMin', { min: MIN_PER_PDU }) }),
      z.lte(MAX_PER_PDU, { error: () => zodMessage('sample.refuse.perPduMax', { max: MAX_PER_PDU }) }),
    ),
});

/**
 * The administrator or the lead sets how many cases each PDU gives in this inspection (the default
 * is 7; never fewer than 5), before the announcement. A sample already drawn is drawn again at the
 * new size with the same seed, so the only change is the size; decisions on its shortfalls go, and
 * the schedule is drawn up again.
 */
export async function setSampleSize(deps: Deps, principal: Principal, input: unknown): Promise<CaseSampleRecord> {
  const { inspection, data } = await changeableSample(deps, principal, input, sizeSchema);
  const { perPdu } = data;
  const saved = await changeSample(
    deps,
    inspection,
    {
      whileNotIssued: true,
      withCases: true,
      giveUp: said('sample.meanwhile.size'),
    },
    (current, now, cases) => {
      const before = { perPdu: settingsOf(current).perPdu, ...sampleSummary(current.sample) };
      if (!current.sample || !current.longList) {
        return {
          record: { ...current, perPdu },
          audit: sampleAudit(inspection.id, now, principal, 'sample size set', { before, after: { perPdu } }),
        };
      }
      const moved = fieldworkMoved(current, inspection);
      if (moved) throw new RequestError(moved);
      const { record: sample } = drawnRecord({
        cases,
        fieldworkStart: inspection.fieldworkStart,
        seed: current.sample.seed,
        perPdu,
        at: now,
        principal,
      });
      const { schedule: _old, ...rest } = current;
      const schedule = rescheduled(inspection, { ...rest, sample }, deps.calendar, now);
      return {
        record: { ...rest, perPdu, sample, decisions: [], ...(schedule ? { schedule } : {}) },
        audit: sampleAudit(inspection.id, now, principal, 'sample size set', { before, after: sampleSummary(sample) }),
      };
    },
  );
  logger.info('sample size set', { inspectionId: inspection.id, perPdu });
  // Completed after an announcement that went without it: issued now, and the region told once.
  await issueIfNowReady(deps, inspection.id);
  return saved;
}
