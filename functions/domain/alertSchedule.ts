import { addWorkingDays, onOrAfterWorkingDay, type WorkingCalendar } from './calendar.js';
import { isoWeekday, localDateFault, ukDateOf, ukInstant, type LocalDate } from './localDate.js';
import type { SaidKey, SaidValue } from './messages/said.js';
import { ruleError, type Result } from './validation.js';
import type { AlertStatus } from './alerts.js';
import type { AlertDeadlines } from './alertRequest.js';
import type { EscalationRole } from './roles.js';

/** When an alert's region must answer, when it is reminded and escalated, and when the lead is chased. */

const UK_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** UK local time of an instant, "14:05". */
export function ukTimeOf(instant: Date): string {
  return UK_TIME.format(instant);
}

/** The same working time `days` working days later (the next working day's morning if it falls on none). */
function workingDaysLater(calendar: WorkingCalendar, from: Date, days: number): Date {
  const start = onOrAfterWorkingDay(calendar, ukDateOf(from));
  const sameDay = start === ukDateOf(from);
  const at = new Date(ukInstant(addWorkingDays(calendar, start, days), sameDay ? ukTimeOf(from) : '09:00'));
  // UK offsets are whole hours: the seconds within the minute carry over unchanged.
  return sameDay ? new Date(at.getTime() + (from.getTime() % 60_000)) : at;
}

export const ALERT_DEADLINES = ['acknowledgement', 'evidence'] as const;
export type AlertDeadlineOf = (typeof ALERT_DEADLINES)[number];

export interface AlertSchedule {
  acknowledgeBy: Date;
  evidenceBy: Date;
  /** One reminder before each deadline. */
  reminders: { after: AlertDeadlineOf; at: Date }[];
  /** Escalations if a deadline passes: the Head of Programme at once, the Chief Inspector a working day later. */
  escalations: { step: 1 | 2; to: EscalationRole; after: AlertDeadlineOf; at: Date }[];
}

/**
 * When to remind the region of a deadline: 09:00 UK time on the deadline's day when that falls
 * between the notification and the deadline (the morning of the day it is due), otherwise halfway.
 */
function reminderBefore(notifiedAt: Date, due: Date): Date {
  const morning = new Date(ukInstant(ukDateOf(due), '09:00'));
  if (morning > notifiedAt && morning < due) return morning;
  return new Date(notifiedAt.getTime() + Math.floor((due.getTime() - notifiedAt.getTime()) / 2));
}

/**
 * When the region must acknowledge and evidence its action, counted from the moment it was
 * notified (alerts do not wait for 09:00), when it is reminded, and when each escalation falls
 * due if it does not act.
 */
export function alertSchedule(calendar: WorkingCalendar, notifiedAt: Date, deadlines: AlertDeadlines): AlertSchedule {
  const hours = (count: number) => new Date(notifiedAt.getTime() + count * 3_600_000);
  const acknowledgeBy =
    deadlines.acknowledgeWithinHours !== undefined
      ? hours(deadlines.acknowledgeWithinHours)
      : workingDaysLater(calendar, notifiedAt, deadlines.acknowledgeWithinWorkingDays);
  const evidenceBy =
    deadlines.evidenceWithinHours !== undefined
      ? hours(deadlines.evidenceWithinHours)
      : workingDaysLater(calendar, notifiedAt, deadlines.evidenceWithinWorkingDays);
  const ladder = (after: AlertDeadlineOf, due: Date) => [
    { step: 1 as const, to: 'headOfProgramme' as const, after, at: due },
    { step: 2 as const, to: 'chiefInspector' as const, after, at: workingDaysLater(calendar, due, 1) },
  ];
  return {
    acknowledgeBy,
    evidenceBy,
    reminders: [
      { after: 'acknowledgement', at: reminderBefore(notifiedAt, acknowledgeBy) },
      { after: 'evidence', at: reminderBefore(notifiedAt, evidenceBy) },
    ],
    escalations: [...ladder('acknowledgement', acknowledgeBy), ...ladder('evidence', evidenceBy)],
  };
}

export const ALERT_EVENT_STATUSES = ['pending', 'done', 'skipped', 'cancelled', 'failed'] as const;
export type AlertEventStatus = (typeof ALERT_EVENT_STATUSES)[number];

/** What the lead inspector owes: confirming a raised alert, and reviewing the evidence to assure it. */
export const LEAD_DECISIONS = ['confirmation', 'assurance'] as const;
export type LeadDecision = (typeof LEAD_DECISIONS)[number];

export const ALERT_EVENT_KINDS = ['reminder', 'escalation'] as const;
export type AlertEventKind = (typeof ALERT_EVENT_KINDS)[number];

/** The steps of an escalation ladder: the Head of Programme, then the Chief Inspector. */
export const ESCALATION_STEPS = [1, 2] as const;
export type EscalationStep = (typeof ESCALATION_STEPS)[number];

/** A timed step of an alert's workflow: a reminder, or an escalation if a deadline has passed. */
export interface AlertEvent {
  id: string;
  kind: AlertEventKind;
  after: AlertDeadlineOf | LeadDecision;
  step?: EscalationStep;
  to?: EscalationRole;
  /** ISO instant. */
  at: string;
  status: AlertEventStatus;
  outcome?: string;
}

