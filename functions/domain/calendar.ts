import Holidays from 'date-holidays';
import { addDays, isoWeekday, yearOf, type LocalDate } from './localDate.js';

/** Which days are working days: the planner's only source of holidays. */
export interface WorkingCalendar {
  /** The bank holiday's name, or undefined when the date is not one. */
  bankHoliday(date: LocalDate): string | undefined;
  isWorkingDay(date: LocalDate): boolean;
}

/**
 * Bank holidays of England and Wales (the same list for both), computed by rule for any
 * year by date-holidays, substitute days and one-off holidays included.
 */
export function englandAndWalesCalendar(): WorkingCalendar {
  const holidays = new Holidays('GB', 'ENG');
  const byYear = new Map<number, Map<string, string>>();

  function holidaysIn(year: number): Map<string, string> {
    let found = byYear.get(year);
    if (!found) {
      found = new Map();
      for (const holiday of holidays.getHolidays(year)) {
        if (holiday.type !== 'public' && holiday.type !== 'bank') continue;
        const date = holiday.date.slice(0, 10);
        if (!found.has(date)) found.set(date, holiday.name);
      }
      byYear.set(year, found);
    }
    return found;
  }

  const bankHoliday = (date: LocalDate): string | undefined => holidaysIn(yearOf(date)).get(date);
  return {
    bankHoliday,
    isWorkingDay: (date) => isoWeekday(date) <= 5 && bankHoliday(date) === undefined,
  };
}

/** `date` itself if it is a working day, otherwise the next one. */
export function onOrAfterWorkingDay(calendar: WorkingCalendar, date: LocalDate): LocalDate {
  let day = date;
  while (!calendar.isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

/** `date` itself if it is a working day, otherwise the last one before it. */
export function onOrBeforeWorkingDay(calendar: WorkingCalendar, date: LocalDate): LocalDate {
  let day = date;
  while (!calendar.isWorkingDay(day)) day = addDays(day, -1);
  return day;
}

/**
 * Counts `count` working days from `date`, forwards when positive and backwards when
 * negative, not counting `date` itself.
 */
export function addWorkingDays(calendar: WorkingCalendar, date: LocalDate, count: number): LocalDate {
  const step = count < 0 ? -1 : 1;
  let day = date;
  for (let left = Math.abs(count); left > 0;) {
    day = addDays(day, step);
    if (calendar.isWorkingDay(day)) left -= 1;
  }
  return day;
}

/** Why a day is not a working day, for a warning a person reads (in English; nonWorkingDays.ts says it in either language). */
export function nonWorkingReason(calendar: WorkingCalendar, date: LocalDate): string {
  const holiday = calendar.bankHoliday(date);
  if (holiday) return `a bank holiday (${holiday})`;
  return isoWeekday(date) === 6 ? 'a Saturday' : 'a Sunday';
}

/** Whether a date falls over Christmas and New Year (24 December to 1 January): warned of, never refused. */
export const isChristmas = (date: LocalDate): boolean => date.slice(5) >= '12-24' || date.slice(5) === '01-01';
