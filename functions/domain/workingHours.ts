import { onOrAfterWorkingDay, addWorkingDays, type WorkingCalendar } from './calendar.js';
import { ukDateOf, ukInstant } from './localDate.js';

/** The working day, UK local time ("HH:MM"): when a person's change may make a notice go at once. */
export interface WorkingHours {
  start: string;
  end: string;
}

/** 09:00 to 17:00 (a default chosen: the manual gives no hours). */
export const DEFAULT_WORKING_HOURS: WorkingHours = { start: '09:00', end: '17:00' };

const UK_CLOCK = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "09:00-17:00" as working hours, or undefined if it is not two times, the first before the second. */
export function parseWorkingHours(value: string): WorkingHours | undefined {
  const match = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]):([0-5]\d)$/.exec(value.trim());
  if (!match) return undefined;
  const [start, end] = value.trim().split('-') as [string, string];
  return start < end ? { start, end } : undefined;
}

/**
 * When a notice that a person's change makes due goes (issue 18, section 1): at once within working
 * hours on a working day; before they start on a working day, at their start that day; otherwise at
 * their start on the next working day. UK local time, across clock changes.
 */
export function whenChangeNoticeGoes(calendar: WorkingCalendar, hours: WorkingHours, at: Date): Date {
  const day = ukDateOf(at);
  const time = UK_CLOCK.format(at);
  if (calendar.isWorkingDay(day)) {
    if (time >= hours.start && time < hours.end) return at;
    if (time < hours.start) return new Date(ukInstant(day, hours.start));
  }
  const next = calendar.isWorkingDay(day) ? addWorkingDays(calendar, day, 1) : onOrAfterWorkingDay(calendar, day);
  return new Date(ukInstant(next, hours.start));
}
