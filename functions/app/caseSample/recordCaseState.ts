import * as z from 'zod/mini';
import { canChange, onTeam, type Principal } from '../../domain/access.js';
import { CASE_STATES, mayMove } from '../../domain/caseSample/caseTracking.js';
import { ukDateOf } from '../../domain/localDate.js';
import { said } from '../../domain/messages/said.js';
import { fieldErrorsFrom, ruleError, zodMessage } from '../../domain/validation.js';
import type { CaseSampleRecord } from '../../ports/caseSampleRecords.js';
import { logger } from '../../shared/logger.js';
import { visibleInspection } from '../access/inspectionAccess.js';
import type { Deps } from '../deps.js';
import { fieldOf, ForbiddenError, refuse } from '../errors.js';
import { caseStateOf, currentCases } from './currentSample.js';
import { changeSample, inspectionIdSchema, sampleAudit } from './sampleRecords.js';

const RECORDABLE = CASE_STATES.filter((state) => state !== 'scheduled' && state !== 'excluded-and-replaced');

const recordSchema = z.strictObject({
  inspectionId: inspectionIdSchema,
  crn: z.string({ error: () => zodMessage('sample.change.crn') }).check(z.trim(), z.toUpperCase()),
  state: z.enum(RECORDABLE as [string, ...string[]], {
    error: () => zodMessage('sample.refuse.state', { states: [...RECORDABLE] }),
  }),
});

/**
 * An inspector records a sampled case's progress in fieldwork (from its first day): interviewed
 * (the practitioner, or a substitute), read from the file, then inspected. Only the inspection's
 * lead, its assistant inspectors and the administrators; each step in order; audited by CRN-free
 * entry (the case is known by its place in the record, the audit says only the state).
 */
export async function recordCaseState(deps: Deps, principal: Principal, input: unknown): Promise<CaseSampleRecord> {
  const inspection = await visibleInspection(deps, principal, fieldOf(input, 'inspectionId'));
  if (!canChange(principal, inspection) && !onTeam(principal, inspection)) {
    throw new ForbiddenError(said('sample.refuse.onlyTeam', { id: inspection.id }));
  }
  const parsed = recordSchema.safeParse(input);
  if (!parsed.success) refuse(fieldErrorsFrom(parsed.error, input));
  const { crn } = parsed.data;
  const state = parsed.data.state as (typeof RECORDABLE)[number];
  if (ukDateOf(deps.clock.now()) < inspection.fieldworkStart) {
    refuse([ruleError('state', state, 'sample.refuse.fromFieldwork')]);
  }
  const saved = await changeSample(deps, inspection, { giveUp: said('sample.meanwhile.case') }, (current, now) => {
    if (!currentCases(current).some((item) => item.crn === crn)) {
      refuse([ruleError('crn', crn, 'sample.refuse.notInSample')]);
    }
    const from = caseStateOf(current, crn);
    const move = mayMove(from, state);
    if (!move.ok) refuse([ruleError('state', state, 'sample.refuse.cannotRecord', { why: move.said })]);
    return {
      record: {
        ...current,
        tracking: { ...(current.tracking ?? {}), [crn]: { state, at: now.toISOString(), by: principal.name } },
      },
      audit: sampleAudit(inspection.id, now, principal, 'sampled case progress recorded', { after: { state } }),
    };
  });
  logger.info('sampled case progress recorded', { inspectionId: inspection.id, state });
  return saved;
}
