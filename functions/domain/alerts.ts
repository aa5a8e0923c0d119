import { z } from 'zod';
import { addWorkingDays, onOrAfterWorkingDay, type WorkingCalendar } from './calendar.js';
import { ukDateOf, ukInstant } from './localDate.js';
import type { AlertActor, EscalationRole } from './roles.js';
import type { Result } from './validation.js';
import { fieldErrorsFrom } from './validation.js';

/**
 * Alerts (guidance manual §6.7): a significant and imminent risk found during an inspection. The
 * inspectorate does not manage the risk; the lead inspector makes sure the region acts and seeks
 * assurance, confirmed by evidence, that it has.
 */
export const ALERT_TYPES = ['individual', 'organisational'] as const;
export type AlertType = (typeof ALERT_TYPES)[number];

export const ALERT_CATEGORIES = [
  'risk-of-harm-to-others',
  'risk-to-person-on-probation',
  'organisational-practice',
] as const;
export type AlertCategory = (typeof ALERT_CATEGORIES)[number];

export const ALERT_STATUSES = [
  'raised',
  'confirmed',
  'region-notified',
  'acknowledged',
  'evidence-submitted',
  'assured',
  'withdrawn',
] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

export const ALERT_ACTIONS = ['confirm', 'notify', 'acknowledge', 'submit-evidence', 'assure', 'withdraw'] as const;
export type AlertAction = (typeof ALERT_ACTIONS)[number];

const TRANSITIONS: Record<AlertAction, { from: readonly AlertStatus[]; to: AlertStatus; by: readonly AlertActor[] }> = {
  confirm: { from: ['raised'], to: 'confirmed', by: ['lead'] },
  notify: { from: ['confirmed'], to: 'region-notified', by: ['system'] },
  // Evidence of action implies the alert was seen: it may come without a separate acknowledgement.
  acknowledge: { from: ['region-notified'], to: 'acknowledged', by: ['region'] },
  'submit-evidence': { from: ['region-notified', 'acknowledged'], to: 'evidence-submitted', by: ['region'] },
  assure: { from: ['evidence-submitted'], to: 'assured', by: ['lead'] },
  withdraw: {
    from: ['raised', 'confirmed', 'region-notified', 'acknowledged', 'evidence-submitted'],
    to: 'withdrawn',
    by: ['lead'],
  },
};

const ACTION_WORDS: Record<AlertAction, string> = {
  confirm: 'confirm',
  notify: 'notify the region of',
  acknowledge: 'acknowledge',
  'submit-evidence': 'submit evidence for',
  assure: 'assure',
  withdraw: 'withdraw',
};

/** An alert is over once assured or withdrawn. */
export function isClosed(status: AlertStatus): boolean {
  return status === 'assured' || status === 'withdrawn';
}

/** The actions that may be taken on an alert in `status`. */
export function allowedActions(status: AlertStatus): AlertAction[] {
  return ALERT_ACTIONS.filter((action) => TRANSITIONS[action].from.includes(status));
}

/** What people do to an alert: the moves above that people make, and marking it as described in the report. */
export const PERSON_ACTIONS = [
  'confirm',
  'acknowledge',
  'submit-evidence',
  'assure',
  'withdraw',
  'mark-in-report',
] as const;
export type PersonAction = (typeof PERSON_ACTIONS)[number];

/**
 * Marking an alert as described in the report (§6.7: the report describes organisational alerts
 * and how the region acted): only an organisational alert, not withdrawn, by the lead inspector,
 * once.
 */
const MARK_IN_REPORT = {
  types: ['organisational'] as readonly AlertType[],
  notWhen: ['withdrawn'] as readonly AlertStatus[],
  by: ['lead'] as readonly AlertActor[],
};

/**
 * Whether `actor` may mark the alert as described in the report: `mark`, `already` (marked before:
 * nothing changes), or why not.
 */
