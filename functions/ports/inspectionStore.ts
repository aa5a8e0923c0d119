import type { LocalDate } from '../domain/localDate.js';
import type { MilestoneId } from '../domain/milestones.js';
import type { MilestoneStatus } from '../domain/milestoneStatus.js';
import type {
  AlertRecord,
  AuditEntry,
  CompletionRecord,
  EventRecord,
  EventStatus,
  InspectionRecord,
  InspectionState,
  MilestoneRecord,
  NoticeRecord,
} from './records.js';

/** A milestone's status moving from one value to another: refused if it is no longer `from`. */
export interface StatusChange {
  milestoneId: MilestoneId;
  from: MilestoneStatus;
  to: MilestoneStatus;
  completedAt?: string;
  completedBy?: string;
}

/** Someone else changed the record first: re-read and decide again. */
export class ConflictError extends Error {
  override readonly name = 'ConflictError';
}

/** An open alert for the same case (or region) and category exists: the new one is refused. */
export class DuplicateAlertError extends Error {
  override readonly name = 'DuplicateAlertError';
  constructor(readonly openAlertId: string) {
    super(`an open alert exists: ${openAlertId}`);
  }
}

/** The record to create exists already. */
export class AlreadyExistsError extends Error {
  override readonly name = 'AlreadyExistsError';
}

export interface PlanReplacement {
  inspection: InspectionRecord;
  expectedPlanVersion: number;
  milestones: MilestoneRecord[];
  cancelEventIds: string[];
  newEvents: EventRecord[];
  audit: AuditEntry;
}

/** An event ending, with any milestone change it makes. */
export interface SettleEvent {
  inspectionId: string;
  eventId: string;
  status: Extract<EventStatus, 'done' | 'skipped' | 'failed'>;
  outcome: string;
  at: string;
  change?: StatusChange;
  audit: AuditEntry;
}

/** Where inspections live. DynamoDB in AWS and locally; every write that must agree is one transaction. */
export interface InspectionStore {
  create(state: InspectionState, audit: AuditEntry): Promise<void>;
  /** The inspection, its milestones and its events; `pendingOnly` leaves out events already ended. */
  load(inspectionId: string, options?: { pendingOnly?: boolean }): Promise<InspectionState | undefined>;
  listInspections(): Promise<InspectionRecord[]>;
  /** The inspection's own record, without its timeline: one read. */
  getInspection(inspectionId: string): Promise<InspectionRecord | undefined>;
  /** Milestones due between two dates (inclusive) across all inspections. */
  dueBetween(from: LocalDate, to: LocalDate): Promise<MilestoneRecord[]>;
  /** Milestones overdue or escalated, across all inspections. */
  overdue(): Promise<MilestoneRecord[]>;
  /** The inspection's milestones alone, without its events: one query. */
  milestones(inspectionId: string): Promise<MilestoneRecord[]>;
  notices(inspectionId: string): Promise<NoticeRecord[]>;
  completions(inspectionId: string): Promise<CompletionRecord[]>;
  audit(inspectionId: string): Promise<AuditEntry[]>;

  /** Ends a pending event, with any milestone change it makes, atomically. */
  settleEvent(input: SettleEvent): Promise<void>;
  /** Records a deadline check's decision with the milestone's new status, before any notice goes. */
  decideDeadline(input: {
    inspectionId: string;
    eventId: string;
    change: StatusChange;
    audit: AuditEntry;
  }): Promise<void>;
  /** Changes milestone statuses (calendar events passing), each only if still as expected. */
  changeMilestones(inspectionId: string, changes: StatusChange[], audit: AuditEntry[]): Promise<void>;
  recordCompletion(completion: CompletionRecord, change: StatusChange, audit: AuditEntry): Promise<void>;
  replacePlan(replacement: PlanReplacement): Promise<void>;
  /** Hands the inspection to a new driver; refused if the driver is no longer `expected`. */
  setDriver(inspectionId: string, expected: string, next: string, at: string): Promise<void>;

  /** Holds a due event (publication) and says on its milestone why; holding it again refreshes the reason. */
  holdEvent(input: {
    inspectionId: string;
    eventId: string;
    milestoneId: MilestoneId;
    reason: string;
    audit: AuditEntry;
  }): Promise<void>;
  /** Lets a held event go: pending again, its milestone no longer blocked. */
  releaseEvent(input: {
    inspectionId: string;
    eventId: string;
    milestoneId: MilestoneId;
    audit: AuditEntry;
  }): Promise<void>;

  /** The next alert number of an inspection: 1, 2, 3 … */
  nextAlertNumber(inspectionId: string): Promise<number>;
  /**
   * Stores a new alert, refused (DuplicateAlertError) while another alert holding the same
   * `openKey` is open.
   */
  createAlert(alert: AlertRecord, openKey: string, audit: AuditEntry): Promise<void>;
  getAlert(inspectionId: string, alertId: string): Promise<AlertRecord | undefined>;
  alerts(inspectionId: string): Promise<AlertRecord[]>;
  allAlerts(): Promise<AlertRecord[]>;
  /** Replaces an alert if it is still at `alert.version - 1`; `releaseKey` frees its open key (closing). */
  saveAlert(alert: AlertRecord, audit: AuditEntry[], options?: { releaseKey?: string }): Promise<void>;

  /** Adds what SES reported about a sent notice. Refused (ConflictError) for an unknown notice or one already told of this event. */
  recordDeliveryEvent(
    inspectionId: string,
    noticeId: string,
    event: { type: 'delivery' | 'bounce' | 'complaint' | 'reject'; at: string; detail: string },
    /** It did not arrive (a permanent bounce, a rejection): the notice becomes `bounced`. */
    undelivered: boolean,
    audit: AuditEntry,
  ): Promise<void>;

  getNotice(inspectionId: string, noticeId: string): Promise<NoticeRecord | undefined>;
  /** Takes the right to send: refused (ConflictError) unless `expected` still describes the stored notice. */
  claimNotice(notice: NoticeRecord, expected: NoticeRecord | undefined): Promise<void>;
  /** Records the outcome of the attempt numbered `attempt`. */
  finishNotice(
    inspectionId: string,
    noticeId: string,
    attempt: number,
    outcome:
      | { status: 'sent'; messageId: string; sentAt: string }
      | { status: 'retrying' | 'failed'; error: string }
      /** Still `sending`, but the lease is given up: the next attempt may take over. */
      | { status: 'uncertain'; error: string },
    audit: AuditEntry,
    /**
     * When sent: the event the notice was for ends in the same transaction, and `audit` (which
     * says so) stands for the settlement's own entry.
     */
    settle?: SettleEvent,
  ): Promise<void>;
}
