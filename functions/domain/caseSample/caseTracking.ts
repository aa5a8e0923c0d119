import { formatLongDate, type LocalDate } from '../localDate.js';
import { formatTimeOfDay } from '../timeOfDay.js';

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
export function mayMove(from: CaseState, to: CaseState): { ok: true } | { ok: false; why: string } {
  if (NEXT[from].includes(to)) return { ok: true };
  const allowed = NEXT[from].map((state) => CASE_STATE_TITLES[state].toLowerCase());
  return {
    ok: false,
    why:
      allowed.length === 0
        ? `the case is ${CASE_STATE_TITLES[from].toLowerCase()}: nothing more is recorded for it`
        : `a case ${CASE_STATE_TITLES[from].toLowerCase()} can next be ${allowed.join(', or ')}`,
  };
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
  /** Cases behind, each with why. */
  behind: { crn: string; why: string }[];
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
      behind.push({ crn: item.crn, why: 'not inspected by the end of week one' });
      continue;
    }
    const { interview } = item;
    const started = interview && (interview.date < today || (interview.date === today && interview.start <= time));
    if (item.state === 'scheduled' && started) {
      behind.push({
        crn: item.crn,
        why: `its interview was due at ${formatTimeOfDay(interview.start)} on ${formatLongDate(interview.date)}: nothing is recorded`,
      });
    }
  }
  return {
    sampled: inPlay.length,
    inspected: inPlay.filter((item) => item.state === 'inspected').length,
    behind,
  };
}
