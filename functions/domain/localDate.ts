import { DateTime } from 'luxon';

/** A calendar date in the UK, written YYYY-MM-DD. It has no time and no zone. */
export type LocalDate = string & { readonly __localDate: unique symbol };

export const UK_TIME_ZONE = 'Europe/London';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** What is wrong with a string as a date: not written YYYY-MM-DD, no such day, or a year out of range. */
export type DateFault = 'format' | 'unreal' | 'years';

/** Why a string is not a usable date, or undefined when it is one (worded by domain/dateProblem.ts). */
export function localDateFault(value: string): DateFault | undefined {
  const match = ISO_DATE.exec(value);
  if (!match) return 'format';
  if (!DateTime.fromISO(value, { zone: 'utc' }).isValid) return 'unreal';
  const year = Number(match[1]);
  return year < MIN_YEAR || year > MAX_YEAR ? 'years' : undefined;
}

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

/** Trusts its caller: use only on strings that `localDateFault` accepted, or that this module made. */
export function asLocalDate(value: string): LocalDate {
  return value as LocalDate;
}

function toDateTime(date: LocalDate): DateTime {
  return DateTime.fromISO(date, { zone: 'utc' });
}

function fromDateTime(value: DateTime): LocalDate {
  return value.toISODate() as LocalDate;
}

const DAY_MS = 86_400_000;

// Day steps are the planner's hot path: plain UTC arithmetic on the date's midnight is exact
// (UTC has no clock changes) and far cheaper than a zoned date object per step.
function utcMidnight(date: LocalDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return new Date(utcMidnight(date) + days * DAY_MS).toISOString().slice(0, 10) as LocalDate;
}

/** ISO weekday: 1 is Monday, 7 is Sunday. */
export function isoWeekday(date: LocalDate): number {
  return ((new Date(utcMidnight(date)).getUTCDay() + 6) % 7) + 1;
}

export function yearOf(date: LocalDate): number {
  return Number(date.slice(0, 4));
}

const longDates = new Map<string, string>();

/** "Monday 2 March 2026" (remembered: every notice writes out every date of its plan). */
export function formatLongDate(date: LocalDate, locale = 'en-GB'): string {
  const key = `${locale}|${date}`;
  let text = longDates.get(key);
  if (text === undefined) {
    text = toDateTime(date).setLocale(locale).toFormat('cccc d LLLL yyyy');
    longDates.set(key, text);
  }
  return text;
}

/** "Mon 2 Mar 2026" */
export function formatShortDate(date: LocalDate): string {
  return toDateTime(date).setLocale('en-GB').toFormat('ccc d LLL yyyy');
}

export function weekdayName(date: LocalDate): string {
  return toDateTime(date).setLocale('en-GB').toFormat('cccc');
}

/** The Monday of the week holding `date`. */
export function mondayOf(date: LocalDate): LocalDate {
  return addDays(date, 1 - isoWeekday(date));
}

/**
 * The instant at which a UK wall-clock time falls on a UK date, as an ISO UTC string.
 * 09:00 on a summer date is 08:00Z; on a winter date it is 09:00Z.
 */
export function ukInstant(date: LocalDate, time: string): string {
  const local = DateTime.fromISO(`${date}T${time}`, { zone: UK_TIME_ZONE });
  return local.toUTC().toISO({ suppressMilliseconds: true }) as string;
}

/** The UK date on which an instant falls. */
export function ukDateOf(instant: Date): LocalDate {
  return fromDateTime(DateTime.fromJSDate(instant, { zone: UK_TIME_ZONE }));
}
