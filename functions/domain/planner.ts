import {
  addWorkingDays,
  englandAndWalesCalendar,
  onOrAfterWorkingDay,
  onOrBeforeWorkingDay,
  type WorkingCalendar,
} from './calendar.js';
import { addDays, mondayOf, ukInstant, weekdayName, type LocalDate } from './localDate.js';
import { english, said, type Said } from './messages/said.js';
import { holidayName, nonWorkingSaid } from './nonWorkingDays.js';
import {
  FIELDWORK_END_OFFSET_DAYS,
  MILESTONE_RULES,
  type MilestoneId,
  type MilestoneKind,
  type MilestoneRule,
  type Party,
  type Phase,
  type Role,
} from './milestones.js';
import { type Region } from './regions.js';
import { type PlanSettings } from './settings.js';
import { type Result } from './validation.js';
import { parsePlanInput, type ParsedPlanInput } from './planInput.js';

export type Language = 'cy' | 'en';

const defaultCalendar = englandAndWalesCalendar();

export interface PlanWarning {
  code:
    | 'moved-to-working-day'
    | 'bank-holiday-in-fieldwork-week'
    | 'factual-accuracy-not-before-publication'
    | 'date-set-by-hand';
  milestoneId: MilestoneId;
  /** In English (the command line's and the API's words). */
  message: string;
  /** The same, for the pages to word in the person's language. */
  said: Said;
}

const planWarning = (code: PlanWarning['code'], milestoneId: MilestoneId, message: Said): PlanWarning => ({
  code,
  milestoneId,
  message: english(message),
  said: message,
});

export interface PlannedMilestone {
  id: MilestoneId;
  title: string;
  date: LocalDate;
  weekday: string;
  /** UK local time of day, for milestones that have one (the planning meeting). */
  time?: string;
  phase: Phase;
  kind: MilestoneKind;
  party: Party;
  role: Role;
  source: string;
  warnings: string[];
}

export type ReminderKind = 'reminder' | 'overdue' | 'escalation';

/** A reminder, overdue notice or escalation about one of the region's deadlines. */
export interface PlannedReminder {
  /** Stable within an inspection: `evidenceDeadline.reminder-5`, `evidenceDeadline.overdue`, ... */
  id: string;
  milestoneId: MilestoneId;
  kind: ReminderKind;
  /** Working days from the deadline: -5 and -1 for reminders, +1 for the overdue notice, ... */
  workingDaysFromDeadline: number;
  date: LocalDate;
  /** The send instant, ISO 8601 in UTC: the configured UK local time on `date`. */
  sendAt: string;
  to: Role[];
}

export interface InspectionPlan {
  region: Region['name'];
  regionId: Region['id'];
  fieldworkStart: LocalDate;
  fieldworkEnd: LocalDate;
  /** Languages of notices to the region: Welsh and English with equal prominence for Wales. */
  languages: Language[];
  bilingual: boolean;
  settings: PlanSettings;
  milestones: PlannedMilestone[];
  reminders: PlannedReminder[];
  warnings: PlanWarning[];
}

/**
 * Every date of one inspection, from its region and the Monday that starts fieldwork,
 * by the rules of the DIPP guidance manual. Pure: the same input always gives the same plan.
 */
export function planInspection(input: unknown, calendar: WorkingCalendar = defaultCalendar): Result<InspectionPlan> {
  const parsed = parsePlanInput(input, calendar);
  if (!parsed.ok) return parsed;
  return { ok: true, value: buildPlan(parsed.value, calendar) };
}

function buildPlan(
  { region, fieldworkStart, settings, milestoneDates }: ParsedPlanInput,
  calendar: WorkingCalendar,
): InspectionPlan {
  const isWales = region.country === 'Wales';
  const fieldworkEnd = addDays(fieldworkStart, FIELDWORK_END_OFFSET_DAYS);
  const placed: Partial<Record<MilestoneId, LocalDate>> = {};
  const warnings: PlanWarning[] = [];
  const milestones: PlannedMilestone[] = [];

  for (const rule of MILESTONE_RULES) {
    const ruleDate = rule.date({ fieldworkStart, fieldworkEnd, isWales, settings, calendar, placed });
    const setByHand = milestoneDates[rule.id];
    const date =
      setByHand ??
      (rule.whenNotWorkingDay === 'previous'
        ? onOrBeforeWorkingDay(calendar, ruleDate)
        : onOrAfterWorkingDay(calendar, ruleDate));
    placed[rule.id] = date;
    const own: PlanWarning[] = [];
    if (setByHand !== undefined) {
      if (setByHand !== ruleDate) {
        own.push(
          planWarning(
            'date-set-by-hand',
            rule.id,
            said('dates.warning.setByHand', { milestone: rule.id, date: setByHand, ruleDate }),
          ),
        );
      }
    } else if (date !== ruleDate) {
      own.push(
        planWarning(
          'moved-to-working-day',
          rule.id,
          said(date < ruleDate ? 'dates.warning.movedBack' : 'dates.warning.movedOn', {
            milestone: rule.id,
            ruleDate,
            reason: nonWorkingSaid(calendar, ruleDate),
            date,
          }),
        ),
      );
    }
    if (rule.id === 'fieldworkWeek1Start' || rule.id === 'fieldworkWeek2Start') {
      own.push(...holidaysInWeek(calendar, rule, mondayOf(ruleDate)));
    }
    warnings.push(...own);
    milestones.push(toPlanned(rule, date, settings, own));
  }

  if ((placed.factualAccuracyDue as LocalDate) >= (placed.publication as LocalDate)) {
    warnings.push(
      planWarning(
        'factual-accuracy-not-before-publication',
        'factualAccuracyDue',
        said('dates.warning.factualAccuracyLate', {
          due: placed.factualAccuracyDue as LocalDate,
          publication: placed.publication as LocalDate,
        }),
      ),
    );
  }

  milestones.sort((a, b) => a.date.localeCompare(b.date) || order(a.id) - order(b.id));
  return {
    region: region.name,
    regionId: region.id,
    fieldworkStart,
    fieldworkEnd: placed.fieldworkEnd as LocalDate,
    languages: isWales ? ['cy', 'en'] : ['en'],
    bilingual: isWales,
    settings,
    milestones,
    reminders: planReminders(milestones, settings, calendar),
    warnings,
  };
}

