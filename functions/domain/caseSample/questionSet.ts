import { addDays } from '../localDate.js';
import { english, said, type Said } from '../messages/said.js';
import type { LongListCase } from './cases.js';

/**
 * Core or adjusted questions for a sampled case (CARaG 2.0.19a and 2.0.20a; the case inspection
 * questions):
 * - adjusted (A1–A4) for every PSS-only case; for a licence or PSS case whose contact was
 *   suspended under Probation Reset or Probation Impact up to and including eight weeks from the
 *   release that brought it into the sample; for a community sentence where Probation Impact was
 *   applied up to and including eight weeks from commencement;
 * - core (C1–C4) in every other case, including where contact continued for more than eight weeks
 *   before any suspension.
 */

export type QuestionSetName = 'core' | 'adjusted';

export interface Question {
  id: string;
  title: string;
}

/** The questions' titles, from the case inspection questions document. */
export const QUESTION_SETS: Record<QuestionSetName, readonly Question[]> = {
  core: [
    { id: 'C1', title: 'Does assessment focus sufficiently on keeping other people safe?' },
    { id: 'C2', title: 'Does planning focus sufficiently on keeping other people safe?' },
    {
      id: 'C3',
      title: 'Does the implementation and delivery of services support the safety of other people effectively?',
    },
    { id: 'C4', title: 'Does reviewing focus sufficiently on keeping other people safe?' },
  ],
  adjusted: [
    { id: 'A1', title: 'Does assessment focus sufficiently on keeping other people safe?' },
    { id: 'A2', title: 'Does planning focus sufficiently on keeping other people safe?' },
    {
      id: 'A3',
      title: 'Does the implementation and delivery of services support the safety of other people effectively?',
    },
    { id: 'A4', title: 'Does reviewing focus sufficiently on keeping other people safe?' },
  ],
};

/** Eight weeks, "up to and including". */
const EIGHT_WEEKS_DAYS = 56;

const SCHEME_NAMES = { reset: 'Reset', impact: 'Impact' } as const;

export interface QuestionSetChoice {
  set: QuestionSetName;
  /** Why, in words: "PSS only", "licence; Reset suspension 6 weeks after release". */
  reason: string;
  /** The same, as a catalogue entry, for the pages. */
  said: Said;
}

function weeksBetween(from: string, to: string): Said {
  const days = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
  const weeks = Math.floor(days / 7);
  const rest = days % 7;
  if (weeks === 0) return said('sample.reason.days', { days });
  return rest === 0 ? said('sample.reason.weeks', { weeks }) : said('sample.reason.weeksDays', { weeks, days: rest });
}

const choice = (set: QuestionSetName, reason: Said): QuestionSetChoice => ({
  set,
  reason: english(reason),
  said: reason,
});

export function questionSetFor(item: LongListCase): QuestionSetChoice {
  if (item.sentenceType === 'pss-only') return choice('adjusted', said('sample.reason.pssOnly'));
  const suspension = item.suspension;
  const released = item.sentenceType === 'licence';
  const kind = released ? said('sample.reason.licence') : said('sample.reason.community');
  const from = released ? said('sample.reason.release') : said('sample.reason.commencement');
  if (!suspension) return choice('core', said('sample.reason.notSuspended', { kind }));
  const after = weeksBetween(item.startDate, suspension.date);
  const scheme = SCHEME_NAMES[suspension.scheme];
  const within = suspension.date <= addDays(item.startDate, EIGHT_WEEKS_DAYS);
  // Only Impact applies to community sentences; Reset suspends licence supervision.
  const applies = released || suspension.scheme === 'impact';
  if (within && applies) {
    return choice('adjusted', said('sample.reason.adjusted', { kind, scheme, after, from }));
  }
  const why = applies ? said('sample.reason.beyondEightWeeks', { from }) : said('sample.reason.resetCommunity');
  return choice('core', said('sample.reason.core', { kind, scheme, after, from, date: suspension.date, why }));
}
