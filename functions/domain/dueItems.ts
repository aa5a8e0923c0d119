import { leadChase, type LeadDecision } from './alertSchedule.js';
import type { AlertStatus } from './alerts.js';
import type { WorkingCalendar } from './calendar.js';
import { addDays, mondayOf, ukDateOf, type LocalDate } from './localDate.js';
import type { Party } from './milestones.js';
import { isSettled, type MilestoneStatus } from './milestoneStatus.js';
import { OVERVIEW_DEFAULTS } from './overview.js';

/**
 * "What is due" across the programme (issue 18): milestones and alert deadlines together, for a
 * period, with what is overdue, each saying who acts. The documents say nothing of this; the
 * periods and the "who acts" of an alert are our defaults (README, The dashboard).
 */

/** The periods the page offers: this week (Monday to Sunday), the next two weeks, or a range. */
export const DUE_PERIODS = ['this-week', 'next-two-weeks', 'range'] as const;
export type DuePeriod = (typeof DUE_PERIODS)[number];

export const DUE_PERIOD_TITLES: Record<DuePeriod, string> = {
  'this-week': 'This week',
  'next-two-weeks': `The next ${OVERVIEW_DEFAULTS.dueWindowDays} days`,
  range: 'Dates you choose',
};

/** Who acts on a due item: the region (RPD or SPOC) or the inspectorate. */
export type Actor = Party;

/** The first and last day of a named period, as of `today` (UK date). */
export function periodDates(period: Exclude<DuePeriod, 'range'>, today: LocalDate): { from: LocalDate; to: LocalDate } {
  if (period === 'this-week') {
    const monday = mondayOf(today);
    return { from: monday, to: addDays(monday, 6) };
  }
  return { from: today, to: addDays(today, OVERVIEW_DEFAULTS.dueWindowDays) };
}

/** What an alert waits for now, and from whom; undefined once it is closed. */
export interface AlertTurn {
  actor: Actor;
  /** Who, in words: "the region", "the lead inspector". */
  who: string;
  /** What they are to do. */
  what: string;
}

/**
 * Whose turn an open alert is: the lead confirms a raised alert and assures once evidence is in;
 * the region acknowledges and evidences; a confirmed alert waits for the system to tell the region.
 */
export function whoseTurn(status: AlertStatus): AlertTurn | undefined {
  switch (status) {
    case 'raised':
      return { actor: 'inspectorate', who: 'the lead inspector', what: 'Confirm the alert' };
    case 'confirmed':
      return { actor: 'inspectorate', who: 'the service', what: 'Tell the region' };
    case 'region-notified':
      return { actor: 'region', who: 'the region', what: 'Acknowledge the alert' };
    case 'acknowledged':
      return { actor: 'region', who: 'the region', what: 'Send evidence of action' };
    case 'evidence-submitted':
      return { actor: 'inspectorate', who: 'the lead inspector', what: 'Review the evidence and assure' };
    case 'assured':
    case 'withdrawn':
      return undefined;
  }
}

/** What the due list needs of an alert, as its reader may see it. */
export interface AlertDeadlines {
  status: AlertStatus;
  acknowledgeBy?: string;
  evidenceBy?: string;
}

/** One of an alert's deadlines still owed by the region: acknowledgement, then evidence of action. */
export interface AlertDeadline {
  deadline: 'acknowledgement' | 'evidence';
  what: string;
  /** The instant it is due. */
  at: string;
}

/**
 * The region's deadlines an alert still has: acknowledging (until acknowledged) and evidencing its
 * action (until evidence is in). Evidence may come without an acknowledgement, so a notified alert
 * owes both. The lead's decisions are in leadDecisionDue.
 */
export function owedDeadlines(alert: AlertDeadlines): AlertDeadline[] {
  const owed: AlertDeadline[] = [];
  if (alert.status === 'region-notified' && alert.acknowledgeBy) {
    owed.push({ deadline: 'acknowledgement', what: 'Acknowledge the alert', at: alert.acknowledgeBy });
  }
  if ((alert.status === 'region-notified' || alert.status === 'acknowledged') && alert.evidenceBy) {
    owed.push({ deadline: 'evidence', what: 'Send evidence of action', at: alert.evidenceBy });
  }
  return owed;
}

/** What the due list needs of an alert to know whether the lead owes a decision, and since when. */
export interface AlertAwaitingLead {
  status: AlertStatus;
  raised: { at: string };
  evidence?: { at: string };
}

/**
 * The decision the lead inspector owes on an alert, if any: confirming a raised alert, or reviewing
 * the region's evidence to assure it. It falls due when the lead is first chased for it (one working
 * day after it began waiting, as leadChase has it), so the due list and the reminders agree.
 */
export function leadDecisionDue(
  alert: AlertAwaitingLead,
  calendar: WorkingCalendar,
): { decision: LeadDecision; what: string; at: string } | undefined {
  const waiting: { decision: LeadDecision; since: string } | undefined =
    alert.status === 'raised'
      ? { decision: 'confirmation', since: alert.raised.at }
      : alert.status === 'evidence-submitted' && alert.evidence
        ? { decision: 'assurance', since: alert.evidence.at }
        : undefined;
  if (!waiting) return undefined;
  const [firstReminder] = leadChase(calendar, new Date(waiting.since), waiting.decision);
  const what = whoseTurn(alert.status)?.what ?? '';
  return firstReminder ? { decision: waiting.decision, what, at: firstReminder.at } : undefined;
}

/** One thing due, whatever it is: a milestone or an alert's deadline. */
export interface DueItem {
  kind: 'milestone' | 'alert';
  inspectionId: string;
  region: string;
  regionId: string;
  /** The milestone's id, or the alert's id. */
  id: string;
  /** The alert's reference (`DIPP-…-A1`); milestones have none. */
  ref?: string;
  title: string;
  dueDate: LocalDate;
  /** An alert's deadline is an instant; a milestone may have a time of day. */
  at?: string;
  /** UK time of day, "17:30", where it has one. */
  time?: string;
  actor: Actor;
  /** Who, in words ("SPOC", "lead inspector", "the region"). */
  role: string;
  overdue: boolean;
  /** The milestone's status (overdue, escalated …), or the alert's. */
  status: string;
}

/** A milestone still to be done (pending, overdue or escalated): settled ones are not due. */
export const stillDue = (status: MilestoneStatus) => !isSettled(status);

/** Whether an alert deadline due at `at` has passed at `now`. */
export const deadlinePassed = (at: string, now: Date) => new Date(at) <= now;

/** The UK date an alert deadline falls on. */
export const dueDateOf = (at: string): LocalDate => ukDateOf(new Date(at));

/** Oldest first; at the same date, the earlier time, then by inspection. */
export function byWhenDue(a: DueItem, b: DueItem): number {
  return (
    a.dueDate.localeCompare(b.dueDate) ||
    (a.time ?? '').localeCompare(b.time ?? '') ||
    a.region.localeCompare(b.region) ||
    a.title.localeCompare(b.title)
  );
}
