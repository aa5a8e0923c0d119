import { isChristmas, type WorkingCalendar } from './calendar.js';
import { holidayName } from './nonWorkingDays.js';
import { addDays, asLocalDate, isoWeekday, localDateFault, type LocalDate } from './localDate.js';
import { english, said, type Said } from './messages/said.js';
import type { MilestoneId } from './milestones.js';
import { decideDeadlineCheck, isSettled, type MilestoneStatus } from './milestoneStatus.js';
import type { InspectionPlan } from './planner.js';
import type { PersonRole } from './roles.js';
import { isAnnounced, noticesForChange } from './notices/whoIsTold.js';
import type { ScheduledEvent } from './schedule.js';
import { ruleError, type FieldError } from './validation.js';
import { whenChangeNoticeGoes, type WorkingHours } from './workingHours.js';

/**
 * Moving an inspection's dates (issue 18): what is refused, what is warned about, and the one
 * decision of what moves and who is emailed what. The preview a person checks and the change that
 * is saved both come from `decideDateChange`, so what was shown is what happens.
 */

export interface DateMove {
  milestoneId: MilestoneId;
  from: LocalDate;
  to: LocalDate;
}

/** What a person asked to move: the fieldwork start, single milestones, or both. */
export interface DateRequest {
  fieldworkStart?: string;
  milestoneDates?: Record<string, unknown>;
}

/** The first Monday on or after `date` that is a working day. */
export function workingMondayOnOrAfter(calendar: WorkingCalendar, date: LocalDate): LocalDate {
  let monday = addDays(date, (8 - isoWeekday(date)) % 7);
  while (!calendar.isWorkingDay(monday)) monday = addDays(monday, 7);
  return monday;
}

/** The working Mondays nearest a Monday that is not one: the one before (if not past) and the one after. */
function nearestWorkingMondays(calendar: WorkingCalendar, monday: LocalDate, today: LocalDate): LocalDate[] {
  let before = addDays(monday, -7);
  while (!calendar.isWorkingDay(before)) before = addDays(before, -7);
  const after = workingMondayOnOrAfter(calendar, addDays(monday, 1));
  return before >= today ? [before, after] : [after];
}

/**
 * What is wrong with the dates a person typed, before any plan is worked out: a date in the past,
 * or fieldwork starting on a bank holiday (the nearest working Mondays are offered). Dates that are
 * not dates at all, or not Mondays, are left to the planner, which says so.
 */
export function dateRequestProblems(
  request: DateRequest,
  { today, calendar }: { today: LocalDate; calendar: WorkingCalendar },
): FieldError[] {
  const errors: FieldError[] = [];
  const start = request.fieldworkStart;
  if (start !== undefined && localDateFault(start) === undefined) {
    const date = asLocalDate(start);
    const holiday = calendar.bankHoliday(date);
    if (date < today) {
      errors.push(
        ruleError('fieldworkStart', start, 'dates.fieldworkPast', {
          earliest: workingMondayOnOrAfter(calendar, today),
        }),
      );
    } else if (isoWeekday(date) === 1 && holiday) {
      errors.push(
        ruleError('fieldworkStart', start, 'dates.fieldworkBankHoliday', {
          holiday: holidayName(holiday),
          offered: nearestWorkingMondays(calendar, date, today),
        }),
      );
    }
  }
  for (const [id, value] of Object.entries(request.milestoneDates ?? {})) {
    if (typeof value !== 'string' || localDateFault(value) !== undefined) continue;
    if (asLocalDate(value) < today) {
      errors.push(ruleError(`milestoneDates.${id}`, value, 'dates.milestonePast'));
    }
  }
  return errors;
}

/** A milestone as it stands before the change. */
export interface CurrentMilestone {
  id: MilestoneId;
  dueDate: LocalDate;
  status: MilestoneStatus;
}

/** An event as it stands before the change. */
export interface CurrentEvent {
  id: string;
  status: string;
}

export interface DateChangeInput {
  milestones: readonly CurrentMilestone[];
  /** Every event of the inspection, ended ones included: an event kept is never added twice. */
  events: readonly CurrentEvent[];
  /** The plan worked out from the new dates. */
  plan: InspectionPlan;
  /** The schedule of the new plan (scheduleFor). */
  schedule: readonly ScheduledEvent[];
  now: Date;
  today: LocalDate;
  /** When a notice a person's change makes due may go (outside working hours, at their next start). */
  calendar: WorkingCalendar;
  workingHours: WorkingHours;
}

/** One email the change sends, by role: the notice's kind and its recipients. */
export interface EmailDecision {
  kind: ScheduledEvent['notice'];
  milestoneId: MilestoneId;
  /** When it goes: an ISO instant (at once is now). */
  at: string;
  to: PersonRole[];
  cc: PersonRole[];
}

