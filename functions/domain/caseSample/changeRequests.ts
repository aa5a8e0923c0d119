import * as z from 'zod/mini';
import type { LocalDate } from '../localDate.js';
import { english, said, type Said } from '../messages/said.js';
import { multiLine } from '../text.js';
import { zodMessage } from '../validation.js';
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

/** Each kind in words within a sentence ("declined: move an interview"), as a catalogue entry. */
export const CHANGE_REQUEST_SAID: Record<ChangeRequestKind, Said> = {
  'move-interview': said('sample.kind.moveInterview'),
  'practitioner-cannot-attend': said('sample.kind.cannotAttend'),
  'exclude-case': said('sample.kind.excludeCase'),
};

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

const crn = z.string({ error: () => zodMessage('sample.change.crn') }).check(z.trim(), z.toUpperCase());
const why = multiLine(
  z.string().check(z.trim(), z.minLength(3, { error: () => zodMessage('sample.change.why') }), z.maxLength(1000)),
);

export const changeRequestSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('move-interview'),
      crn,
      date: z.string({ error: () => zodMessage('sample.change.date') }),
      start: z.string({ error: () => zodMessage('sample.change.start') }).check(
        z.regex(/^\d{2}:\d{2}$/, {
          error: () => zodMessage('sample.change.start'),
        }),
      ),
      reason: why,
    }),
    z.strictObject({
      kind: z.literal('practitioner-cannot-attend'),
      crn,
      /** The substitute, normally the practitioner's line manager; none asks for a file-read. */
      substitute: z.optional(practitionerSchema),
      reason: why,
    }),
    z.strictObject({
      kind: z.literal('exclude-case'),
      crn,
      ground: z.enum(EXCLUSION_GROUNDS, {
        error: () =>
          zodMessage('sample.change.ground', {
            grounds: EXCLUSION_GROUNDS.map((g) => `${g} (${EXCLUSION_GROUND_TITLES[g]})`).join('; '),
          }),
      }),
      reason: why,
    }),
  ],
  { error: () => zodMessage('sample.change.kind', { kinds: [...CHANGE_REQUEST_KINDS] }) },
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
): { ok: true } | { ok: false; why: string; said: Said } {
  if (today > weekOneEnds) {
    const why = said('sample.change.weekOneEnded', { date: weekOneEnds });
    return { ok: false, why: english(why), said: why };
  }
  if (today <= scheduleChangeDeadline || kind === 'practitioner-cannot-attend') return { ok: true };
  const why = said('sample.change.deadlinePassed', { date: scheduleChangeDeadline });
  return { ok: false, why: english(why), said: why };
}

/** The lead's decision on a request: approved or declined, with a note; a practitioner's absence may be approved as a file-read. */
export const DECISIONS = ['approve', 'approve-as-file-read', 'decline'] as const;
export type Decision = (typeof DECISIONS)[number];

/** Which decisions fit which request: a file-read answers only a practitioner who cannot attend. */
export function decisionFits(kind: ChangeRequestKind, decision: Decision): boolean {
  return decision !== 'approve-as-file-read' || kind === 'practitioner-cannot-attend';
}
