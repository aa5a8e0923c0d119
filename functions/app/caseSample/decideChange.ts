import * as z from 'zod/mini';
import { leads, type Principal } from '../../domain/access.js';
import { practitionerKey } from '../../domain/caseSample/cases.js';
import { CHANGE_REQUEST_SAID, DECISIONS, decisionFits } from '../../domain/caseSample/changeRequests.js';
import { drawSample } from '../../domain/caseSample/drawSample.js';
import { moveInterview } from '../../domain/caseSample/moveInterview.js';
import { replacementFor, replacementSaid } from '../../domain/caseSample/replacement.js';
import { ukDateOf } from '../../domain/localDate.js';
import { multiLine } from '../../domain/text.js';
import { english, said, type Said } from '../../domain/messages/said.js';
import { fieldErrorsFrom, ruleError, zodMessage } from '../../domain/validation.js';
import type { CaseSampleRecord, ChangeRequestRecord } from '../../ports/caseSampleRecords.js';
import type { InspectionRecord } from '../../ports/records.js';
import type { LongListCase } from '../../domain/caseSample/cases.js';
import { logger } from '../../shared/logger.js';
import type { Deps } from '../deps.js';
import { fieldOf, ForbiddenError, refuse } from '../errors.js';
import { visibleInspection } from '../access/inspectionAccess.js';
import { currentCases, excludedCases, interviewsNow } from './currentSample.js';
import { mustLoadTimeline } from '../inspections/loadTimeline.js';
import { tellOnce } from './sampleNotices.js';
import { byWhom, changeSample, inspectionIdSchema, sampleAudit, settingsOf } from './sampleRecords.js';

const decideSchema = z.strictObject({
  inspectionId: inspectionIdSchema,
  requestId: z
    .string({ error: () => zodMessage('sample.refuse.whichRequest') })
    .check(z.trim(), z.minLength(1, { error: () => zodMessage('sample.refuse.whichRequest') })),
  decision: z.enum(DECISIONS, { error: () => zodMessage('sample.refuse.decision', { decisions: [...DECISIONS] }) }),
  note: multiLine(
    z
      .string({ error: () => zodMessage('sample.refuse.sayWhy') })
      .check(z.trim(), z.minLength(3, { error: () => zodMessage('sample.refuse.sayWhy') }), z.maxLength(2000)),
  ),
});

type Decided = Pick<CaseSampleRecord, 'schedule' | 'replacements' | 'substitutes' | 'fileReads'> & { outcome: Said };

/**
 * The lead inspector decides a request from the region (§5.1):
 * - an interview moved: to the slot asked, with its inspector or another free then (never a double
 *   booking, a bank holiday or the briefing), or refused saying why;
 * - a practitioner who cannot attend: their substitute is interviewed instead, or the case is read
 *   from the file;
 * - a case excluded: the next reserve case of the same PDU and risk band comes in (said in words
 *   when another band's had to), taking its interview slot where its practitioner is free then; once
 *   fieldwork has begun, the replacement is inspected as a file-read (§6.1).
 * Declined, nothing changes. Every decision is audited and the region told once (the notice names
 * no case).
 */
