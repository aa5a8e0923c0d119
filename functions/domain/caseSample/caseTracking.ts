import type { LocalDate } from '../localDate.js';
import { english, said, type Said } from '../messages/said.js';

/**
 * Each sampled case through fieldwork week one, as its inspector records it: interviewed (with the
 * practitioner or a substitute) or read from the file, then inspected; or excluded and replaced.
 * Progress is cases inspected of cases in the sample; a case is behind when its interview time has
 * passed with nothing recorded, or week one has ended and it is not inspected.
 */

export const CASE_STATES = [
  'scheduled',
  'interviewed',
  'substitute-interviewed',
  'file-read',
  'excluded-and-replaced',
  'inspected',
] as const;
export type CaseState = (typeof CASE_STATES)[number];

export const CASE_STATE_TITLES: Record<CaseState, string> = {
  scheduled: 'Scheduled',
  interviewed: 'Practitioner interviewed',
  'substitute-interviewed': 'Substitute interviewed',
  'file-read': 'File-read',
  'excluded-and-replaced': 'Excluded and replaced',
  inspected: 'Inspected',
};

/** Each state in words within a sentence ("a case scheduled …"), as a catalogue entry. */
const CASE_STATE_SAID: Record<CaseState, Said> = {
  scheduled: said('sample.caseState.scheduled'),
  interviewed: said('sample.caseState.interviewed'),
  'substitute-interviewed': said('sample.caseState.substituteInterviewed'),
  'file-read': said('sample.caseState.fileRead'),
  'excluded-and-replaced': said('sample.caseState.excludedAndReplaced'),
  inspected: said('sample.caseState.inspected'),
};

/** "a, or b, or c" as catalogue entries. */
function eitherOf(items: readonly Said[]): Said {
  const [first, ...rest] = items;
  if (!first) return said('sample.caseState.scheduled');
  return rest.length === 0 ? first : said('sample.track.nextOr', { first, rest: eitherOf(rest) });
}

/** What may follow each state: nothing follows an exclusion or an inspection. */
const NEXT: Record<CaseState, readonly CaseState[]> = {
  scheduled: ['interviewed', 'substitute-interviewed', 'file-read', 'excluded-and-replaced'],
  interviewed: ['inspected'],
  'substitute-interviewed': ['inspected'],
  'file-read': ['inspected'],
  'excluded-and-replaced': [],
  inspected: [],
};

/** Whether a case may go from one state to another, or why not in words. */
export function mayMove(from: CaseState, to: CaseState): { ok: true } | { ok: false; why: string; said: Said } {
  if (NEXT[from].includes(to)) return { ok: true };
  const allowed = NEXT[from].map((state) => CASE_STATE_SAID[state]);
  const why =
    allowed.length === 0
      ? said('sample.track.finished', { state: CASE_STATE_SAID[from] })
      : said('sample.track.next', { state: CASE_STATE_SAID[from], allowed: eitherOf(allowed) });
  return { ok: false, why: english(why), said: why };
}

export interface TrackedCase {
  crn: string;
  state: CaseState;
  /** The interview's UK date and start time, where one is scheduled. */
  interview?: { date: LocalDate; start: string };
}

export interface WeekOneProgress {
  /** Cases in the sample now: excluded ones are out, their replacements in. */
  sampled: number;
  inspected: number;
  /** Cases behind, each with why (in English, and as a catalogue entry for the pages). */
  behind: { crn: string; why: string; said: Said }[];
}

/**
 * Progress through week one at UK `today` and `time` ("HH:MM"): a case is behind when its
 * interview has started and nothing is recorded, or when week one has ended and it is not yet
 * inspected.
 */
export function weekOneProgress(
  cases: readonly TrackedCase[],
  { today, time, weekOneEnds }: { today: LocalDate; time: string; weekOneEnds: LocalDate },
): WeekOneProgress {
  const inPlay = cases.filter((item) => item.state !== 'excluded-and-replaced');
  const behind: WeekOneProgress['behind'] = [];
  for (const item of inPlay) {
    if (item.state === 'inspected') continue;
    if (today > weekOneEnds) {
      const why = said('sample.track.notInspected');
      behind.push({ crn: item.crn, why: english(why), said: why });
      continue;
    }
    const { interview } = item;
    const started = interview && (interview.date < today || (interview.date === today && interview.start <= time));
    if (item.state === 'scheduled' && started) {
      const why = said('sample.track.interviewDue', { start: interview.start, date: interview.date });
      behind.push({ crn: item.crn, why: english(why), said: why });
    }
  }
  return {
    sampled: inPlay.length,
    inspected: inPlay.filter((item) => item.state === 'inspected').length,
    behind,
  };
}
