import * as z from 'zod/mini';
import { dateProblemMessage } from '../dateProblem.js';
import { asLocalDate, type LocalDate } from '../localDate.js';
import { emailAddressSchema, personNameSchema } from '../people.js';
import { said, type SaidKey } from '../messages/said.js';
import { singleLine } from '../text.js';
import { zodMessage } from '../validation.js';

/**
 * One case of a region's long-list, as nDelius's standard reports describe it (§4.1, §4.2): known
 * by its case reference number only. No name, date of birth or address of the person on
 * probation has a field here, so none can be kept. The practitioner is staff, named for the
 * interview schedule.
 */

export const SENTENCE_TYPES = ['community-order', 'suspended-sentence-order', 'licence', 'pss-only'] as const;
export type SentenceType = (typeof SENTENCE_TYPES)[number];

export const REQUIREMENTS = ['rehabilitation-activity', 'accredited-programme', 'none'] as const;
export type Requirement = (typeof REQUIREMENTS)[number];

/** Risk of serious harm, as the region assessed it. */
export const ROSH_LEVELS = ['low', 'medium', 'high', 'very-high'] as const;
export type RoshLevel = (typeof ROSH_LEVELS)[number];

/** The schemes under which contact was suspended (CARaG 2.0.19a, 2.0.20a). */
export const SUSPENSION_SCHEMES = ['reset', 'impact'] as const;
export type SuspensionScheme = (typeof SUSPENSION_SCHEMES)[number];

/** Reviews under way that may exclude a case (§4.1). */
export const CURRENT_REVIEWS = [
  'none',
  'sfo',
  'domestic-abuse-related-death',
  'child-safeguarding-practice',
  'other',
] as const;
export type CurrentReview = (typeof CURRENT_REVIEWS)[number];

/** nDelius's case reference number: a letter and six digits. */
export const CRN_PATTERN = /^[A-Z]\d{6}$/;

/** What a field of the case must be, in words ("the sentence type"): a catalogue entry. */
type What = Extract<SaidKey, `sample.case.what.${string}`>;

const oneOf = <T extends readonly [string, ...string[]]>(values: T, what: What) =>
  z.enum(values, { error: () => zodMessage('sample.case.mustBeOneOf', { what: said(what), values: [...values] }) });

const localDate = (what: What) =>
  z.pipe(
    z.string({ error: () => zodMessage('sample.case.mustBeDate', { what: said(what) }) }).check(
      z.superRefine((value: string, context) => {
        const problem = dateProblemMessage(value);
        if (problem) context.addIssue({ code: 'custom', message: problem });
      }),
    ),
    z.transform((value: string): LocalDate => asLocalDate(value)),
  );

const label = (what: What, max: number) =>
  singleLine(
    z
      .string({ error: () => zodMessage('sample.case.mustBe', { what: said(what) }) })
      .check(
        z.trim(),
        z.minLength(1, { error: () => zodMessage('sample.case.mustBe', { what: said(what) }) }),
        z.maxLength(max, { error: () => zodMessage('sample.case.mustBeAtMost', { what: said(what), max }) }),
      ),
  );

export const practitionerSchema = z
  .strictObject({
    name: personNameSchema,
    staffId: z.optional(label('sample.case.what.staffId', 40)),
    email: z.optional(emailAddressSchema),
  })
  .check(
    z.refine((practitioner) => practitioner.staffId !== undefined || practitioner.email !== undefined, {
      error: () => zodMessage('sample.case.staffIdOrEmail'),
    }),
  );
export type Practitioner = z.infer<typeof practitionerSchema>;

export const longListCaseSchema = z.strictObject({
  crn: z.string({ error: () => zodMessage('sample.case.crn') }).check(
    z.regex(CRN_PATTERN, {
      error: () => zodMessage('sample.case.crnPattern'),
    }),
  ),
  pdu: label('sample.case.what.pdu', 80),
  practitioner: practitionerSchema,
  sentenceType: oneOf(SENTENCE_TYPES, 'sample.case.what.sentenceType'),
  requirement: oneOf(REQUIREMENTS, 'sample.case.what.requirement'),
  /** When the sentence or the post-release supervision began (for a licence, the release). */
  startDate: localDate('sample.case.what.startDate'),
  rosh: oneOf(ROSH_LEVELS, 'sample.case.what.rosh'),
  suspension: z.optional(
    z.strictObject({
      date: localDate('sample.case.what.suspensionDate'),
      scheme: oneOf(SUSPENSION_SCHEMES, 'sample.case.what.scheme'),
    }),
  ),
  terminationDate: z.optional(localDate('sample.case.what.terminationDate')),
  /** The same person has another sentence that began in the eligible period. */
  otherSentencesInPeriod: z.boolean({ error: () => zodMessage('sample.case.otherSentences') }),
  currentReview: oneOf(CURRENT_REVIEWS, 'sample.case.what.review'),
});
export type LongListCase = z.infer<typeof longListCaseSchema>;

/** One practitioner, however the long-list names them: by staff id, else by email address. */
export function practitionerKey(practitioner: Practitioner): string {
  return practitioner.staffId ? `staff:${practitioner.staffId}` : `email:${(practitioner.email ?? '').toLowerCase()}`;
}

/**
 * The sample is proportionate across three bands of risk of serious harm (§4.1: "low, medium
 * and high/very high").
 */
export const ROSH_BANDS = ['low', 'medium', 'high-or-very-high'] as const;
export type RoshBand = (typeof ROSH_BANDS)[number];

export function roshBandOf(level: RoshLevel): RoshBand {
  return level === 'high' || level === 'very-high' ? 'high-or-very-high' : level;
}

/** Each band's name, in words ("high or very high"), as a catalogue entry. */
export const ROSH_BAND_SAID = {
  low: said('sample.band.low'),
  medium: said('sample.band.medium'),
  'high-or-very-high': said('sample.band.high'),
} as const satisfies Record<RoshBand, ReturnType<typeof said>>;

export const ROSH_BAND_NAMES: Record<RoshBand, string> = {
  low: 'low',
  medium: 'medium',
  'high-or-very-high': 'high or very high',
};