export function markInReport(
  alert: { id?: string; status: AlertStatus; type: AlertType; describedInReport?: unknown },
  actor: AlertActor,
): Result<'mark' | 'already'> {
  const refuse = (field: string, value: unknown, message: string): Result<never> => ({
    ok: false,
    errors: [{ field, value, message }],
  });
  if (!MARK_IN_REPORT.types.includes(alert.type)) {
    return refuse(
      'alertId',
      alert.id,
      'is an individual alert: only organisational alerts are described in the report',
    );
  }
  if (MARK_IN_REPORT.notWhen.includes(alert.status)) {
    return refuse('alertId', alert.id, `is ${alert.status}: it need not be described in the report`);
  }
  if (!MARK_IN_REPORT.by.includes(actor)) {
    return refuse('as', actor, 'must be lead: only the lead inspector marks what the report describes');
  }
  return { ok: true, value: alert.describedInReport ? 'already' : 'mark' };
}

/**
 * What someone acting as `actor` may do to an alert now: the moves its status allows them, and
 * marking it as described in the report while that is still to do.
 */
export function actionsOpenTo(
  alert: { status: AlertStatus; type: AlertType; describedInReport?: unknown },
  actor: AlertActor,
): PersonAction[] {
  const moves = allowedActions(alert.status).filter(
    (action): action is Exclude<PersonAction, 'mark-in-report'> =>
      action !== 'notify' && TRANSITIONS[action].by.includes(actor),
  );
  const mark = markInReport(alert, actor);
  return mark.ok && mark.value === 'mark' ? [...moves, 'mark-in-report'] : moves;
}

/**
 * The status an action leads to, or why it may not be taken: which action, from which status,
 * by whom, and what is allowed instead.
 */
export function transition(
  status: AlertStatus,
  action: AlertAction,
  actor: AlertActor,
  reason?: string,
): Result<{ from: AlertStatus; to: AlertStatus }> {
  const rule = TRANSITIONS[action];
  const refuse = (message: string): Result<never> => ({
    ok: false,
    errors: [{ field: 'action', value: action, message }],
  });
  if (!rule.from.includes(status)) {
    const allowed = allowedActions(status);
    return refuse(
      `cannot ${ACTION_WORDS[action]} an alert that is ${status}; ` +
        (allowed.length > 0 ? `allowed now: ${allowed.join(', ')}` : 'it is closed'),
    );
  }
  if (!rule.by.includes(actor)) {
    return refuse(
      `only ${rule.by.map((who) => (who === 'lead' ? 'the lead inspector' : `the ${who}`)).join(' or ')} may ${ACTION_WORDS[action]} an alert`,
    );
  }
  if (action === 'withdraw' && (reason === undefined || reason.trim() === '')) {
    return { ok: false, errors: [{ field: 'reason', value: reason, message: 'is needed to withdraw an alert' }] };
  }
  return { ok: true, value: { from: status, to: rule.to } };
}

/** A case is named only by an opaque reference: letters, digits and dashes, never a name. */
export const caseReferenceSchema = z
  .string({ error: 'must be the case’s opaque reference' })
  .regex(/^[A-Z0-9][A-Z0-9-]{3,31}$/, {
    error: 'must be an opaque reference of 4 to 32 capital letters, digits and dashes (no names)',
  });

const text = (what: string) =>
  z
    .string({ error: `must say ${what}` })
    .trim()
    .min(3, { error: `must say ${what}` })
    .max(2000);

/** How long the region has, counted from the moment it is notified. */
export const alertDeadlinesSchema = z
  .object({
    acknowledgeWithinWorkingDays: z.number().int().min(1).max(10).default(1),
    evidenceWithinWorkingDays: z.number().int().min(1).max(20).default(2),
    /** For very imminent risk: hours instead of working days. */
    acknowledgeWithinHours: z.number().int().min(1).max(72).optional(),
    evidenceWithinHours: z.number().int().min(1).max(240).optional(),
  })
  .strict()
  .superRefine((d, context) => {
    const both = (a: number | undefined, b: number | undefined) => a !== undefined && b !== undefined && a > b;
    if (
      (d.acknowledgeWithinHours === undefined &&
        d.evidenceWithinHours === undefined &&
        d.acknowledgeWithinWorkingDays > d.evidenceWithinWorkingDays) ||
      both(d.acknowledgeWithinHours, d.evidenceWithinHours)
    ) {
      context.addIssue({
        code: 'custom',
        path: ['evidenceWithinWorkingDays'],
        message: 'must not come before the acknowledgement is due',
      });
    }
  });