export interface DateChangeDecision {
  /** Every date that moves. */
  changes: DateMove[];
  /** Each milestone's status under the new plan. */
  statuses: Partial<Record<MilestoneId, MilestoneStatus>>;
  /** Pending or held events whose date moved away: cancelled. */
  cancelEventIds: string[];
  /** Events of the new plan not yet in the timeline, each pending or skipped with why. */
  newEvents: { event: ScheduledEvent; status: 'pending' | 'skipped'; outcome?: string }[];
  /** Whether the region has been told of the inspection: before the announcement it hears nothing. */
  regionTold: boolean;
  /** The dates-changed notice (the inspectorate's own before the announcement); none when nothing moves. */
  datesChanged: EmailDecision | undefined;
  /** Notices of the new plan that fall due at once (besides the dates-changed notice). */
  dueAtOnce: EmailDecision[];
}

/**
 * Whether an event planned for a moment already past is still worth doing: deadline checks and
 * notices that are the milestone itself (the announcement) run at once; a notice of work done
 * waits for its record whatever its planned date; a reminder whose day has gone is left out.
 */
export function stillWorthDoing(event: ScheduledEvent, now: Date): boolean {
  return (
    new Date(event.at) >= now ||
    event.kind === 'deadline-check' ||
    event.completesMilestone ||
    event.condition === 'when-recorded'
  );
}

/** Whether a due event would send its notice, given its milestone's status (as the lifecycle decides). */
function wouldSend(event: ScheduledEvent, status: MilestoneStatus): boolean {
  if (event.kind === 'deadline-check') {
    const check = event.notice === 'deadline-overdue' ? 'overdue' : 'escalation';
    return decideDeadlineCheck(check, status).action !== 'none';
  }
  if (event.condition === 'if-publication-held') return false;
  return !(event.condition === 'unless-met' && isSettled(status));
}

/**
 * What moving the dates does, decided from the timeline as it stands and the new plan:
 * 1. the dates that move; milestones already met stay met, and one whose date moved is pending again;
 * 2. events whose date moved are cancelled and replaced (those kept keep their state, sent or not);
 *    a new event whose time has passed is skipped unless still worth doing;
 * 3. one dates-changed notice, as `noticesForChange` decides (the one rule the sender and its
 *    preview share): to the region and the inspectorate once the region has been told of the
 *    inspection, to the inspectorate alone before then;
 * 4. the notices that would fall due at once. What the change makes due goes within working hours,
 *    or at their start on the next working day (a change at 9:50 pm is told at 9am).
 */
export function decideDateChange(input: DateChangeInput): DateChangeDecision {
  const { plan, now, today } = input;
  const old = new Map(input.milestones.map((m) => [m.id, m]));
  const changes: DateMove[] = [];
  const statuses: Partial<Record<MilestoneId, MilestoneStatus>> = {};
  for (const m of plan.milestones) {
    const previous = old.get(m.id);
    if (!previous) {
      statuses[m.id] = 'pending';
      continue;
    }
    if (previous.dueDate !== m.date) changes.push({ milestoneId: m.id, from: previous.dueDate, to: m.date });
    statuses[m.id] =
      isSettled(previous.status) || m.date < today || previous.dueDate === m.date ? previous.status : 'pending';
  }
  const existing = new Set(input.events.map((e) => e.id));
  const wantedIds = new Set(input.schedule.map((e) => e.id));
  const newEvents = input.schedule
    .filter((event) => !existing.has(event.id))
    .map((event): DateChangeDecision['newEvents'][number] => {
      if (event.completesMilestone && isSettled(statuses[event.milestoneId] ?? 'pending')) {
        return { event, status: 'skipped', outcome: 'its milestone was already met' };
      }
      return stillWorthDoing(event, now)
        ? { event, status: 'pending' }
        : { event, status: 'skipped', outcome: 'its time had passed when the dates changed' };
    });
  const regionTold = isAnnounced(input.milestones);
  const firstGo = whenChangeNoticeGoes(input.calendar, input.workingHours, now).toISOString();
  // What the change makes due now waits, like its notice, for working hours.
  for (const added of newEvents) {
    if (added.status === 'pending' && new Date(added.event.at) < new Date(firstGo)) {
      added.event = { ...added.event, at: firstGo };
    }
  }
  const [told] = noticesForChange({
    announced: regionTold,
    changes,
    now,
    calendar: input.calendar,
    workingHours: input.workingHours,
  });
  const datesChanged: EmailDecision | undefined = told && {
    kind: told.notice,
    milestoneId: changes[0]?.milestoneId ?? 'fieldworkWeek1Start',
    at: told.at,
    to: told.to,
    cc: told.cc,
  };
  const dueAtOnce = newEvents
    .filter(({ event, status }) => status === 'pending' && event.at === firstGo)
    .filter(({ event }) => wouldSend(event, statuses[event.milestoneId] ?? 'pending'))
    .map(({ event }) => ({
      kind: event.notice,
      milestoneId: event.milestoneId,
      at: event.at,
      to: event.to,
      cc: event.cc,
    }));
  return {
    changes,
    statuses,
    cancelEventIds: input.events
      .filter((e) => (e.status === 'pending' || e.status === 'held') && !wantedIds.has(e.id))
      .map((e) => e.id),
    newEvents,
    regionTold,
    datesChanged,
    dueAtOnce,
  };
}