export async function decideChange(deps: Deps, principal: Principal, input: unknown): Promise<ChangeRequestRecord> {
  const inspection = await visibleInspection(deps, principal, fieldOf(input, 'inspectionId'));
  if (!leads(principal, inspection)) {
    throw new ForbiddenError(said('sample.refuse.onlyLead', { id: inspection.id }));
  }
  const parsed = decideSchema.safeParse(input);
  if (!parsed.success) refuse(fieldErrorsFrom(parsed.error, input));
  const { requestId, decision, note } = parsed.data;
  let decided: ChangeRequestRecord | undefined;
  await changeSample(
    deps,
    inspection,
    { withCases: true, giveUp: said('sample.meanwhile.request') },
    (current, now, cases) => {
      const request = (current.requests ?? []).find((item) => item.id === requestId);
      if (!request) refuse([ruleError('requestId', requestId, 'sample.refuse.notRequest')]);
      if (request.decision) {
        refuse([
          ruleError('requestId', requestId, 'sample.refuse.decidedAlready', { decision: request.decision.decision }),
        ]);
      }
      if (!decisionFits(request.request.kind, decision)) {
        refuse([ruleError('decision', decision, 'sample.refuse.fileReadOnly')]);
      }
      const applied: Decided =
        decision === 'decline'
          ? {
              ...current,
              outcome: said('sample.outcome.declined', { kind: CHANGE_REQUEST_SAID[request.request.kind] }),
            }
          : apply(deps, inspection, current, cases, request, decision, now);
      const { outcome, ...changes } = applied;
      decided = { ...request, decision: { decision, note, ...byWhom(principal, now), outcome: english(outcome) } };
      return {
        record: {
          ...current,
          ...changes,
          requests: (current.requests ?? []).map((item) => (item.id === requestId && decided ? decided : item)),
        },
        audit: sampleAudit(inspection.id, now, principal, 'case sample change decided', {
          after: { requestId, kind: request.request.kind, decision },
        }),
      };
    },
  );
  if (!decided) refuse([ruleError('requestId', requestId, 'sample.refuse.notDecided')]);
  await tellOnce(deps, await mustLoadTimeline(deps, inspection.id), {
    id: `sample-change-decided:${requestId}`,
    kind: 'sample-change-decided',
    to: ['spoc', 'rpd'],
    cc: ['lead'],
  });
  logger.info('case sample change decided', { inspectionId: inspection.id, decision });
  return decided;
}

