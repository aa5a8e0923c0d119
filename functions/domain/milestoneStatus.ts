import type { LocalDate } from './localDate.js';
import { english, said, type Said } from './messages/said.js';

export const MILESTONE_STATUSES = ['pending', 'met', 'met-late', 'overdue', 'escalated', 'waived'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

/**
 * Finished one way or another: nothing more is sent about it. A milestone is met only when someone
 * records it (or, for the announcement, when the service sends it), never because its date came.
 */
export function isSettled(status: MilestoneStatus): boolean {
  return status === 'met' || status === 'met-late' || status === 'waived';
}

/**
 * The status a completion recorded on `recordedOn` (the UK date the record was made, or the
 * notice sent) gives a milestone due on `dueDate`: met on or before it, met late after it.
 */
export function statusOnCompletion(dueDate: LocalDate, recordedOn: LocalDate): MilestoneStatus {
  return recordedOn <= dueDate ? 'met' : 'met-late';
}

/**
 * What is wrong with the time a person gives for when a milestone was done, or undefined: it may
 * be no earlier than when the inspection was planned and no later than now.
 */
export function completionTimeSaid(at: Date, allowed: { plannedAt: Date; now: Date }): Said | undefined {
  const { plannedAt, now } = allowed;
  if (at >= plannedAt && at <= now) return undefined;
  return said('dates.record.timeOutOfRange', { planned: plannedAt.toISOString(), now: now.toISOString() });
}

/** `completionTimeSaid` in English. */
export function completionTimeProblem(at: Date, allowed: { plannedAt: Date; now: Date }): string | undefined {
  const problem = completionTimeSaid(at, allowed);
  return problem && english(problem);
}

/** What a deadline check decides: the new status and the notice to send, or nothing. */
export type DeadlineDecision =
  { action: 'none'; reason: string } | { action: 'mark'; status: 'overdue' | 'escalated'; notify: true };

/**
 * At the overdue check a deadline not yet met becomes overdue; at the escalation check an
 * overdue deadline is escalated. A deadline met (even late) or waived in the meantime stops the chain.
 */
export function decideDeadlineCheck(check: 'overdue' | 'escalation', status: MilestoneStatus): DeadlineDecision {
  if (isSettled(status)) return { action: 'none', reason: `already ${status}` };
  if (check === 'overdue') {
    return status === 'pending'
      ? { action: 'mark', status: 'overdue', notify: true }
      : { action: 'none', reason: `already ${status}` };
  }
  return status === 'overdue' || status === 'pending'
    ? { action: 'mark', status: 'escalated', notify: true }
    : { action: 'none', reason: `already ${status}` };
}