function order(id: MilestoneId): number {
  return MILESTONE_RULES.findIndex((rule) => rule.id === id);
}

function holidaysInWeek(calendar: WorkingCalendar, rule: MilestoneRule, monday: LocalDate): PlanWarning[] {
  const key =
    rule.id === 'fieldworkWeek1Start' ? 'dates.warning.bankHolidayWeekOne' : 'dates.warning.bankHolidayWeekTwo';
  return [0, 1, 2, 3, 4].flatMap((offset) => {
    const day = addDays(monday, offset);
    const holiday = calendar.bankHoliday(day);
    if (!holiday) return [];
    return [
      planWarning('bank-holiday-in-fieldwork-week', rule.id, said(key, { monday, holiday: holidayName(holiday), day })),
    ];
  });
}

function toPlanned(
  rule: MilestoneRule,
  date: LocalDate,
  settings: PlanSettings,
  warnings: PlanWarning[],
): PlannedMilestone {
  const time = rule.time?.(settings);
  return {
    id: rule.id,
    title: rule.title,
    date,
    weekday: weekdayName(date),
    ...(time === undefined ? {} : { time }),
    phase: rule.phase,
    kind: rule.kind,
    party: rule.party,
    role: rule.role,
    source: rule.source,
    warnings: warnings.map((warning) => warning.message),
  };
}

/**
 * For each deadline the region must meet: reminders before it, an overdue notice after it,
 * and an escalation to the Head of Probation Inspection Programme after that. A reminder that
 * would fall on or before the day the region is asked for the item is left out.
 */
function planReminders(
  milestones: PlannedMilestone[],
  settings: PlanSettings,
  calendar: WorkingCalendar,
): PlannedReminder[] {
  const dateOf = new Map(milestones.map((milestone) => [milestone.id, milestone.date]));
  const reminders: PlannedReminder[] = [];
  for (const rule of MILESTONE_RULES) {
    if (rule.kind !== 'deadline' || rule.party !== 'region') continue;
    const deadline = dateOf.get(rule.id) as LocalDate;
    const requested = rule.requestedBy ? dateOf.get(rule.requestedBy) : undefined;
    const add = (kind: ReminderKind, id: string, workingDaysFromDeadline: number, date: LocalDate, to: Role[]) =>
      reminders.push({
        id: `${rule.id}.${id}`,
        milestoneId: rule.id,
        kind,
        workingDaysFromDeadline,
        date,
        sendAt: ukInstant(date, settings.sendTime),
        to,
      });

    const before = [...new Set(settings.reminderWorkingDaysBefore)].sort((a, b) => b - a);
    for (const days of before) {
      const date = addWorkingDays(calendar, deadline, -days);
      if (requested !== undefined && date <= requested) continue;
      add('reminder', `reminder-${days}`, -days, date, [rule.role]);
    }
    const overdue = addWorkingDays(calendar, deadline, settings.overdueWorkingDaysAfter);
    add('overdue', 'overdue', settings.overdueWorkingDaysAfter, overdue, [rule.role, 'lead inspector']);
    const escalationDays = settings.overdueWorkingDaysAfter + settings.escalationWorkingDaysAfterOverdue;
    const escalation = addWorkingDays(calendar, overdue, settings.escalationWorkingDaysAfterOverdue);
    add('escalation', 'escalation', escalationDays, escalation, ['Head of Probation Inspection Programme']);
  }
  return reminders.sort((a, b) => a.sendAt.localeCompare(b.sendAt) || a.id.localeCompare(b.id));
}
