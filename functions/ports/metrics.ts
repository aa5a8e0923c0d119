/**
 * The business events operations count (issue 16): each a name, counted; never who or which
 * inspection (that is in the audit trail and the ids-only log). The names are the CloudWatch metric
 * names the stack's alarms and dashboard read, so they are written once, here.
 */
export const BUSINESS_EVENTS = [
  /** A notice the channel accepted (a possible duplicate included). */
  'NoticeSent',
  /** A notice the channel refused for good: it will not be sent. */
  'NoticeFailed',
  /** A sent notice SES says did not arrive (a permanent bounce or a rejection). */
  'NoticeBounced',
  /** A notice sent again after an attempt that may have sent it was cut off: marked, not silent. */
  'PossibleDuplicateSent',
  /** A milestone's deadline passed without it: marked overdue, the region chased. */
  'MilestoneOverdue',
  /** A milestone still not met at its escalation point: escalated. */
  'MilestoneEscalated',
  /** An alert raised (by a lead or anyone else on the inspection). */
  'AlertRaised',
  /** An alert's deadline passed unanswered: escalated to the Head of Programme or the Chief Inspector. */
  'AlertEscalated',
  /** A workflow task (an inspection's or an alert's driver) failed after all its retries. */
  'DriverFailed',
] as const;

export type BusinessEvent = (typeof BUSINESS_EVENTS)[number];

/** Counts business events: CloudWatch in AWS (embedded metric format), a list in tests and locally. */
export interface BusinessMetrics {
  count(event: BusinessEvent): void;
}

/** Keeps every count in memory: what the tests read, and the local runtime's metrics. */
export class MemoryMetrics implements BusinessMetrics {
  readonly counted: BusinessEvent[] = [];

  count(event: BusinessEvent): void {
    this.counted.push(event);
  }

  /** How many times an event was counted. */
  times(event: BusinessEvent): number {
    return this.counted.filter((counted) => counted === event).length;
  }

  /** Forgets what was counted, so a test can look at what one step does. */
  clear(): void {
    this.counted.length = 0;
  }
}
