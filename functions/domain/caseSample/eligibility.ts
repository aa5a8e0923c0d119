import { addDays, type LocalDate } from '../localDate.js';
import { english, said, type Said } from '../messages/said.js';
import type { LongListCase } from './cases.js';

/**
 * Which cases of a long-list may be sampled (§4.1).
 *
 * - Community orders and suspended sentence orders with a rehabilitation activity or accredited
 *   programme requirement, and cases starting post-release supervision (licence or PSS).
 * - Begun in two separate weeks between 29 and 30 weeks before fieldwork. The manual says no
 *   more; the default reading (README): the week starting Monday F − 30 weeks and the week
 *   starting Monday F − 29 weeks, F being the first Monday of fieldwork.
 * - Excluded (the manual's "may be excluded", applied unless an administrator decides
 *   otherwise): the same person with another sentence in the period; an order or licence
 *   terminated within seven days of commencement; a current SFO, domestic abuse related death,
 *   child safeguarding practice or similar review. Suspended contact (Reset, Impact) does not
 *   exclude a case.
 */

export interface EligibilityWindow {
  /** The Monday F − 30 weeks. */
  from: LocalDate;
  /** The Sunday ending the week that starts F − 29 weeks. */
  to: LocalDate;
}

export function eligibilityWindow(fieldworkStart: LocalDate): EligibilityWindow {
  return { from: addDays(fieldworkStart, -30 * 7), to: addDays(fieldworkStart, -29 * 7 + 6) };
}

export type Ineligibility =
  | 'not-in-window'
  | 'no-qualifying-requirement'
  | 'other-sentence-in-period'
  | 'terminated-within-seven-days'
  | 'current-review';

/** Why a case is left out, as a catalogue entry for the administrator's language. */
export const INELIGIBILITY_SAID: Record<Ineligibility, Said> = {
  'not-in-window': said('sample.ineligible.notInWindow'),
  'no-qualifying-requirement': said('sample.ineligible.noRequirement'),
  'other-sentence-in-period': said('sample.ineligible.otherSentence'),
  'terminated-within-seven-days': said('sample.ineligible.terminated'),
  'current-review': said('sample.ineligible.review'),
};

/** Why a case is left out, in English words for the administrator (the API's). */
export const INELIGIBILITY_REASONS = Object.fromEntries(
  Object.entries(INELIGIBILITY_SAID).map(([why, message]) => [why, english(message)]),
) as Record<Ineligibility, string>;

/** Why a case may not be sampled, or undefined when it may. */
export function ineligibility(item: LongListCase, window: EligibilityWindow): Ineligibility | undefined {
  if (item.startDate < window.from || item.startDate > window.to) return 'not-in-window';
  const community = item.sentenceType === 'community-order' || item.sentenceType === 'suspended-sentence-order';
  if (community && item.requirement === 'none') return 'no-qualifying-requirement';
  if (item.otherSentencesInPeriod) return 'other-sentence-in-period';
  if (item.terminationDate !== undefined && item.terminationDate <= addDays(item.startDate, 7)) {
    return 'terminated-within-seven-days';
  }
  if (item.currentReview !== 'none') return 'current-review';
  return undefined;
}