export type AlertDeadlines = z.infer<typeof alertDeadlinesSchema>;

export const raiseAlertSchema = z
  .object({
    inspectionId: z.string().min(1),
    type: z.enum(ALERT_TYPES, { error: `must be one of: ${ALERT_TYPES.join(', ')}` }),
    category: z.enum(ALERT_CATEGORIES, { error: `must be one of: ${ALERT_CATEGORIES.join(', ')}` }),
    caseReference: caseReferenceSchema.optional(),
    whatMightHappen: text('what might happen if no action is taken'),
    howSerious: text('how serious it is'),
    howImminent: text('how imminent it is'),
    actionRequested: text('the action the region is asked to take'),
    raisedBy: z.string().trim().min(1, { error: 'must name who raised it' }),
    deadlines: alertDeadlinesSchema.optional(),
  })
  .strict()
  .superRefine((alert, context) => {
    if (alert.type === 'individual' && !alert.caseReference) {
      context.addIssue({ code: 'custom', path: ['caseReference'], message: 'is needed for an individual alert' });
    }
    if (alert.type === 'organisational' && alert.caseReference) {
      context.addIssue({
        code: 'custom',
        path: ['caseReference'],
        message: 'is not given for an organisational alert: it is about the region',
      });
    }
  });
export type RaiseAlert = z.infer<typeof raiseAlertSchema>;

/** Checks a request to raise an alert, every field at once. */
export function parseRaiseAlert(input: unknown): Result<RaiseAlert> {
  const parsed = raiseAlertSchema.safeParse(input);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, errors: fieldErrorsFrom(parsed.error, input) };
}

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
      return status === 'region-notified' || status === 'acknowledged';
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
export function leadChase(calendar: WorkingCalendar, since: Date, waitingFor: LeadDecision): AlertEvent[] {
  return [1, 2].map((days) => ({
    id: `${waitingFor}-reminder-${days}`,
    kind: 'reminder' as const,
    after: waitingFor,
    at: workingDaysLater(calendar, since, days).toISOString(),
    status: 'pending' as const,
  }));
}

/** What an alert needs before the inspection's report may be published. */
export interface GateAlert {
  ref: string;
  type: AlertType;
  status: AlertStatus;
  describedInReport: boolean;
}

export interface PublicationGate {
  open: boolean;
  /** Organisational alerts that hold publication, and why. */
  blocking: { ref: string; notAssured: boolean; notInReport: boolean; status: AlertStatus }[];
  /** Individual alerts not yet closed: listed for the lead at report time. */
  openIndividual: { ref: string; status: AlertStatus }[];
}

/**
 * The report may be published only once every organisational alert is assured and marked as
 * described in the report (§6.7: that one was raised must be described). A withdrawn alert does
 * not hold publication.
 */
export function publicationGate(alerts: readonly GateAlert[]): PublicationGate {
  const blocking = alerts
    .filter((alert) => alert.type === 'organisational' && alert.status !== 'withdrawn')
    .filter((alert) => alert.status !== 'assured' || !alert.describedInReport)
    .map((alert) => ({
      ref: alert.ref,
      status: alert.status,
      notAssured: alert.status !== 'assured',
      notInReport: !alert.describedInReport,
    }));
  const openIndividual = alerts
    .filter((alert) => alert.type === 'individual' && !isClosed(alert.status))
    .map((alert) => ({ ref: alert.ref, status: alert.status }));
  return { open: blocking.length === 0, blocking, openIndividual };
}

/** Why publication is held, in a sentence for the timeline. */
export function gateReason(gate: PublicationGate): string {
  return gate.blocking
    .map((alert) => {
      const problems = [
        ...(alert.notAssured ? [`not assured (${alert.status})`] : []),
        ...(alert.notInReport ? ['not marked as described in the report'] : []),
      ];
      return `organisational alert ${alert.ref} is ${problems.join(' and ')}`;
    })
    .join('; ');
}
