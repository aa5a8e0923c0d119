import { randomUUID } from 'node:crypto';
import * as z from 'zod/mini';
import { actsForRegion, canAnswer, type Principal } from '../../domain/access.js';
import { changeRequestSchema, mayAsk } from '../../domain/caseSample/changeRequests.js';
import { fieldworkWeeksOf } from '../../domain/fieldworkWeeks.js';
import { ukDateOf, type LocalDate } from '../../domain/localDate.js';
import type { MilestoneId } from '../../domain/milestones.js';
import { multiLine } from '../../domain/text.js';
import { said } from '../../domain/messages/said.js';
import { fieldErrorsFrom, ruleError, zodMessage } from '../../domain/validation.js';
import type { CaseSampleRecord, ChangeRequestRecord } from '../../ports/caseSampleRecords.js';
import { logger } from '../../shared/logger.js';
import { visibleInspection } from '../access/inspectionAccess.js';
import type { Deps } from '../deps.js';
import { fieldOf, ForbiddenError, refuse, RequestError } from '../errors.js';
import { mustLoadTimeline } from '../inspections/loadTimeline.js';
import { currentCases } from './currentSample.js';
import { tellOnce } from './sampleNotices.js';
import { byWhom, changeSample, inspectionIdSchema, sampleAudit } from './sampleRecords.js';

const askSchema = z.strictObject({
  inspectionId: inspectionIdSchema,
  request: z.unknown(),
  onBehalfReason: z.optional(
    multiLine(
      z
        .string()
        .check(z.trim(), z.minLength(3, { error: () => zodMessage('sample.refuse.onBehalf') }), z.maxLength(2000)),
    ),
  ),
});

/**
 * The region (its RPD or SPOC, or an administrator for it, with a reason) asks for a change to
 * the sample it was issued (§5.1): an interview moved, a practitioner who cannot attend, a case
 * excluded. Until the schedule-change deadline anything may be asked; after it, until week one
 * ends, only a practitioner who cannot attend. The case must be in the sample; one open request
 * per case. The lead inspector is told once (the notice names the inspection, never the case).
 */
export async function askForChange(deps: Deps, principal: Principal, input: unknown): Promise<ChangeRequestRecord> {
  const inspection = await visibleInspection(deps, principal, fieldOf(input, 'inspectionId'));
  if (!canAnswer(principal, inspection)) {
    throw new ForbiddenError(said('sample.refuse.onlyRegion', { id: inspection.id }));
  }
  const parsed = askSchema.safeParse(input);
  if (!parsed.success) refuse(fieldErrorsFrom(parsed.error, input));
  const request = changeRequestSchema.safeParse(parsed.data.request);
  if (!request.success) refuse(fieldErrorsFrom(request.error, parsed.data.request, { prefix: 'request' }));
  const forRegion = actsForRegion(principal, inspection);
  const { onBehalfReason } = parsed.data;
  if (forRegion && !onBehalfReason) {
    refuse([ruleError('onBehalfReason', undefined, 'sample.refuse.onBehalf')]);
  }
  const state = await mustLoadTimeline(deps, inspection.id);
  const dates = Object.fromEntries(state.milestones.map((m) => [m.id, m.dueDate])) as Record<MilestoneId, LocalDate>;
  const open = mayAsk(request.data.kind, {
    today: ukDateOf(deps.clock.now()),
    scheduleChangeDeadline: dates.scheduleChangeDeadline,
    // Week one's last working day (a Friday bank holiday ends it on the Thursday).
    weekOneEnds: fieldworkWeeksOf(dates, deps.calendar).weekOneTo,
  });
  if (!open.ok)
    refuse([ruleError('request.kind', request.data.kind, 'sample.refuse.cannotAskNow', { why: open.said })]);

  let asked: ChangeRequestRecord | undefined;
  await changeSample(deps, inspection, { giveUp: said('sample.meanwhile.ask') }, (current, now) => {
    mustBeIssued(current);
    const crn = request.data.crn;
    if (!currentCases(current).some((item) => item.crn === crn)) {
      refuse([ruleError('request.crn', crn, 'sample.refuse.notInSample')]);
    }
    if ((current.requests ?? []).some((r) => r.request.crn === crn && !r.decision)) {
      refuse([ruleError('request.crn', crn, 'sample.refuse.alreadyAsked')]);
    }
    asked = {
      id: `r${(current.requests ?? []).length + 1}-${randomUUID().slice(0, 8)}`,
      request: request.data,
      asked: byWhom(principal, now),
      ...(forRegion && onBehalfReason ? { onBehalfReason } : {}),
    };
    return {
      record: { ...current, requests: [...(current.requests ?? []), asked] },
      audit: sampleAudit(inspection.id, now, principal, 'case sample change asked', {
        after: { requestId: asked.id, kind: request.data.kind, ...(forRegion ? { onBehalfOf: 'region' } : {}) },
      }),
    };
  });
  if (!asked) throw new RequestError(said('sample.refuse.notRecorded'));
  await tellOnce(deps, state, {
    id: `sample-change-requested:${asked.id}`,
    kind: 'sample-change-requested',
    to: ['lead'],
    cc: ['isa'],
  });
  logger.info('case sample change asked', { inspectionId: inspection.id, kind: request.data.kind });
  return asked;
}

function mustBeIssued(record: CaseSampleRecord): void {
  if (!record.issued) {
    throw new RequestError(said('sample.refuse.notIssued'));
  }
}
