import * as z from 'zod/mini';
import { isChristmas, onOrAfterWorkingDay, type WorkingCalendar } from '../calendar.js';
import { holidayName } from '../nonWorkingDays.js';
import { addDays, asLocalDate, mondayOf, yearOf, type LocalDate } from '../localDate.js';
import { english, said, type Said } from '../messages/said.js';
import type { InspectionPlan } from '../planner.js';
import { zodMessage } from '../validation.js';
import { DEFAULT_REPORT_SETTINGS, planReportStages, type StageId } from '../report/reportStages.js';

/**
 * Clashes across the whole programme (issue 15), week by week: one person on two fieldworks at once,
 * more inspections in fieldwork or more reports in editing than the inspectorate can staff, and
 * fieldwork in a week with a bank holiday, at Christmas or at Easter. Planning or moving an
 * inspection shows `clashesIntroducedBy` and asks the administrator to confirm.
 */

const capacity = (key: 'dates.capacity.inspections' | 'dates.capacity.reports') => {
  const error = () => zodMessage(key, { least: 1, most: 12 });
  // Not a number and not a whole number say the same, so one schema gives both.
  return z.int({ error }).check(z.gte(1, { error }), z.lte(12, { error }));
};

/**
 * How much the inspectorate can do at once. The manual gives no figure; the defaults are
 * assumptions an administrator may change (the README gives the reasons).
 */
export const programmeSettingsSchema = z.strictObject({
  /**
   * Inspections on site (fieldwork week one or two) in the same week. Default 2: each needs a
   * lead, a deputy lead and a team of case inspectors on site; the review week between is not
   * counted.
   */
  fieldworkCapacity: z._default(capacity('dates.capacity.inspections'), 2),
  /**
   * Reports in contract or strategic editing in the same week. Default 2: strategic editing is
   * done by the Head or the Deputy Head of Programme, one report each.
   */
  editingCapacity: z._default(capacity('dates.capacity.reports'), 2),
});

export type ProgrammeSettings = z.infer<typeof programmeSettingsSchema>;
export const DEFAULT_PROGRAMME_SETTINGS: ProgrammeSettings = programmeSettingsSchema.parse({});

export interface ProgrammePerson {
  name: string;
  email: string;
}

/** One inspection as the programme sees it. */
export interface ProgrammeInspection {
  id: string;
  region: string;
  /** The Monday that starts fieldwork week one. */
  fieldworkStart: LocalDate;
  /** The last day of fieldwork week two. */
  fieldworkEnd: LocalDate;
  people: { lead?: ProgrammePerson | undefined; deputyLead?: ProgrammePerson | undefined };
  /** First and last working days of contract and strategic editing, planned or forecast. */
  editing?: { from: LocalDate; to: LocalDate } | undefined;
}

/**
 * An inspection for the programme from its plan, with its report stages' dates as planned, or as
 * forecast when given (`expectedDone` of each stage forecast, say).
 */
export function programmeInspection(
  id: string,
  plan: InspectionPlan,
  people: ProgrammeInspection['people'],
  calendar: WorkingCalendar,
  reportStages?: readonly { id: StageId; due: LocalDate }[],
): ProgrammeInspection {
  const stages = reportStages ?? planReportStages(plan, calendar, DEFAULT_REPORT_SETTINGS).stages;
  const dueOf = (stageId: StageId) => stages.find((stage) => stage.id === stageId)?.due;
  const draft = dueOf('firstDraft');
  const edited = dueOf('strategicEditing');
  const from = draft && onOrAfterWorkingDay(calendar, addDays(draft, 1));
  return {
    id,
    region: plan.region,
    fieldworkStart: plan.fieldworkStart,
    fieldworkEnd: plan.fieldworkEnd,
    people,
    editing: from && edited ? { from, to: edited < from ? from : edited } : undefined,
  };
}

export const CLASH_KINDS = [
  'person-on-two-fieldworks',
  'fieldwork-over-capacity',
  'editing-over-capacity',
  'christmas-week',
  'easter-week',
  'bank-holiday-week',
] as const;
export type ClashKind = (typeof CLASH_KINDS)[number];

export interface Clash {
  kind: ClashKind;
  /** The Monday of the week it happens (the first week, for a person on two fieldworks). */
  week: LocalDate;
  /** In id order. */
  inspectionIds: string[];
  /** The person's email, in lower case, for a person on two fieldworks. */
  person?: string;
  /** In English. */
  message: string;
  /** The same, as said (for a page to word in its language). */
  said: Said;
}

