import * as z from 'zod/mini';
import { storedDate } from './storedDate.js';
import { longListCaseSchema, practitionerSchema, ROSH_BANDS, ROSH_LEVELS } from '../domain/caseSample/cases.js';
import { CASE_STATES } from '../domain/caseSample/caseTracking.js';
import { changeRequestSchema, DECISIONS } from '../domain/caseSample/changeRequests.js';
import type { Ineligibility } from '../domain/caseSample/eligibility.js';
import { INSPECTOR_ROLES } from '../domain/caseSample/interviewSchedule.js';
import { personSchema } from '../domain/people.js';

/**
 * The case sample of one inspection as the store keeps it (issue 14): the long-list as accepted
 * (its eligible cases only, kept apart in chunks: see CaseSampleStore), the sample drawn from it
 * with the seed that re-derives it, the administrator's decisions on its shortfalls, the team and
 * the interview schedule. Cases are known by CRN: no name, date of birth or address of a person on
 * probation has a field here. Every record is checked against its schema when read back.
 */

const isoInstant = z.iso.datetime({ offset: true });
const count = z.int().check(z.gte(0));

const INELIGIBILITIES = [
  'not-in-window',
  'no-qualifying-requirement',
  'other-sentence-in-period',
  'terminated-within-seven-days',
  'current-review',
] as const satisfies readonly Ineligibility[];

/** Who did something, by name and stably by verified email. */
const byWhom = { at: isoInstant, by: z.string(), byId: z.string() };

/** The long-list as accepted: what was read, what was left out and why, and whose file it was. */
export const longListRecordSchema = z.object({
  /** Names this upload: the chunks holding its eligible cases carry it, so a reader never mixes two uploads. */
  uploadId: z.string(),
  /** The file's SHA-256, hex: the file can be shown to be the one uploaded without keeping it. */
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  ...byWhom,
  rowsRead: count,
  eligible: count,
  leftOut: z.object(
    Object.fromEntries(INELIGIBILITIES.map((why) => [why, count])) as Record<Ineligibility, typeof count>,
  ),
  /** The first day of fieldwork the eligibility window was read from. */
  fieldworkStart: storedDate,
});
export type LongListRecord = z.infer<typeof longListRecordSchema>;

export const drawnCaseSchema = z.object({
  crn: z.string(),
  pdu: z.string(),
  practitioner: practitionerSchema,
  rosh: z.enum(ROSH_LEVELS),
  band: z.enum(ROSH_BANDS),
  questions: z.enum(['core', 'adjusted']),
  questionsReason: z.string(),
  drawn: z.int().check(z.gte(1)),
});
export type DrawnCaseRecord = z.infer<typeof drawnCaseSchema>;

/** A rule the long-list does not let the sample meet; `id` is `<rule>:<where>`, one per rule and PDU (or band). */
export const shortfallRecordSchema = z.object({
  id: z.string(),
  rule: z.enum(['at-least-per-pdu', 'proportionate-rosh']),
  where: z.string(),
  by: z.int().check(z.gte(1)),
  message: z.string(),
});
export type ShortfallRecord = z.infer<typeof shortfallRecordSchema>;

export const SHORTFALL_DECISIONS = ['accept', 'ask-region-for-more'] as const;
export type ShortfallDecision = (typeof SHORTFALL_DECISIONS)[number];

export const decisionRecordSchema = z.object({
  shortfallId: z.string(),
  decision: z.enum(SHORTFALL_DECISIONS),
  note: z.string(),
  ...byWhom,
});
export type DecisionRecord = z.infer<typeof decisionRecordSchema>;

/** The sample as drawn: with the long-list's eligible cases, the seed and the settings re-derive all of it. */
export const sampleRecordSchema = z.object({
  seed: z.int().check(z.gte(0)),
  settings: z.object({ perPdu: z.int().check(z.gte(1)), minPerPdu: z.int().check(z.gte(1)) }),
  window: z.object({ from: storedDate, to: storedDate }),
  ...byWhom,
  sampled: z.array(drawnCaseSchema),
  /** Per PDU, the CRNs of the eligible cases not sampled, in draw order (their details are in the long-list). */
  reserve: z.record(z.string(), z.array(z.string())),
  bands: z.record(z.enum(ROSH_BANDS), z.object({ target: count, sampled: count, eligible: count })),
  adjustments: z.array(z.string()),
  shortfalls: z.array(shortfallRecordSchema),
});
export type SampleRecord = z.infer<typeof sampleRecordSchema>;

