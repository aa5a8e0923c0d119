import { addWorkingDays, onOrBeforeWorkingDay, type WorkingCalendar } from './calendar.js';
import { addDays, isoWeekday, type LocalDate } from './localDate.js';
import type { MilestoneId } from './milestones.js';

/** The fieldwork weeks of a plan as it is, each day a working day. */
export interface FieldworkWeeks {
  weekOneFrom: LocalDate;
  /** The last working day of week one: a bank holiday Friday brings it back. */
  weekOneTo: LocalDate;
  /** The first day of week two, as planned: Monday, or the day after a bank holiday Monday. */
  weekTwoFrom: LocalDate;
  /** The working day after it (the fixed meetings of the second day, §5.2). */
  weekTwoSecondDay: LocalDate;
  weekTwoTo: LocalDate;
  /** Whether week two starts on a Monday, on site from Monday afternoon (§5.1). */
  weekTwoStartsOnMonday: boolean;
}

/**
 * The fieldwork weeks from the plan's dates (issue 18, section 2: a notice once said week one ran
 * to "Friday 25 December 2026"): week one from its first day to the last working day of its week,
 * week two from its first day to the end of fieldwork.
 */
export function fieldworkWeeksOf(
  dates: Pick<Record<MilestoneId, LocalDate>, 'fieldworkWeek1Start' | 'fieldworkWeek2Start' | 'fieldworkEnd'>,
  calendar: WorkingCalendar,
): FieldworkWeeks {
  const weekOneFrom = dates.fieldworkWeek1Start;
  const friday = addDays(weekOneFrom, 5 - isoWeekday(weekOneFrom));
  const lastWorking = onOrBeforeWorkingDay(calendar, friday);
  const weekTwoFrom = dates.fieldworkWeek2Start;
  const second = addWorkingDays(calendar, weekTwoFrom, 1);
  return {
    weekOneFrom,
    weekOneTo: lastWorking < weekOneFrom ? weekOneFrom : lastWorking,
    weekTwoFrom,
    weekTwoSecondDay: second > dates.fieldworkEnd ? dates.fieldworkEnd : second,
    weekTwoTo: dates.fieldworkEnd,
    weekTwoStartsOnMonday: isoWeekday(weekTwoFrom) === 1,
  };
}