const withSaid = <T extends object>(clash: T, message: Said): T & { message: string; said: Said } => ({
  ...clash,
  message: english(message),
  said: message,
});

/** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
export function easterSunday(year: number): LocalDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return asLocalDate(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
}

/** From Good Friday to Easter Monday. */
export function isEaster(date: LocalDate): boolean {
  const sunday = easterSunday(yearOf(date));
  return date >= addDays(sunday, -2) && date <= addDays(sunday, 1);
}

const weekdaysOf = (monday: LocalDate) => [0, 1, 2, 3, 4].map((offset) => addDays(monday, offset));

/** The Mondays of the weeks from the one holding `from` to the one holding `to`. */
function weeksBetween(from: LocalDate, to: LocalDate): LocalDate[] {
  const weeks: LocalDate[] = [];
  for (let monday = mondayOf(from); monday <= to; monday = addDays(monday, 7)) weeks.push(monday);
  return weeks;
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const named = (inspection: ProgrammeInspection) =>
  said('dates.clash.named', {
    region: inspection.region,
    id: inspection.id,
    from: inspection.fieldworkStart,
    to: inspection.fieldworkEnd,
  });
/** Messages as a list: "a, b and c". */
const list = (items: readonly Said[]): Said | string => {
  const [first, ...rest] = items;
  if (!first) return '';
  if (rest.length === 0) return first;
  if (rest.length === 1) return said('dates.both', { a: first, b: rest[0] as Said });
  return said('dates.comma', { a: first, b: list(rest) });
};

/**
 * Every clash in the programme, in week order. The inspections' order does not matter: each clash
 * names its inspections in id order.
 * 1. a person (lead or deputy lead, by email whatever its case) on two inspections whose fieldworks
 *    overlap: one clash for the pair, in the first week they overlap;
 * 2. more inspections on site (fieldwork week one or two) in one week than `fieldworkCapacity`;
 * 3. more reports in editing in one week than `editingCapacity`;
 * 4. an on-site fieldwork week (one or two) over Christmas and New Year, at Easter (Good Friday to
 *    Easter Monday) or, otherwise, holding a bank holiday: one clash per week, the first that fits.
 */
export function findClashes(
  inspections: readonly ProgrammeInspection[],
  calendar: WorkingCalendar,
  settings: ProgrammeSettings = DEFAULT_PROGRAMME_SETTINGS,
): Clash[] {
  const sorted = [...inspections].sort(byId);
  const clashes: Clash[] = [
    ...peopleOnTwoFieldworks(sorted),
    // On site: weeks one and two (the review week between is the team's own).
    ...overCapacity(sorted, 'fieldwork-over-capacity', settings.fieldworkCapacity, (i) => [
      mondayOf(i.fieldworkStart),
      mondayOf(addDays(i.fieldworkStart, 14)),
    ]),
    ...overCapacity(sorted, 'editing-over-capacity', settings.editingCapacity, (i) =>
      i.editing ? weeksBetween(i.editing.from, i.editing.to) : [],
    ),
    ...sorted.flatMap((inspection) => holidayWeeks(inspection, calendar)),
  ];
  return clashes.sort(
    (a, b) =>
      a.week.localeCompare(b.week) ||
      CLASH_KINDS.indexOf(a.kind) - CLASH_KINDS.indexOf(b.kind) ||
      a.inspectionIds.join('\n').localeCompare(b.inspectionIds.join('\n')) ||
      (a.person ?? '').localeCompare(b.person ?? ''),
  );
}

function peopleOnTwoFieldworks(sorted: readonly ProgrammeInspection[]): Clash[] {
  const clashes: Clash[] = [];
  const team = (inspection: ProgrammeInspection) =>
    new Map(
      [inspection.people.lead, inspection.people.deputyLead]
        .filter((person): person is ProgrammePerson => person !== undefined && person.email.trim() !== '')
        .map((person) => [person.email.trim().toLowerCase(), person] as const),
    );
  sorted.forEach((first, i) => {
    const ours = team(first);
    for (const second of sorted.slice(i + 1)) {
      if (second.fieldworkStart > first.fieldworkEnd || second.fieldworkEnd < first.fieldworkStart) continue;
      const theirs = team(second);
      for (const [email, person] of ours) {
        if (!theirs.has(email)) continue;
        const from = first.fieldworkStart > second.fieldworkStart ? first.fieldworkStart : second.fieldworkStart;
        clashes.push(
          withSaid(
            {
              kind: 'person-on-two-fieldworks' as const,
              week: mondayOf(from),
              inspectionIds: [first.id, second.id],
              person: email,
            },
            said('dates.clash.person', { name: person.name, first: named(first), second: named(second) }),
          ),
        );
      }
    }
  });
  return clashes;
}

function overCapacity(
  sorted: readonly ProgrammeInspection[],
  kind: 'fieldwork-over-capacity' | 'editing-over-capacity',
  limit: number,
  weeksOf: (inspection: ProgrammeInspection) => LocalDate[],
): Clash[] {
  const byWeek = new Map<LocalDate, ProgrammeInspection[]>();
  for (const inspection of sorted) {
    for (const week of weeksOf(inspection)) byWeek.set(week, [...(byWeek.get(week) ?? []), inspection]);
  }
  const key = kind === 'fieldwork-over-capacity' ? 'dates.clash.fieldworkCapacity' : 'dates.clash.editingCapacity';
  return [...byWeek]
    .filter(([, busy]) => busy.length > limit)
    .map(([week, busy]) =>
      withSaid(
        { kind, week, inspectionIds: busy.map((inspection) => inspection.id) },
        said(key, {
          count: busy.length,
          week,
          limit,
          list: busy.map((inspection) => `${inspection.region} (${inspection.id})`),
        }),
      ),
    );
}

function holidayWeeks(inspection: ProgrammeInspection, calendar: WorkingCalendar): Clash[] {
  const weeks = [
    { key: 'dates.clash.weekOne', monday: mondayOf(inspection.fieldworkStart) },
    { key: 'dates.clash.weekTwo', monday: mondayOf(addDays(inspection.fieldworkStart, 14)) },
  ] as const;
  return weeks.flatMap(({ key, monday }): Clash[] => {
    const days = weekdaysOf(monday);
    const holidays = days.flatMap((day) => {
      const holiday = calendar.bankHoliday(day);
      return holiday ? [said('dates.clash.holidayOn', { holiday: holidayName(holiday), day })] : [];
    });
    const where = said(key, { region: inspection.region, id: inspection.id, monday });
    const clash = (kind: ClashKind, message: Said): Clash[] => [
      withSaid({ kind, week: monday, inspectionIds: [inspection.id] }, message),
    ];
    const some = holidays.length > 0;
    if (days.some(isChristmas)) {
      return clash(
        'christmas-week',
        some
          ? said('dates.clash.christmasHolidays', { where, holidays: list(holidays) })
          : said('dates.clash.christmas', { where }),
      );
    }
    if (days.some(isEaster)) {
      return clash(
        'easter-week',
        some
          ? said('dates.clash.easterHolidays', { where, holidays: list(holidays) })
          : said('dates.clash.easter', { where }),
      );
    }
    if (some) return clash('bank-holiday-week', said('dates.clash.bankHoliday', { where, holidays: list(holidays) }));
    return [];
  });
}

/** A clash's identity: the same clash before and after a change has the same key. */
export const clashKey = (clash: Clash): string =>
  [clash.kind, clash.week, clash.person ?? '', ...clash.inspectionIds].join('|');

/**
 * The clashes a change brings: those found after it that were not there before. Planning an
 * inspection passes the programme without it and with it; moving one, with its old and new dates.
 */
export function clashesIntroducedBy(before: readonly Clash[], after: readonly Clash[]): Clash[] {
  const known = new Set(before.map(clashKey));
  return after.filter((clash) => !known.has(clashKey(clash)));
}

/** The kinds of clash that only the programme as a whole shows: too much at once. */
const CAPACITY_KINDS: readonly ClashKind[] = ['fieldwork-over-capacity', 'editing-over-capacity'];

/**
 * The capacity clashes an inspection's new dates bring into the programme (those it was already
 * in are not new): for the person changing the dates to see and confirm.
 */
export function capacityClashesBroughtBy(
  others: readonly ProgrammeInspection[],
  before: ProgrammeInspection,
  after: ProgrammeInspection,
  calendar: WorkingCalendar,
  settings: ProgrammeSettings = DEFAULT_PROGRAMME_SETTINGS,
): Clash[] {
  const capacity = (inspection: ProgrammeInspection) =>
    findClashes([...others, inspection], calendar, settings).filter((clash) => CAPACITY_KINDS.includes(clash.kind));
  return clashesIntroducedBy(capacity(before), capacity(after));
}
