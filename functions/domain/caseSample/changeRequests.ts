import { z } from 'zod';
import { formatLongDate, type LocalDate } from '../localDate.js';
import { multiLine } from '../text.js';
import { practitionerSchema } from './cases.js';
import { INELIGIBILITY_REASONS } from './eligibility.js';

/**
 * What the region may ask of the sample and the schedule (§5.1), and the lead inspector decides: an
 * interview moved, a practitioner who cannot attend (a substitute named, normally their line
 * manager, or else a file-read), or a case excluded on one of §4.1's grounds. Until the
 * schedule-change deadline anything may be asked; after it, only a practitioner who cannot attend
 * (late changes may become file-reads, §5.1 and §6.6), until week one ends.
 */

export const CHANGE_REQUEST_KINDS = ['move-interview', 'practitioner-cannot-attend', 'exclude-case'] as const;
export type ChangeRequestKind = (typeof CHANGE_REQUEST_KINDS)[number];

export const CHANGE_REQUEST_TITLES: Record<ChangeRequestKind, string> = {
  'move-interview': 'Move an interview',
  'practitioner-cannot-attend': 'A practitioner cannot attend',
  'exclude-case': 'Exclude a case',
};

/** The grounds on which a sampled case may be excluded (§4.1), in the long-list's words. */
export const EXCLUSION_GROUNDS = [
  'other-sentence-in-period',
  'terminated-within-seven-days',
  'current-review',
] as const;
export type ExclusionGround = (typeof EXCLUSION_GROUNDS)[number];
export const EXCLUSION_GROUND_TITLES: Record<ExclusionGround, string> = Object.fromEntries(
  EXCLUSION_GROUNDS.map((ground) => [ground, INELIGIBILITY_REASONS[ground]]),
) as Record<ExclusionGround, string>;

const crn = z.string({ error: 'must be the case reference (CRN) of a sampled case' }).trim().toUpperCase();
const why = multiLine(z.string().trim().min(3, { error: 'must say why, in a few words' }).max(1000));

export const changeRequestSchema = z.discriminatedUnion(
  'kind',
  [
    z
      .object({
        kind: z.literal('move-interview'),
        crn,
        date: z.string({ error: 'must be a date written YYYY-MM-DD' }),
        start: z.string({ error: 'must be a time such as 10:30' }).regex(/^\d{2}:\d{2}$/, {
          error: 'must be a time such as 10:30',
        }),
        reason: why,
      })
      .strict(),
    z
      .object({
        kind: z.literal('practitioner-cannot-attend'),
        crn,
        /** The substitute, normally the practitioner's line manager; none asks for a file-read. */
        substitute: practitionerSchema.optional(),
        reason: why,
      })
      .strict(),
    z
      .object({
        kind: z.literal('exclude-case'),
        crn,
        ground: z.enum(EXCLUSION_GROUNDS, {
          error: `must be one of: ${EXCLUSION_GROUNDS.map((g) => `${g} (${EXCLUSION_GROUND_TITLES[g]})`).join('; ')}`,
        }),
        reason: why,
      })
      .strict(),
  ],
  { error: `must be one of ${CHANGE_REQUEST_KINDS.join(', ')}` },
);
export type ChangeRequest = z.infer<typeof changeRequestSchema>;

/**
 * Whether the region may still ask for this kind of change on `today`, or why not in words. The
 * deadline is the inspection's schedule-change deadline; week one ends on its Friday.
 */
export function mayAsk(
  kind: ChangeRequestKind,
  {
    today,
    scheduleChangeDeadline,
    weekOneEnds,
  }: { today: LocalDate; scheduleChangeDeadline: LocalDate; weekOneEnds: LocalDate },
): { ok: true } | { ok: false; why: string } {
  if (today > weekOneEnds) {
    return {
      ok: false,
      why: `fieldwork week one ended on ${formatLongDate(weekOneEnds)}: the sample can no longer change`,
    };
  }
  if (today <= scheduleChangeDeadline || kind === 'practitioner-cannot-attend') return { ok: true };
  return {
    ok: false,
    why:
      `the schedule-change deadline (${formatLongDate(scheduleChangeDeadline)}) has passed: ` +
      'only a practitioner who cannot attend may still be reported, and the lead inspector may then inspect the case as a file-read',
  };
}

/** The lead's decision on a request: approved or declined, with a note; a practitioner's absence may be approved as a file-read. */
export const DECISIONS = ['approve', 'approve-as-file-read', 'decline'] as const;
export type Decision = (typeof DECISIONS)[number];

/** Which decisions fit which request: a file-read answers only a practitioner who cannot attend. */
export function decisionFits(kind: ChangeRequestKind, decision: Decision): boolean {
  return decision !== 'approve-as-file-read' || kind === 'practitioner-cannot-attend';
}