/** The timed steps of an alert once the region has been notified, in time order. */
export function alertEvents(schedule: AlertSchedule): AlertEvent[] {
  const events: AlertEvent[] = [
    ...schedule.reminders.map((reminder) => ({
      id: `${reminder.after}-reminder`,
      kind: 'reminder' as const,
      after: reminder.after,
      at: reminder.at.toISOString(),
      status: 'pending' as const,
    })),
    ...schedule.escalations.map((escalation) => ({
      id: `${escalation.after}-escalation-${escalation.step}`,
      kind: 'escalation' as const,
      after: escalation.after,
      step: escalation.step,
      to: escalation.to,
      at: escalation.at.toISOString(),
      status: 'pending' as const,
    })),
  ];
  return events.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
}

/** Whether what an event is about is still owed (by the region, or the lead): if not, it has nothing to do. */
export function stillOwed(status: AlertStatus, after: AlertDeadlineOf | LeadDecision): boolean {
  switch (after) {
    case 'acknowledgement':
      return status === 'region-notified';
    case 'evidence':
      return status === 'region-notified' || status === 'acknowledged' || status === 'more-evidence-requested';
    case 'confirmation':
      return status === 'raised';
    case 'assurance':
      return status === 'evidence-submitted';
  }
}

/**
 * An alert waiting on the lead inspector is not left to wait quietly either: the lead is reminded
 * one working day after it started waiting, and again a working day later with the Head of
 * Programme copied.
 */
export function leadChase(calendar: WorkingCalendar, since: Date, waitingFor: LeadDecision, round = 1): AlertEvent[] {
  return [1, 2].map((days) => ({
    id: `${waitingFor}-reminder-${days}${roundSuffix(round)}`,
    kind: 'reminder' as const,
    after: waitingFor,
    at: workingDaysLater(calendar, since, days).toISOString(),
    status: 'pending' as const,
  }));
}

/**
 * Rounds of evidence: the first submission is round 1; each time the lead asks for more evidence a
 * new round begins, whose timed steps and notices carry `:r<n>` in their ids (so nothing of an
 * earlier round is taken for done).
 */
export const roundSuffix = (round: number): string => (round > 1 ? `:r${round}` : '');

/** The round a timed step or notice id belongs to. */
export function roundOf(id: string): number {
  const match = /:r(\d+)$/.exec(id);
  return match ? Number(match[1]) : 1;
}

/** The round of evidence an alert is in: one more than the times the lead asked for more. */
export const evidenceRound = (alert: { moreEvidence?: readonly unknown[] }): number =>
  (alert.moreEvidence?.length ?? 0) + 1;

/**
 * The region's timed steps when the lead asks for more evidence by `evidenceBy`: a reminder (09:00
 * on the day it is due, or halfway), and the escalation ladder if it passes.
 */
export function moreEvidenceEvents(
  calendar: WorkingCalendar,
  requestedAt: Date,
  evidenceBy: Date,
  round: number,
): AlertEvent[] {
  const suffix = roundSuffix(round);
  return [
    {
      id: `evidence-reminder${suffix}`,
      kind: 'reminder' as const,
      after: 'evidence' as const,
      at: reminderBefore(requestedAt, evidenceBy).toISOString(),
      status: 'pending' as const,
    },
    ...([1, 2] as const).map((step) => ({
      id: `evidence-escalation-${step}${suffix}`,
      kind: 'escalation' as const,
      after: 'evidence' as const,
      step,
      to: step === 1 ? ('headOfProgramme' as const) : ('chiefInspector' as const),
      at: (step === 1 ? evidenceBy : workingDaysLater(calendar, evidenceBy, 1)).toISOString(),
      status: 'pending' as const,
    })),
  ];
}

/** The latest a new evidence deadline may be set, in working days from today. */
export const MORE_EVIDENCE_MAX_WORKING_DAYS = 20;

/**
 * The new deadline when the lead asks for more evidence: a working day after today, at most 20
 * working days ahead, due by 17:00 UK time that day. Or why not, naming the field.
 */
export function moreEvidenceBy(calendar: WorkingCalendar, now: Date, date: unknown): Result<Date> {
  const refuse = (key: SaidKey, values: Readonly<Record<string, SaidValue>> = {}): Result<never> => ({
    ok: false,
    errors: [ruleError('evidenceBy', date, key, values)],
  });
  if (typeof date !== 'string' || localDateFault(date) !== undefined) {
    return refuse('alert.evidenceByNotDate');
  }
  const day = date as LocalDate;
  const today = ukDateOf(now);
  const latest = addWorkingDays(calendar, today, MORE_EVIDENCE_MAX_WORKING_DAYS);
  if (day <= today) return refuse('alert.evidenceByNotAfterToday', { today });
  if (day > latest) return refuse('alert.evidenceByTooFar', { max: MORE_EVIDENCE_MAX_WORKING_DAYS, latest });
  if (!calendar.isWorkingDay(day)) {
    // Why the day is not a working day, as calendar.ts's nonWorkingReason words it.
    const holiday = calendar.bankHoliday(day);
    if (holiday) return refuse('alert.evidenceByBankHoliday', { day, holiday });
    return refuse(isoWeekday(day) === 6 ? 'alert.evidenceBySaturday' : 'alert.evidenceBySunday', { day });
  }
  return { ok: true, value: new Date(ukInstant(day, '17:00')) };
}