/**
 * What the change may not do: move a milestone not yet done into the past (its notices would go at
 * once and its deadline would be overdue at once). Each is reported on the field that moved it.
 */
export function movedIntoPastProblems(
  decision: Pick<DateChangeDecision, 'changes'>,
  milestones: readonly CurrentMilestone[],
  { today, request }: { today: LocalDate; request: DateRequest },
): FieldError[] {
  const before = new Map(milestones.map((m) => [m.id, m.status]));
  const byHand = new Set(Object.keys(request.milestoneDates ?? {}));
  return decision.changes
    .filter((move) => move.to < today && !isSettled(before.get(move.milestoneId) ?? 'pending'))
    .map((move) => {
      const field = byHand.has(move.milestoneId)
        ? `milestoneDates.${move.milestoneId}`
        : request.fieldworkStart !== undefined
          ? 'fieldworkStart'
          : 'milestoneDates';
      const value = field === 'fieldworkStart' ? request.fieldworkStart : request.milestoneDates;
      return ruleError(field, value, 'dates.movedIntoPast', { milestone: move.milestoneId, to: move.to });
    });
}

/** A warning a person confirms before the dates change (not a refusal): in English, and as said. */
export interface DateWarning {
  code: 'bank-holiday-week' | 'christmas' | 'clash';
  message: string;
  said: Said;
}

const warning = (code: DateWarning['code'], message: Said): DateWarning => ({
  code,
  message: english(message),
  said: message,
});

/** Another inspection, for finding a clash of fieldwork and people. */
export interface OtherInspection {
  id: string;
  region: string;
  fieldworkStart: LocalDate;
  people: { lead: { name: string; email: string }; deputyLead?: { name: string; email: string } | undefined };
}

/** From 24 December to 1 January: Christmas and New Year, when few people are at work. */

/**
 * What a person should see before confirming new dates: a fieldwork week holding a bank holiday;
 * fieldwork or a region deadline over Christmas and New Year; fieldwork overlapping another
 * inspection led or deputised by the same inspector.
 */
export function dateChangeWarnings(
  plan: InspectionPlan,
  inspection: { id: string; people: OtherInspection['people'] },
  others: readonly OtherInspection[],
): DateWarning[] {
  const warnings: DateWarning[] = plan.warnings
    .filter((w) => w.code === 'bank-holiday-in-fieldwork-week')
    .map((w) => warning('bank-holiday-week', w.said));
  const weeks = [
    { key: 'dates.warning.christmasWeekOne', monday: plan.fieldworkStart },
    { key: 'dates.warning.christmasWeekTwo', monday: addDays(plan.fieldworkStart, 14) },
  ] as const;
  for (const week of weeks) {
    const days = [0, 1, 2, 3, 4].map((offset) => addDays(week.monday, offset));
    if (days.some(isChristmas)) {
      warnings.push(warning('christmas', said(week.key, { monday: week.monday })));
    }
  }
  for (const m of plan.milestones) {
    if (m.kind === 'deadline' && m.party === 'region' && isChristmas(m.date)) {
      warnings.push(warning('christmas', said('dates.warning.christmasDeadline', { milestone: m.id, date: m.date })));
    }
  }
  const team = (people: OtherInspection['people']) =>
    [people.lead, people.deputyLead].filter((p): p is { name: string; email: string } => p !== undefined);
  const ours = team(inspection.people);
  for (const other of others) {
    if (other.id === inspection.id) continue;
    const otherEnd = addDays(other.fieldworkStart, 18);
    if (other.fieldworkStart > plan.fieldworkEnd || otherEnd < plan.fieldworkStart) continue;
    const shared = team(other.people).filter((p) => ours.some((o) => o.email.toLowerCase() === p.email.toLowerCase()));
    if (shared.length === 0) continue;
    warnings.push(
      warning(
        'clash',
        said('dates.warning.clash', {
          region: other.region,
          from: other.fieldworkStart,
          to: otherEnd,
          names: shared.map((p) => p.name),
          count: shared.length,
        }),
      ),
    );
  }
  return warnings;
}
