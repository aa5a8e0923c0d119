import { z } from 'zod';
import { localDateProblem, asLocalDate, type LocalDate } from '../localDate.js';
import { emailAddressSchema, personNameSchema } from '../people.js';
import { singleLine } from '../text.js';

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

const oneOf = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, { error: `must be ${what}: one of ${values.join(', ')}` });

const localDate = (what: string) =>
  z
    .string({ error: `must be ${what}, written YYYY-MM-DD` })
    .superRefine((value, context) => {
      const problem = localDateProblem(value);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    })
    .transform((value): LocalDate => asLocalDate(value));

const label = (what: string, max: number) =>
  singleLine(
    z
      .string({ error: `must be ${what}` })
      .trim()
      .min(1, { error: `must be ${what}` })
      .max(max, { error: `must be ${what} of at most ${max} characters` }),
  );

export const practitionerSchema = z
  .object({
    name: personNameSchema,
    staffId: label('the practitioner’s staff id', 40).optional(),
    email: emailAddressSchema.optional(),
  })
  .strict()
  .refine((practitioner) => practitioner.staffId !== undefined || practitioner.email !== undefined, {
    error: 'must have a staff id or a work email address, to tell practitioners of the same name apart',
  });
export type Practitioner = z.infer<typeof practitionerSchema>;

export const longListCaseSchema = z
  .object({
    crn: z.string({ error: 'must be a case reference number' }).regex(CRN_PATTERN, {
      error: 'must be a case reference number: a capital letter and six digits, e.g. X123456',
    }),
    pdu: label('the probation delivery unit (PDU)', 80),
    practitioner: practitionerSchema,
    sentenceType: oneOf(SENTENCE_TYPES, 'the sentence type'),
    requirement: oneOf(REQUIREMENTS, 'the requirement'),
    /** When the sentence or the post-release supervision began (for a licence, the release). */
    startDate: localDate('the date the sentence or supervision began'),
    rosh: oneOf(ROSH_LEVELS, 'the risk of serious harm level'),
    suspension: z
      .object({
        date: localDate('the date contact was suspended'),
        scheme: oneOf(SUSPENSION_SCHEMES, 'the scheme contact was suspended under'),
      })
      .strict()
      .optional(),
    terminationDate: localDate('the termination date').optional(),
    /** The same person has another sentence that began in the eligible period. */
    otherSentencesInPeriod: z.boolean({ error: 'must say whether there are other sentences in the period' }),
    currentReview: oneOf(CURRENT_REVIEWS, 'the review under way'),
  })
  .strict();
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

export const ROSH_BAND_NAMES: Record<RoshBand, string> = {
  low: 'low',
  medium: 'medium',
  'high-or-very-high': 'high or very high',
};
