import { BANK_HOLIDAYS_BY_YEAR, BANK_HOLIDAY_NAMES } from './bankHolidays.generated.js';
import { addDays, isoWeekday, yearOf, type LocalDate } from './localDate.js';

/** Which days are working days: the planner's only source of holidays. */
export interface WorkingCalendar {
  /** The bank holiday's name, or undefined when the date is not one. */
  bankHoliday(date: LocalDate): string | undefined;
  isWorkingDay(date: LocalDate): boolean;
}

/**
 * Bank holidays of England and Wales (the same list for both), substitute days and one-off
 * holidays included, as date-holidays computes them by rule: taken from a table generated from it
 * (bankHolidays.generated.ts) for every year a date may be in and the years either side, so that
 * each function carries a few kilobytes instead of every country's rules.
 */
export function englandAndWalesCalendar(): WorkingCalendar {
  const byYear = new Map<number, Map<string, string>>();

  function holidaysIn(year: number): Map<string, string> {
    let found = byYear.get(year);
    if (!found) {
      const days = BANK_HOLIDAYS_BY_YEAR[year];
      if (days === undefined)
        throw new RangeError(`bank holidays are known for ${FIRST_KNOWN_YEAR} to ${LAST_KNOWN_YEAR}, not ${year}`);
      found = new Map(
        days.split(',').map((day) => {
          const [monthDay = '', name = ''] = day.split('=');
          return [`${String(year).padStart(4, '0')}-${monthDay}`, BANK_HOLIDAY_NAMES[Number(name)] ?? ''];
        }),
      );
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

const KNOWN_YEARS = Object.keys(BANK_HOLIDAYS_BY_YEAR).map(Number);
const FIRST_KNOWN_YEAR = Math.min(...KNOWN_YEARS);
const LAST_KNOWN_YEAR = Math.max(...KNOWN_YEARS);

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
