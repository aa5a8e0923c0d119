import { said } from '../../domain/messages/said.js';
import * as z from 'zod/mini';
import type { Principal } from '../../domain/access.js';
import { multiLine } from '../../domain/text.js';
import { SHORTFALL_DECISIONS, type CaseSampleRecord } from '../../ports/caseSampleRecords.js';
import { logger } from '../../shared/logger.js';
import type { Deps } from '../deps.js';
import { refuse } from '../errors.js';
import { ruleError, zodMessage } from '../../domain/validation.js';
import {
  byWhom,
  changeSample,
  inspectionIdSchema,
  needsLongList,
  sampleAudit,
  changeableSample,
} from './sampleRecords.js';
import { issueIfNowReady } from './issueSample.js';

const decisionSchema = z.strictObject({
  inspectionId: inspectionIdSchema,
  shortfallId: z
    .string({ error: () => zodMessage('sample.refuse.shortfallId') })
    .check(z.trim(), z.minLength(1, { error: () => zodMessage('sample.refuse.shortfallId') })),
  decision: z.enum(SHORTFALL_DECISIONS, { error: () => zodMessage('sample.refuse.shortfallDecision') }),
  note: multiLine(
    z
      .string({ error: () => zodMessage('sample.refuse.sayWhy') })
      .check(
        z.trim(),
        z.minLength(3, { error: () => zodMessage('sample.refuse.sayWhy') }),
        z.maxLength(2000, { error: () => zodMessage('sample.refuse.noteTooLong') }),
      ),
  ),
});

/**
 * The administrator or the lead decides what to do about one shortfall of the sample (a rule the
 * long-list does not let it meet, §4.1): accept it, or ask the region for more cases. A shortfall
 * is never relaxed silently: the sample is not ready until each has a decision, and one that asks
 * the region for more waits for the long-list to be uploaded again. A new decision replaces the
 * last (the audit trail keeps both); the note stays with the record, not in the trail.
 */
export async function decideShortfall(deps: Deps, principal: Principal, input: unknown): Promise<CaseSampleRecord> {
  const { inspection, data } = await changeableSample(deps, principal, input, decisionSchema);
  const { shortfallId, decision, note } = data;
  const saved = await changeSample(
    deps,
    inspection,
    {
      whileNotIssued: true,
      giveUp: said('sample.meanwhile.decide'),
    },
    (current, now) => {
      needsLongList(current);
      const shortfall = current.sample.shortfalls.find((candidate) => candidate.id === shortfallId);
      if (!shortfall) {
        refuse([
          current.sample.shortfalls.length === 0
            ? ruleError('shortfallId', shortfallId, 'sample.refuse.noShortfalls')
            : ruleError('shortfallId', shortfallId, 'sample.refuse.notShortfall', {
                ids: current.sample.shortfalls.map((s) => s.id),
              }),
        ]);
      }
      const earlier = current.decisions.find((candidate) => candidate.shortfallId === shortfallId);
      return {
        record: {
          ...current,
          decisions: [
            ...current.decisions.filter((candidate) => candidate.shortfallId !== shortfallId),
            { shortfallId, decision, note, ...byWhom(principal, now) },
          ],
        },
        audit: sampleAudit(inspection.id, now, principal, 'sample shortfall decided', {
          ...(earlier ? { before: { shortfallId, decision: earlier.decision } } : {}),
          after: { shortfallId, decision },
        }),
      };
    },
  );
  logger.info('sample shortfall decided', { inspectionId: inspection.id, decision });
  // Completed after an announcement that went without it: issued now, and the region told once.
  await issueIfNowReady(deps, inspection.id);
  return saved;
}
