import type { WorkingCalendar } from '../calendar.js';
import { addDays, type LocalDate } from '../localDate.js';
import { english, said, type Said } from '../messages/said.js';

/**
 * The provisional schedule of practitioner interviews for fieldwork week one (§5.1, §6.1, §3.7):
 * each sampled case given an inspector and a 60-minute slot.
 *
 * The manual gives no working hours, interview times or cases per inspector a day; the defaults
 * (README, configurable): interviews start every hour from 09:30 to 15:30, none on the first day
 * before the leadership briefing ends (09:30, 45 minutes and 30 for questions), at most two cases
 * a day per inspector, none on a bank holiday, and never on a day the practitioner is away.
 *
 * 1. The days are the working days of the week that fieldwork starts.
 * 2. Cases whose practitioners have the fewest days free are placed first (the hardest to place).
 * 3. Each takes the earliest slot, on the least busy day it can, with the inspector who has the
 *    fewest cases so far and has room that day and is free at that time.
 * 4. A case that fits nowhere is listed with why, in words: never dropped, never double-booked.
 */

export const INSPECTOR_ROLES = ['lead-inspector', 'assistant-inspector', 'local-assessor'] as const;
export type InspectorRole = (typeof INSPECTOR_ROLES)[number];

export interface Inspector {
  name: string;
  email: string;
  role: InspectorRole;
}

export interface ScheduleSettings {
  /** Interview start times, UK local, HH:MM. */
  slots: readonly string[];
  /** When the leadership briefing starts on the first day, and how long it lasts with questions. */
  briefingStart: string;
  briefingMinutes: number;
  maxCasesPerInspectorPerDay: number;
  interviewMinutes: number;
}

export const DEFAULT_SCHEDULE_SETTINGS: ScheduleSettings = {
  slots: ['09:30', '10:30', '11:30', '12:30', '13:30', '14:30', '15:30'],
  briefingStart: '09:30',
  briefingMinutes: 75,
  maxCasesPerInspectorPerDay: 2,
  interviewMinutes: 60,
};

export interface CaseToSchedule {
  crn: string;
  /** One key per practitioner (a staff id or email). */
  practitionerKey: string;
  practitionerName: string;
  /** Days the practitioner cannot be interviewed. */
  unavailable: readonly LocalDate[];
}

export interface Interview {
  crn: string;
  inspector: string;
  date: LocalDate;
  start: string;
}

export interface InterviewSchedule {
  days: LocalDate[];
  interviews: Interview[];
  /** Cases with no slot, and why (in English, and as a catalogue entry for the pages). */
  unplaced: { crn: string; why: string; said: Said }[];
}

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

export function scheduleInterviews(input: {
  fieldworkStart: LocalDate;
  cases: readonly CaseToSchedule[];
  inspectors: readonly Inspector[];
  calendar: WorkingCalendar;
  settings?: ScheduleSettings;
}): InterviewSchedule {
  const settings = input.settings ?? DEFAULT_SCHEDULE_SETTINGS;
  const week = Array.from({ length: 5 }, (_, index) => addDays(input.fieldworkStart, index));
  const days = week.filter((date) => input.calendar.isWorkingDay(date));
  const firstDay = days[0];
  const briefingEnds = minutesOf(settings.briefingStart) + settings.briefingMinutes;
  const slotsOn = (date: LocalDate) =>
    settings.slots.filter((slot) => date !== firstDay || minutesOf(slot) >= briefingEnds);

  const interviews: Interview[] = [];
  const unplaced: InterviewSchedule['unplaced'] = [];
  const taken = new Set<string>();
  const practitionerBusy = new Set<string>();
  const perInspectorDay = new Map<string, number>();
  const perInspector = new Map<string, number>();
  const perDay = new Map<LocalDate, number>();

  if (input.inspectors.length === 0) {
    return {
      days,
      interviews,
      unplaced: input.cases.map((item) => {
        const why = said('sample.schedule.noInspector');
        return { crn: item.crn, why: english(why), said: why };
      }),
    };
  }

  const freeDays = (item: CaseToSchedule) => days.filter((date) => !item.unavailable.includes(date));
  const ordered = [...input.cases].sort(
    (a, b) => freeDays(a).length - freeDays(b).length || (a.crn < b.crn ? -1 : a.crn > b.crn ? 1 : 0),
  );
  for (const item of ordered) {
    const open = freeDays(item).sort((a, b) => (perDay.get(a) ?? 0) - (perDay.get(b) ?? 0) || (a < b ? -1 : 1));
    let placed: Interview | undefined;
    for (const date of open) {
      for (const start of slotsOn(date)) {
        if (practitionerBusy.has(`${item.practitionerKey}|${date}|${start}`)) continue;
        const inspector = [...input.inspectors]
          .filter(
            (person) => (perInspectorDay.get(`${person.email}|${date}`) ?? 0) < settings.maxCasesPerInspectorPerDay,
          )
          .filter((person) => !taken.has(`${person.email}|${date}|${start}`))
          .sort((a, b) => (perInspector.get(a.email) ?? 0) - (perInspector.get(b.email) ?? 0))[0];
        if (!inspector) continue;
        placed = { crn: item.crn, inspector: inspector.email, date, start };
        break;
      }
      if (placed) break;
    }
    if (!placed) {
      const why = whyUnplaced(item, days, input.inspectors.length, settings);
      unplaced.push({ crn: item.crn, why: english(why), said: why });
      continue;
    }
    interviews.push(placed);
    taken.add(`${placed.inspector}|${placed.date}|${placed.start}`);
    practitionerBusy.add(`${item.practitionerKey}|${placed.date}|${placed.start}`);
    perInspectorDay.set(
      `${placed.inspector}|${placed.date}`,
      (perInspectorDay.get(`${placed.inspector}|${placed.date}`) ?? 0) + 1,
    );
    perInspector.set(placed.inspector, (perInspector.get(placed.inspector) ?? 0) + 1);
    perDay.set(placed.date, (perDay.get(placed.date) ?? 0) + 1);
  }
  interviews.sort((a, b) => (a.date + a.start + a.inspector < b.date + b.start + b.inspector ? -1 : 1));
  return { days, interviews, unplaced };
}

/** Why a case fits no slot of week one, as a catalogue entry. */
export function whyUnplaced(
  item: CaseToSchedule,
  days: readonly LocalDate[],
  inspectors: number,
  settings: ScheduleSettings = DEFAULT_SCHEDULE_SETTINGS,
): Said {
  const free = days.filter((date) => !item.unavailable.includes(date));
  if (days.length === 0) return said('sample.schedule.noWorkingDay');
  if (free.length === 0) {
    return said('sample.schedule.awayAllWeek', { name: item.practitionerName, days: [...days] });
  }
  const capacity = inspectors * settings.maxCasesPerInspectorPerDay;
  return said('sample.schedule.full', {
    max: settings.maxCasesPerInspectorPerDay,
    name: item.practitionerName,
    days: free,
    inspectors,
    capacity,
  });
}
