import { createHash, randomUUID } from 'node:crypto';
import * as z from 'zod/mini';
import type { Principal } from '../../domain/access.js';
import { eligibilityWindow, ineligibility, type Ineligibility } from '../../domain/caseSample/eligibility.js';
import { readLongList } from '../../domain/caseSample/longListFile.js';
import { addDays } from '../../domain/localDate.js';
import { said } from '../../domain/messages/said.js';
import { ruleError, zodMessage } from '../../domain/validation.js';
import type { CaseSampleRecord } from '../../ports/caseSampleRecords.js';
import { logger } from '../../shared/logger.js';
import type { Deps } from '../deps.js';
import { refuse } from '../errors.js';
import { retryOnConflict } from '../shared/retryOnConflict.js';
import {
  drawnRecord,
  emptyRecord,
  inspectionIdSchema,
  newSeed,
  rescheduled,
  sampleAudit,
  changeableSample,
  refuseIfIssued,
  sampleSummary,
} from './sampleRecords.js';
import { issueIfNowReady } from './issueSample.js';

/** A long-list of 10,000 rows is about 1.5 MB; a file far larger is not a long-list. */
const MAX_CSV_CHARACTERS = 8_000_000;

const uploadSchema = z.strictObject({
  inspectionId: inspectionIdSchema,
  csv: z
    .string({ error: () => zodMessage('sample.refuse.csv') })
    .check(
      z.minLength(1, { error: () => zodMessage('sample.refuse.csv') }),
      z.maxLength(MAX_CSV_CHARACTERS, { error: () => zodMessage('sample.refuse.csvTooLarge') }),
    ),
});

/**
 * The administrator or the inspection's lead uploads the region's long-list (§4.1, §4.2):
 * 1. only before the announcement (the region is issued the sample with it; later changes go through
 *    change requests);
 * 2. every row is read; a file with any problem is refused with each problem by row and column, and
 *    nothing is stored (a column that could name a person on probation refuses the file);
 * 3. the eligible cases are kept, with the counts read and left out by why, the file's SHA-256, who
 *    and when; the sample is drawn from them with a new random seed, kept with it;
 * 4. an upload before the announcement replaces the one before (the audit trail says so), and the
 *    shortfall decisions made on the old sample go with it;
 * 5. the interview schedule is drawn up again if a team has been entered.
 */
export async function uploadLongList(deps: Deps, principal: Principal, input: unknown): Promise<CaseSampleRecord> {
  const { inspection, data } = await changeableSample(deps, principal, input, uploadSchema);
  const read = readLongList(data.csv);
  if (!read.ok) {
    logger.info('long-list refused', { inspectionId: inspection.id, problems: read.errors.length });
    refuse(read.errors, said('sample.longList.notAccepted', { count: read.errors.length }));
  }
  const window = eligibilityWindow(inspection.fieldworkStart);
  const leftOut: Record<Ineligibility, number> = {
    'not-in-window': 0,
    'no-qualifying-requirement': 0,
    'other-sentence-in-period': 0,
    'terminated-within-seven-days': 0,
    'current-review': 0,
  };
  const cases = read.value.filter((item) => {
    const why = ineligibility(item, window);
    if (why) leftOut[why] += 1;
    return why === undefined;
  });
  if (cases.length === 0) {
    refuse(
      [
        ruleError('file', undefined, 'sample.longList.noEligibleCase', {
          count: read.value.length,
          first: window.from,
          second: addDays(window.from, 7),
          fieldworkStart: inspection.fieldworkStart,
        }),
      ],
      said('sample.longList.noneEligible'),
    );
  }
  const sha256 = createHash('sha256').update(data.csv, 'utf8').digest('hex');
  const seed = newSeed();

  const saved = await retryOnConflict(
    async () => {
      const now = deps.clock.now();
      const current = (await deps.caseSample.getSample(inspection.id)) ?? emptyRecord(inspection.id, now);
      refuseIfIssued(current);
      const { record: drawn } = drawnRecord({
        cases,
        fieldworkStart: inspection.fieldworkStart,
        seed,
        perPdu: current.perPdu,
        at: now,
        principal,
      });
      const next: CaseSampleRecord = {
        ...current,
        version: current.version + 1,
        updatedAt: now.toISOString(),
        longList: {
          uploadId: randomUUID(),
          sha256,
          at: now.toISOString(),
          by: principal.name,
          byId: principal.email.toLowerCase(),
          rowsRead: read.value.length,
          eligible: cases.length,
          leftOut,
          fieldworkStart: inspection.fieldworkStart,
        },
        sample: drawn,
        decisions: [],
      };
      const schedule = rescheduled(inspection, next, deps.calendar, now);
      if (schedule) next.schedule = schedule;
      else delete next.schedule;
      await deps.caseSample.saveSample({
        record: next,
        cases,
        audit: [
          sampleAudit(inspection.id, now, principal, current.longList ? 'long-list replaced' : 'long-list uploaded', {
            ...(current.longList
              ? {
                  before: {
                    sha256: current.longList.sha256,
                    eligible: current.longList.eligible,
                    ...sampleSummary(current.sample),
                  },
                }
              : {}),
            after: { sha256, rowsRead: read.value.length, eligible: cases.length, leftOut, ...sampleSummary(drawn) },
          }),
        ],
      });
      return next;
    },
    {
      giveUp: said('sample.meanwhile.upload'),
      context: { inspectionId: inspection.id },
    },
  );
  logger.info('long-list uploaded', {
    inspectionId: inspection.id,
    rowsRead: read.value.length,
    eligible: cases.length,
    sampled: saved.sample?.sampled.length,
    shortfalls: saved.sample?.shortfalls.length,
  });
  // Completed after an announcement that went without it: issued now, and the region told once.
  await issueIfNowReady(deps, inspection.id);
  return saved;
}
