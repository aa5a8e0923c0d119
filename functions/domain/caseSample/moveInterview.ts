import type { WorkingCalendar } from '../calendar.js';
import { addDays, formatLongDate, localDateProblem, type LocalDate } from '../localDate.js';
import { formatTimeOfDay } from '../timeOfDay.js';
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
}): { ok: true; interviews: Interview[]; moved: Interview } | { ok: false; why: string } {
  const settings = input.settings ?? DEFAULT_SCHEDULE_SETTINGS;
  const current = input.interviews.find((interview) => interview.crn === input.crn);
  if (!current) return { ok: false, why: `case ${input.crn} has no interview in the schedule` };
  const dateProblem = localDateProblem(input.to.date);
  if (dateProblem) return { ok: false, why: `the new date ${dateProblem}` };
  const date = input.to.date as LocalDate;
  const week = Array.from({ length: 5 }, (_, index) => addDays(input.fieldworkStart, index));
  const days = week.filter((day) => input.calendar.isWorkingDay(day));
  if (!week.includes(date)) {
    return {
      ok: false,
      why: `${formatLongDate(date)} is not in fieldwork week one (${formatLongDate(week[0] as LocalDate)} to ${formatLongDate(week[4] as LocalDate)})`,
    };
  }
  if (!days.includes(date)) return { ok: false, why: `${formatLongDate(date)} is not a working day` };
  const briefingEnds = minutesOf(settings.briefingStart) + settings.briefingMinutes;
  const slots = settings.slots.filter((slot) => date !== days[0] || minutesOf(slot) >= briefingEnds);
  if (!slots.includes(input.to.start)) {
    return {
      ok: false,
      why: `interviews on ${formatLongDate(date)} start at ${slots.map((slot) => formatTimeOfDay(slot)).join(', ')}`,
    };
  }
  const others = input.interviews.filter((interview) => interview.crn !== input.crn);
  const practitioner = input.practitionerOf(input.crn);
  const sameTime = others.filter((interview) => interview.date === date && interview.start === input.to.start);
  if (sameTime.some((interview) => input.practitionerOf(interview.crn) === practitioner)) {
    return {
      ok: false,
      why: `the practitioner already has an interview at ${formatTimeOfDay(input.to.start)} on ${formatLongDate(date)}`,
    };
  }
  const free = (inspector: string) =>
    !sameTime.some((interview) => interview.inspector === inspector) &&
    others.filter((interview) => interview.inspector === inspector && interview.date === date).length <
      settings.maxCasesPerInspectorPerDay;
  const inspector = [current.inspector, ...input.inspectors.filter((email) => email !== current.inspector)].find(free);
  if (!inspector) {
    return {
      ok: false,
      why: `no inspector is free at ${formatTimeOfDay(input.to.start)} on ${formatLongDate(date)} with fewer than ${settings.maxCasesPerInspectorPerDay} cases that day`,
    };
  }
  const moved: Interview = { crn: input.crn, inspector, date, start: input.to.start };
  const interviews = [...others, moved].sort((a, b) =>
    a.date + a.start + a.inspector < b.date + b.start + b.inspector ? -1 : 1,
  );
  return { ok: true, interviews, moved };
}

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
