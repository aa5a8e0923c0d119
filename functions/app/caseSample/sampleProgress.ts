import { ukTimeOf } from '../../domain/alertSchedule.js';
import { onOrBeforeWorkingDay, type WorkingCalendar } from '../../domain/calendar.js';
import { weekOneProgress, type WeekOneProgress } from '../../domain/caseSample/caseTracking.js';
import { addDays, ukDateOf, type LocalDate } from '../../domain/localDate.js';
import type { CaseSampleRecord } from '../../ports/caseSampleRecords.js';
import { sampleDigestOf, type SampleDigest } from '../../ports/digests.js';
import { movedWithFieldwork } from './currentSample.js';

/** Week one's progress of an issued sample at `now`: cases inspected of those in the sample, and those behind. */
export function sampleProgress(
  record: CaseSampleRecord,
  fieldworkStart: LocalDate,
  now: Date,
  calendar: WorkingCalendar,
): WeekOneProgress {
  return digestProgress(sampleDigestOf(record), fieldworkStart, now, calendar);
}

/**
 * The same from the sample's digest (kept on the inspection's record): each interview moved with
 * fieldwork as interviewsNow moves it, one that would fall on a day that is not a working day
 * left without a slot.
 */
export function digestProgress(
  digest: SampleDigest,
  fieldworkStart: LocalDate,
  now: Date,
  calendar: WorkingCalendar,
): WeekOneProgress {
  const { drawnFor } = digest;
  const moved = drawnFor !== undefined && drawnFor !== fieldworkStart;
  return weekOneProgress(
    digest.cases.map(({ crn, state, interview }) => {
      const date = interview && moved ? movedWithFieldwork(interview.date, drawnFor, fieldworkStart) : interview?.date;
      const placed = interview && date && (!moved || calendar.isWorkingDay(date));
      return { crn, state, ...(placed ? { interview: { date, start: interview.start } } : {}) };
    }),
    {
      today: ukDateOf(now),
      time: ukTimeOf(now),
      weekOneEnds: onOrBeforeWorkingDay(calendar, addDays(fieldworkStart, 4)),
    },
  );
}
