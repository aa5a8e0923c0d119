import { isoWeekday, type LocalDate } from './localDate.js';
import type { WorkingCalendar } from './calendar.js';
import { said, type Said, type SaidKey, type SaidValue } from './messages/said.js';

/** Days off in words of the catalogue (kept apart from calendar.ts, which the catalogue's formats use). */

/** The bank holidays' names (as date-holidays gives them) in the catalogue, to be named in Welsh too. */
const HOLIDAY_NAMES: Readonly<Record<string, SaidKey>> = {
  "New Year's Day": 'dates.holiday.newYear',
  "New Year's Day (substitute day)": 'dates.holiday.newYearSubstitute',
  'Good Friday': 'dates.holiday.goodFriday',
  'Easter Monday': 'dates.holiday.easterMonday',
  'Early May bank holiday': 'dates.holiday.earlyMay',
  'Early May bank holiday (VE day)': 'dates.holiday.earlyMayVe',
  'Spring bank holiday': 'dates.holiday.spring',
  'Summer bank holiday': 'dates.holiday.summer',
  'Christmas Day': 'dates.holiday.christmas',
  'Christmas Day (substitute day)': 'dates.holiday.christmasSubstitute',
  'Boxing Day': 'dates.holiday.boxingDay',
  'Boxing Day (substitute day)': 'dates.holiday.boxingDaySubstitute',
  'Queen’s Platinum Jubilee': 'dates.holiday.platinumJubilee',
  "Queen Elizabeth's Funeral Day": 'dates.holiday.queensFuneral',
  "King Charles III's Coronation": 'dates.holiday.coronation',
};

/** A bank holiday's name as a message value: named in the reader's language where the catalogue knows it. */
export const holidayName = (name: string): SaidValue => {
  const key = HOLIDAY_NAMES[name];
  return key ? said(key) : name;
};

/** Why a day is not a working day ("a bank holiday (Christmas Day)", "a Saturday"), in words of the catalogue. */
export function nonWorkingSaid(calendar: WorkingCalendar, date: LocalDate): Said {
  const holiday = calendar.bankHoliday(date);
  if (holiday) return said('dates.nonWorking.bankHoliday', { holiday: holidayName(holiday) });
  return said(isoWeekday(date) === 6 ? 'dates.nonWorking.saturday' : 'dates.nonWorking.sunday');
}
