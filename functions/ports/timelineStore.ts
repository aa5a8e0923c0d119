import type { LocalDate } from '../domain/localDate.js';
import type { MilestoneId } from '../domain/milestones.js';
import type { MilestoneStatus } from '../domain/milestoneStatus.js';
import type { Person } from '../domain/people.js';
import type { StageRecord } from '../domain/report/stageProgress.js';
import type { InspectionAtAGlance } from './digests.js';
import type {
  AuditEntry,
  CompletionRecord,
  EventRecord,
  EventStatus,
  InspectionRecord,
  InspectionState,
  MilestoneRecord,
} from './records.js';

/** A milestone's status moving from one value to another: refused if it is no longer `from`. */
export interface StatusChange {
  milestoneId: MilestoneId;
  from: MilestoneStatus;
  to: MilestoneStatus;
  completedAt?: string;
  completedBy?: string;
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

export interface PlanReplacement {
  inspection: InspectionRecord;
  expectedPlanVersion: number;
  milestones: MilestoneRecord[];
  cancelEventIds: string[];
  newEvents: EventRecord[];
  audit: AuditEntry;
}

/** A held event (publication) and its milestone. */
export interface HeldEvent {
  inspectionId: string;
  eventId: string;
  milestoneId: MilestoneId;
  audit: AuditEntry;
}

/**
 * Inspections and their timelines: the inspection's record, its milestones, its timed events, the
 * completions people record and the audit trail. Every write that must agree is one transaction;
 * a write made from a stale read is refused with ConflictError. Reads take ids; writes take one
 * object naming what changes and the audit entry that says so.
 */
export interface TimelineStore {
  /** Refused (AlreadyExistsError) if the inspection exists. */
  createInspection(input: { state: InspectionState; audit: AuditEntry }): Promise<void>;
  /** The inspection, its milestones and its events; `pendingOnly` reads only the pending events (not those ended or held). */
  loadTimeline(inspectionId: string, options?: { pendingOnly?: boolean }): Promise<InspectionState | undefined>;
  /** The inspection's own record, without its timeline: one read. */
  getInspection(inspectionId: string): Promise<InspectionRecord | undefined>;
  listInspections(): Promise<InspectionRecord[]>;
  /**
   * Every inspection with the digests kept on its record (ports/digests.ts): the same one query as
   * listInspections, for the programme overview.
   */
  listAtAGlance(): Promise<InspectionAtAGlance[]>;
  /** The inspection's milestones alone, without its events: one query. */
  milestones(inspectionId: string): Promise<MilestoneRecord[]>;
  /** Milestones due between two dates (inclusive) across all inspections. */
  dueBetween(from: LocalDate, to: LocalDate): Promise<MilestoneRecord[]>;
  /** Milestones overdue or escalated, across all inspections. */
  overdue(): Promise<MilestoneRecord[]>;
  completions(inspectionId: string): Promise<CompletionRecord[]>;
  auditTrail(inspectionId: string): Promise<AuditEntry[]>;

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
  changeMilestones(input: { inspectionId: string; changes: StatusChange[]; audit: AuditEntry }): Promise<void>;
  recordCompletion(input: { completion: CompletionRecord; change: StatusChange; audit: AuditEntry }): Promise<void>;
  /**
   * Undoes a completion: the record is marked undone (refused if it already is, or does not exist),
   * and the milestone goes back to `change.to` with its completion details removed, atomically.
   */
  undoCompletion(input: {
    inspectionId: string;
    milestoneId: MilestoneId;
    /** The completion's `at`: with the milestone, its key. */
    completedAt: string;
    undone: { at: string; by: string };
    change: StatusChange;
    audit: AuditEntry;
  }): Promise<void>;
  /** Refused (ConflictError) unless the stored plan is still at `expectedPlanVersion`. */
  replacePlan(input: PlanReplacement): Promise<void>;
  /**
   * Sets the inspection's interview team (its people's `interviewTeam`: the assistant inspectors and
   * Welsh-speaking assessors the case sample's team form entered): they may sign in to the
   * inspection. The plan is not changed, so its version stays as it is.
   */
  setTeamAccess(input: { inspectionId: string; interviewTeam: Person[]; at: string; audit: AuditEntry }): Promise<void>;
  /**
   * Adds a record of one of the report's stages to the inspection's (`reportRecords`): refused
   * (ConflictError) unless it still holds `expectedCount` records, so two people recording at
   * once cannot both act on the same reading. The plan is not changed.
   */
  recordReportStage(input: {
    inspectionId: string;
    expectedCount: number;
    record: StageRecord;
    at: string;
    audit: AuditEntry;
  }): Promise<void>;
  /** Hands the inspection to a new driver; refused if the driver is no longer `expected`. */
  setDriver(input: { inspectionId: string; expected: string; next: string; at: string }): Promise<void>;
  /** Holds a due event (publication) and says on its milestone why; holding it again refreshes the reason. */
  holdEvent(input: HeldEvent & { reason: string }): Promise<void>;
  /** Lets a held event go: pending again, its milestone no longer blocked. */
  releaseEvent(input: HeldEvent): Promise<void>;
}
