import { said } from '../../domain/messages/said.js';
import * as z from 'zod/mini';
import type { Principal } from '../../domain/access.js';
import { practitionerKey } from '../../domain/caseSample/cases.js';
import { addDays } from '../../domain/localDate.js';
import { personSchema } from '../../domain/people.js';
import { regionById, type RegionId } from '../../domain/regions.js';
import { ruleError, zodMessage, type FieldError } from '../../domain/validation.js';
import type { CaseSampleRecord } from '../../ports/caseSampleRecords.js';
import { logger } from '../../shared/logger.js';
import type { Deps } from '../deps.js';
import { refuse } from '../errors.js';
import { auditEntry } from '../shared/audit.js';
import {
  byWhom,
  changeSample,
  inspectionIdSchema,
  localDateSchema,
  sampleAudit,
  changeableSample,
  scheduleRecord,
} from './sampleRecords.js';
import { issueIfNowReady } from './issueSample.js';

const teamSchema = z.strictObject({
  inspectionId: inspectionIdSchema,
  assistantInspectors: z
    .array(personSchema)
    .check(z.maxLength(20, { error: () => zodMessage('sample.refuse.assistants', { max: 20 }) })),
  welshSpeakingAssessors: z.optional(
    z.array(personSchema).check(z.maxLength(10, { error: () => zodMessage('sample.refuse.assessors', { max: 10 }) })),
  ),
  practitionerUnavailable: z.optional(
    z
      .array(
        z.strictObject({
          practitionerKey: z
            .string({ error: () => zodMessage('sample.refuse.practitioner') })
            .check(z.trim(), z.minLength(1)),
          dates: z
            .array(localDateSchema)
            .check(z.maxLength(5, { error: () => zodMessage('sample.refuse.weekOneDays') })),
        }),
      )
      .check(z.maxLength(200)),
  ),
});

/**
 * The administrator or the lead enters the team for fieldwork week one (before the announcement):
 * 1. the assistant inspectors and, in Wales only, the Welsh-speaking local assessors (the lead
 *    interviews too); nobody twice;
 * 2. the days each practitioner of a sampled case cannot be interviewed, within week one;
 * 3. the provisional interview schedule is drawn up at once (scheduleInterviews): cases that fit no
 *    slot are kept with why, for the lead to settle, never dropped.
 */
export async function setTeam(deps: Deps, principal: Principal, input: unknown): Promise<CaseSampleRecord> {
  const { inspection, data } = await changeableSample(deps, principal, input, teamSchema);
  const team = data;
  const welsh = team.welshSpeakingAssessors ?? [];
  const unavailable = team.practitionerUnavailable ?? [];

  const saved = await changeSample(
    deps,
    inspection,
    { whileNotIssued: true, giveUp: said('sample.meanwhile.team') },
    (current, now) => {
      const errors: FieldError[] = [];
      if (welsh.length > 0 && regionById(inspection.regionId as RegionId)?.country !== 'Wales') {
        errors.push(ruleError('welshSpeakingAssessors', undefined, 'sample.refuse.walesOnly'));
      }
      const seen = new Set([inspection.people.lead.email.toLowerCase()]);
      const people = [
        ...team.assistantInspectors.map((person, index) => ({ person, field: `assistantInspectors.${index}.email` })),
        ...welsh.map((person, index) => ({ person, field: `welshSpeakingAssessors.${index}.email` })),
      ];
      for (const { person, field } of people) {
        const email = person.email.toLowerCase();
        if (seen.has(email)) {
          errors.push(ruleError(field, person.email, 'sample.refuse.onTeam'));
        }
        seen.add(email);
      }
      const practitioners = new Set((current.sample?.sampled ?? []).map((item) => practitionerKey(item.practitioner)));
      const first = inspection.fieldworkStart;
      const last = addDays(first, 4);
      unavailable.forEach((entry, index) => {
        if (!practitioners.has(entry.practitionerKey)) {
          errors.push(
            ruleError(
              `practitionerUnavailable.${index}.practitionerKey`,
              entry.practitionerKey,
              current.sample ? 'sample.refuse.notPractitioner' : 'sample.refuse.noSampleYet',
            ),
          );
        }
        entry.dates.forEach((date, at) => {
          if (date < first || date > last) {
            errors.push(
              ruleError(`practitionerUnavailable.${index}.dates.${at}`, date, 'sample.refuse.notWeekOneDay', {
                from: first,
                to: last,
              }),
            );
          }
        });
      });
      if (errors.length > 0) refuse(errors);

      const next = {
        ...current,
        team: {
          assistantInspectors: team.assistantInspectors,
          welshSpeakingAssessors: welsh,
          practitionerUnavailable: unavailable.map((entry) => ({
            practitionerKey: entry.practitionerKey,
            dates: [...new Set(entry.dates)].sort(),
          })),
          ...byWhom(principal, now),
        },
      };
      const { schedule: _old, ...rest } = next;
      const schedule = next.sample ? scheduleRecord(inspection, next, deps.calendar, now) : undefined;
      return {
        record: { ...rest, ...(schedule ? { schedule } : {}) },
        audit: sampleAudit(inspection.id, now, principal, 'interview team set', {
          ...(current.team
            ? {
                before: {
                  assistantInspectors: current.team.assistantInspectors.length,
                  welshSpeakingAssessors: current.team.welshSpeakingAssessors.length,
                  practitionersUnavailable: current.team.practitionerUnavailable.length,
                },
              }
            : {}),
          after: {
            assistantInspectors: team.assistantInspectors.length,
            welshSpeakingAssessors: welsh.length,
            practitionersUnavailable: unavailable.length,
            ...(schedule ? { interviews: schedule.interviews.length, unplaced: schedule.unplaced.length } : {}),
          },
        }),
      };
    },
  );
  // The team may sign in to the inspection from now on (a name taken off the team loses that access;
  // assistant inspectors named when it was planned keep theirs).
  const interviewers = [...team.assistantInspectors, ...welsh];
  await deps.timeline.setTeamAccess({
    inspectionId: inspection.id,
    interviewTeam: interviewers,
    at: deps.clock.now().toISOString(),
    audit: auditEntry({
      inspectionId: inspection.id,
      at: deps.clock.now(),
      actor: principal,
      action: 'interview team given access',
      subject: `inspection ${inspection.id}`,
      before: { interviewTeam: (inspection.people.interviewTeam ?? []).map((person) => person.email) },
      after: { interviewTeam: interviewers.map((person) => person.email) },
    }),
  });
  logger.info('interview team set', {
    inspectionId: inspection.id,
    assistantInspectors: team.assistantInspectors.length,
    unplaced: saved.schedule?.unplaced.length,
  });
  // Completed after an announcement that went without it: issued now, and the region told once.
  await issueIfNowReady(deps, inspection.id);
  return saved;
}
