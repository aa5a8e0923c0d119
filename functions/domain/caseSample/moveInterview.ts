import type { WorkingCalendar } from '../calendar.js';
import { dateProblem } from '../dateProblem.js';
import { addDays, type LocalDate } from '../localDate.js';
import { english, said, type Said, type SaidKey, type SaidValue } from '../messages/said.js';
import { DEFAULT_SCHEDULE_SETTINGS, type Interview, type ScheduleSettings } from './interviewSchedule.js';

/**
 * An interview moved to another slot of week one, as the lead approves a region's request (§5.1):
 * the same inspector if free then, else another on the team with room that day; never on a
 * bank holiday or before the Monday briefing ends, never double-booking a practitioner or an
 * inspector. Or why it cannot move there, in words.
 */
export function moveInterview(input: {
  interviews: readonly Interview[];
  crn: string;
  to: { date: string; start: string };
  fieldworkStart: LocalDate;
  /** Each case's practitioner key, so that one practitioner is never in two interviews at once. */
  practitionerOf: (crn: string) => string;
  inspectors: readonly string[];
  calendar: WorkingCalendar;
  settings?: ScheduleSettings;
}): { ok: true; interviews: Interview[]; moved: Interview } | { ok: false; why: string; said: Said } {
  const refused = (key: SaidKey, values: Record<string, SaidValue>) => {
    const why = said(key, values);
    return { ok: false as const, why: english(why), said: why };
  };
  const settings = input.settings ?? DEFAULT_SCHEDULE_SETTINGS;
  const current = input.interviews.find((interview) => interview.crn === input.crn);
  if (!current) return refused('sample.move.noInterview', { crn: input.crn });
  const badDate = dateProblem(input.to.date);
  if (badDate) return refused('sample.move.badDate', { problem: badDate });
  const date = input.to.date as LocalDate;
  const week = Array.from({ length: 5 }, (_, index) => addDays(input.fieldworkStart, index));
  const days = week.filter((day) => input.calendar.isWorkingDay(day));
  if (!week.includes(date)) {
    return refused('sample.move.notWeekOne', { date, from: week[0] as LocalDate, to: week[4] as LocalDate });
  }
  if (!days.includes(date)) return refused('sample.move.notWorkingDay', { date });
  const briefingEnds = minutesOf(settings.briefingStart) + settings.briefingMinutes;
  const slots = settings.slots.filter((slot) => date !== days[0] || minutesOf(slot) >= briefingEnds);
  if (!slots.includes(input.to.start)) {
    return refused('sample.move.slots', { date, slots });
  }
  const others = input.interviews.filter((interview) => interview.crn !== input.crn);
  const practitioner = input.practitionerOf(input.crn);
  const sameTime = others.filter((interview) => interview.date === date && interview.start === input.to.start);
  if (sameTime.some((interview) => input.practitionerOf(interview.crn) === practitioner)) {
    return refused('sample.move.practitionerBusy', { start: input.to.start, date });
  }
  const free = (inspector: string) =>
    !sameTime.some((interview) => interview.inspector === inspector) &&
    others.filter((interview) => interview.inspector === inspector && interview.date === date).length <
      settings.maxCasesPerInspectorPerDay;
  const inspector = [current.inspector, ...input.inspectors.filter((email) => email !== current.inspector)].find(free);
  if (!inspector) {
    return refused('sample.move.noInspectorFree', {
      start: input.to.start,
      date,
      max: settings.maxCasesPerInspectorPerDay,
    });
  }
  const moved: Interview = { crn: input.crn, inspector, date, start: input.to.start };
  const interviews = [...others, moved].sort((a, b) =>
    a.date + a.start + a.inspector < b.date + b.start + b.inspector ? -1 : 1,
  );
  return { ok: true, interviews, moved };
}

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
