import { ukTimeOf } from '../../domain/alertSchedule.js';
import { onOrBeforeWorkingDay, type WorkingCalendar } from '../../domain/calendar.js';
import { weekOneProgress, type WeekOneProgress } from '../../domain/caseSample/caseTracking.js';
import { addDays, ukDateOf, type LocalDate } from '../../domain/localDate.js';
import type { CaseSampleRecord } from '../../ports/caseSampleRecords.js';
import { caseStateOf, currentCases, interviewsNow } from './currentSample.js';

/** Week one's progress of an issued sample at `now`: cases inspected of those in the sample, and those behind. */
export function sampleProgress(
  record: CaseSampleRecord,
  fieldworkStart: LocalDate,
  now: Date,
  calendar: WorkingCalendar,
): WeekOneProgress {
  const interviews = new Map(interviewsNow(record, fieldworkStart, calendar).interviews.map((i) => [i.crn, i]));
  return weekOneProgress(
    currentCases(record).map((item) => {
      const interview = interviews.get(item.crn);
      return {
        crn: item.crn,
        state: caseStateOf(record, item.crn),
        ...(interview ? { interview: { date: interview.date as LocalDate, start: interview.start } } : {}),
      };
    }),
    {
      today: ukDateOf(now),
      time: ukTimeOf(now),
      weekOneEnds: onOrBeforeWorkingDay(calendar, addDays(fieldworkStart, 4)),
    },
  );
}