function apply(
  deps: Deps,
  inspection: InspectionRecord,
  current: CaseSampleRecord,
  cases: readonly LongListCase[],
  { request }: ChangeRequestRecord,
  decision: (typeof DECISIONS)[number],
  now: Date,
): Decided {
  // The interviews as they stand for fieldwork now (moved with it, if it moved since they were set).
  const now_ = current.schedule ? interviewsNow(current, inspection.fieldworkStart, deps.calendar) : undefined;
  const schedule =
    current.schedule && now_
      ? {
          ...current.schedule,
          interviews: now_.interviews,
          // Kept in English (the API's words); the page words each again (viewSample.ts).
          unplaced: now_.unplaced.map(({ crn, why }) => ({ crn, why })),
          fieldworkStart: inspection.fieldworkStart,
        }
      : current.schedule;
  const sampled = currentCases(current);
  const keyOf = new Map(sampled.map((item) => [item.crn, practitionerKey(item.practitioner)]));
  if (request.kind === 'move-interview') {
    if (!schedule) refuse([ruleError('decision', decision, 'sample.refuse.noSchedule')]);
    const moved = moveInterview({
      interviews: schedule.interviews,
      crn: request.crn,
      to: { date: request.date, start: request.start },
      fieldworkStart: inspection.fieldworkStart,
      practitionerOf: (crn) => keyOf.get(crn) ?? crn,
      inspectors: schedule.inspectors.map((person) => person.email),
      calendar: deps.calendar,
    });
    if (!moved.ok) refuse([ruleError('decision', decision, 'sample.refuse.cannotMove', { why: moved.said })]);
    return {
      ...current,
      schedule: { ...schedule, interviews: moved.interviews },
      outcome: said('sample.outcome.moved', { crn: request.crn }),
    };
  }
  if (request.kind === 'practitioner-cannot-attend') {
    if (decision === 'approve-as-file-read' || !request.substitute) {
      if (decision === 'approve') {
        refuse([ruleError('decision', decision, 'sample.refuse.noSubstitute')]);
      }
      return {
        ...current,
        fileReads: [...new Set([...(current.fileReads ?? []), request.crn])],
        ...(schedule
          ? { schedule: { ...schedule, interviews: schedule.interviews.filter((i) => i.crn !== request.crn) } }
          : {}),
        outcome: said('sample.outcome.fileRead', { crn: request.crn }),
      };
    }
    return {
      ...current,
      substitutes: [
        ...(current.substitutes ?? []).filter((s) => s.crn !== request.crn),
        { crn: request.crn, practitioner: request.substitute },
      ],
      outcome: said('sample.outcome.substitute', { crn: request.crn, name: request.substitute.name }),
    };
  }
  // Exclusion: the next reserve case of the same PDU and band, from the draw the seed re-derives.
  const excluded = sampled.find((item) => item.crn === request.crn);
  if (!excluded || !current.sample || !current.longList) {
    refuse([ruleError('decision', decision, 'sample.refuse.noLongerSampled', { crn: request.crn })]);
  }
  const draw = drawSample({
    cases,
    fieldworkStart: current.longList.fieldworkStart,
    seed: current.sample.seed,
    settings: settingsOf(current),
  });
  const used = new Set(
    (current.replacements ?? []).flatMap((r) => [r.excluded, ...(r.replacement ? [r.replacement.crn] : [])]),
  );
  const found = replacementFor({ excluded, sampled, reserve: draw.reserve[excluded.pdu] ?? [], used });
  const inFieldwork = ukDateOf(now) >= inspection.fieldworkStart;
  const entry = found.found
    ? { excluded: request.crn, replacement: found.replacement, note: found.note, at: now.toISOString() }
    : { excluded: request.crn, note: found.why, at: now.toISOString() };
  let nextSchedule = schedule;
  if (schedule && found.found) {
    const slot = schedule.interviews.find((i) => i.crn === request.crn);
    const others = schedule.interviews.filter((i) => i.crn !== request.crn);
    const busy =
      slot &&
      others.some(
        (i) =>
          i.date === slot.date &&
          i.start === slot.start &&
          keyOf.get(i.crn) === practitionerKey(found.replacement.practitioner),
      );
    nextSchedule = {
      ...schedule,
      interviews: slot && !busy && !inFieldwork ? [...others, { ...slot, crn: found.replacement.crn }] : others,
      unplaced:
        slot && busy && !inFieldwork
          ? [
              ...schedule.unplaced,
              {
                crn: found.replacement.crn,
                why: english(said('sample.schedule.replacementBusy')),
              },
            ]
          : schedule.unplaced,
    };
  }
  return {
    ...current,
    replacements: [...(current.replacements ?? []), entry],
    ...(nextSchedule ? { schedule: nextSchedule } : {}),
    ...(found.found && inFieldwork ? { fileReads: [...(current.fileReads ?? []), found.replacement.crn] } : {}),
    outcome: found.found ? found.said : said('sample.outcome.excluded', { crn: request.crn, why: found.said }),
  };
}

/**
 * What came of a decided request, as a catalogue entry for the pages: worded again from the
 * request and the record (the record keeps it in English), or undefined if it does not match.
 */
export function outcomeSaid(record: CaseSampleRecord, { request, decision }: ChangeRequestRecord): Said | undefined {
  if (!decision) return undefined;
  const candidates: Said[] = [said('sample.outcome.declined', { kind: CHANGE_REQUEST_SAID[request.kind] })];
  if (request.kind === 'move-interview') candidates.push(said('sample.outcome.moved', { crn: request.crn }));
  if (request.kind === 'practitioner-cannot-attend') {
    candidates.push(said('sample.outcome.fileRead', { crn: request.crn }));
    if (request.substitute)
      candidates.push(said('sample.outcome.substitute', { crn: request.crn, name: request.substitute.name }));
  }
  if (request.kind === 'exclude-case') {
    const excluded = excludedCases(record).find((item) => item.crn === request.crn);
    const entry = (record.replacements ?? []).find((item) => item.excluded === request.crn);
    if (excluded && entry) {
      const why = replacementSaid(excluded, entry.replacement);
      candidates.push(why, said('sample.outcome.excluded', { crn: request.crn, why }));
    }
  }
  return candidates.find((candidate) => english(candidate) === decision.outcome);
}
