import type { WorkingCalendar } from '../../domain/calendar.js';
import { addDays, type LocalDate } from '../../domain/localDate.js';
import { english, said, type Said } from '../../domain/messages/said.js';
import type { CaseSampleRecord } from '../../ports/caseSampleRecords.js';
import { caseStateOf, currentCases } from '../../ports/digests.js';

type DrawnCaseRecord = NonNullable<CaseSampleRecord['sample']>['sampled'][number];

// What a sample says of its cases, shared with the digest the stores keep (ports/digests.ts).
export { caseStateOf, currentCases };

/** The cases excluded on the lead's decision, as drawn (or as they came in from the reserve). */
export function excludedCases(record: CaseSampleRecord): DrawnCaseRecord[] {
  const excluded = new Set((record.replacements ?? []).map((item) => item.excluded));
  const everyCase = [
    ...(record.sample?.sampled ?? []),
    ...(record.replacements ?? []).flatMap((item) => (item.replacement ? [item.replacement] : [])),
  ];
  return everyCase.filter((item) => excluded.has(item.crn));
}

type Interviews = NonNullable<CaseSampleRecord['schedule']>['interviews'];

/**
 * The interviews as they stand for the inspection's fieldwork now: a sample issued before fieldwork
 * moved keeps its cases, and each interview moves by as many weeks as fieldwork did; one that would
 * fall on a day that is not a working day is left without a slot, saying why, for the lead to place.
 */
export function interviewsNow(
  record: CaseSampleRecord,
  fieldworkStart: LocalDate,
  calendar: WorkingCalendar,
): { interviews: Interviews; unplaced: { crn: string; why: string; said?: Said }[] } {
  const schedule = record.schedule;
  if (!schedule) return { interviews: [], unplaced: [] };
  const drawnFor = schedule.fieldworkStart ?? record.longList?.fieldworkStart;
  if (!drawnFor || drawnFor === fieldworkStart) return { interviews: schedule.interviews, unplaced: schedule.unplaced };
  const interviews: Interviews = [];
  const unplaced: { crn: string; why: string; said?: Said }[] = [...schedule.unplaced];
  for (const interview of schedule.interviews) {
    const date = movedWithFieldwork(interview.date as LocalDate, drawnFor, fieldworkStart);
    if (calendar.isWorkingDay(date)) interviews.push({ ...interview, date });
    else {
      const why = said('sample.schedule.fieldworkMoved', { date });
      unplaced.push({ crn: interview.crn, why: english(why), said: why });
    }
  }
  return { interviews, unplaced };
}

/** An interview's date set for fieldwork from `drawnFor`, moved by as many days as fieldwork has moved since. */
export function movedWithFieldwork(date: LocalDate, drawnFor: LocalDate, fieldworkStart: LocalDate): LocalDate {
  return addDays(date, Math.round((Date.parse(fieldworkStart) - Date.parse(drawnFor)) / 86_400_000));
}