export const teamRecordSchema = z.object({
  assistantInspectors: z.array(personSchema),
  welshSpeakingAssessors: z.array(personSchema),
  /** Days each practitioner (by practitionerKey) cannot be interviewed. */
  practitionerUnavailable: z.array(z.object({ practitionerKey: z.string(), dates: z.array(storedDate) })),
  ...byWhom,
});
export type TeamRecord = z.infer<typeof teamRecordSchema>;

export const scheduleRecordSchema = z.object({
  at: isoInstant,
  days: z.array(storedDate),
  inspectors: z.array(z.extend(personSchema, { role: z.enum(INSPECTOR_ROLES) })),
  /** UK local dates and start times (HH:MM), 60 minutes each. */
  interviews: z.array(z.object({ crn: z.string(), inspector: z.string(), date: storedDate, start: z.string() })),
  /** Cases with no slot, and why in words: infeasibility explained, not papered over. */
  unplaced: z.array(z.object({ crn: z.string(), why: z.string() })),
  /** The first day of fieldwork the interviews were set for, when not the long-list's (fieldwork moved since). */
  fieldworkStart: z.optional(storedDate),
});
export type ScheduleRecord = z.infer<typeof scheduleRecordSchema>;

/** One request from the region to change the sample, and the lead's decision on it. */
export const changeRequestRecordSchema = z.object({
  id: z.string(),
  request: changeRequestSchema,
  asked: z.object(byWhom),
  /** Someone other than the region asking for it, with why. */
  onBehalfReason: z.optional(z.string()),
  decision: z.optional(z.object({ decision: z.enum(DECISIONS), note: z.string(), ...byWhom, outcome: z.string() })),
});
export type ChangeRequestRecord = z.infer<typeof changeRequestRecordSchema>;

export const caseSampleRecordSchema = z.object({
  inspectionId: z.string(),
  /** Bumped by every write: a write from a stale read is refused (ConflictError). */
  version: z.int().check(z.gte(1)),
  updatedAt: isoInstant,
  /** Cases per PDU for this inspection, when not the default. */
  perPdu: z.optional(z.int().check(z.gte(1))),
  longList: z.optional(longListRecordSchema),
  sample: z.optional(sampleRecordSchema),
  decisions: z.array(decisionRecordSchema),
  team: z.optional(teamRecordSchema),
  schedule: z.optional(scheduleRecordSchema),
  /** What the region asked of the sample after it was issued, and the lead's decisions (§5.1). */
  requests: z.optional(z.array(changeRequestRecordSchema)),
  /** Cases excluded on the lead's decision, each with the case that replaced it (if any), in order. */
  replacements: z.optional(
    z.array(
      z.object({ excluded: z.string(), replacement: z.optional(drawnCaseSchema), note: z.string(), at: isoInstant }),
    ),
  ),
  /** Cases whose practitioner cannot attend: interviewed with a substitute, or read from the file. */
  substitutes: z.optional(z.array(z.object({ crn: z.string(), practitioner: practitionerSchema }))),
  fileReads: z.optional(z.array(z.string())),
  /** Each case's state in fieldwork week one, as its inspector recorded it (absent: scheduled). */
  tracking: z.optional(z.record(z.string(), z.object({ state: z.enum(CASE_STATES), at: isoInstant, by: z.string() }))),
  /**
   * When the region was issued the sample: with the announcement if it was ready then, or once it
   * became ready after. From then on it changes only through change requests.
   */
  issued: z.optional(z.object({ at: isoInstant, how: z.enum(['with-announcement', 'after-announcement']) })),
});
export type CaseSampleRecord = z.infer<typeof caseSampleRecordSchema>;

/** The long-list's eligible cases as kept: exactly the domain's cases, read back through its schema. */
export const storedCasesSchema = z.array(longListCaseSchema);
