import * as z from 'zod/mini';
import { storedDate } from './storedDate.js';
import { ALERT_CATEGORIES, ALERT_STATUSES, ALERT_TYPES } from '../domain/alerts.js';
import {
  ALERT_DEADLINES,
  ALERT_EVENT_KINDS,
  ALERT_EVENT_STATUSES,
  ESCALATION_STEPS,
  LEAD_DECISIONS,
} from '../domain/alertSchedule.js';
import { alertDeadlinesSchema } from '../domain/alertRequest.js';
import { MILESTONE_IDS, MILESTONE_KINDS, PARTIES, PHASES } from '../domain/milestones.js';
import { EVENT_CONDITIONS, EVENT_KINDS } from '../domain/schedule.js';
import { MILESTONE_STATUSES } from '../domain/milestoneStatus.js';
import { NOTICE_KINDS } from '../domain/notices/catalogue.js';
import { peopleSchema, personSchema } from '../domain/people.js';
import { ESCALATION_ROLES, PERSON_ROLES } from '../domain/roles.js';
import { stageRecordSchema } from '../domain/report/stageProgress.js';

/** The records the store keeps, validated when read back. No case details live here. */

const isoInstant = z.iso.datetime({ offset: true });
const milestoneId = z.enum(MILESTONE_IDS);

export const inspectionRecordSchema = z.object({
  id: z.string(),
  ref: z.string(),
  region: z.string(),
  regionId: z.string(),
  fieldworkStart: storedDate,
  /** Overrides of the configurable defaults, as given. */
  overrides: z.record(z.string(), z.unknown()),
  /** Milestone dates set by hand, as given. */
  milestoneDates: z.record(z.string(), storedDate),
  people: peopleSchema,
  planVersion: z.int().check(z.gte(1)),
  /** Name of the workflow execution allowed to act; any other stops itself. */
  driver: z.string(),
  /** How many alerts were raised in the inspection (none: no need to look for them). */
  alertCount: z.optional(z.int().check(z.gte(0))),
  /** What people recorded of the report's stages (§7.1), oldest first: done, returned, disputed, decided. */
  reportRecords: z.optional(z.array(stageRecordSchema)),
  createdAt: isoInstant,
  createdBy: z.string(),
  updatedAt: isoInstant,
});
export type InspectionRecord = z.infer<typeof inspectionRecordSchema>;

export const milestoneRecordSchema = z.object({
  inspectionId: z.string(),
  id: milestoneId,
  title: z.string(),
  dueDate: storedDate,
  time: z.optional(z.string()),
  phase: z.enum(PHASES),
  kind: z.enum(MILESTONE_KINDS),
  party: z.enum(PARTIES),
  role: z.string(),
  status: z.enum(MILESTONE_STATUSES),
  planVersion: z.int(),
  completedAt: z.optional(isoInstant),
  completedBy: z.optional(z.string()),
  warnings: z.array(z.string()),
  /** Why the milestone cannot be reached yet (publication held by an organisational alert). */
  blockedReason: z.optional(z.string()),
});
export type MilestoneRecord = z.infer<typeof milestoneRecordSchema>;

/** `held`: due, but waiting for something outside the timeline (publication, for an alert). */
export const EVENT_STATUSES = ['pending', 'held', 'done', 'skipped', 'cancelled', 'failed'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const eventRecordSchema = z.object({
  inspectionId: z.string(),
  id: z.string(),
  kind: z.enum(EVENT_KINDS),
  notice: z.enum(NOTICE_KINDS),
  milestoneId,
  date: storedDate,
  at: isoInstant,
  phase: z.enum(PHASES),
  to: z.array(z.enum(PERSON_ROLES)),
  cc: z.array(z.enum(PERSON_ROLES)),
  condition: z.enum(EVENT_CONDITIONS),
  completesMilestone: z.boolean(),
  workingDaysFromMilestone: z.optional(z.int()),
  attachCalendar: z.boolean(),
  status: z.enum(EVENT_STATUSES),
  planVersion: z.int(),
  /** A deadline check that decided to notify records it before notifying, so a retry follows through. */
  decision: z.optional(z.enum(['notify'])),
  outcome: z.optional(z.string()),
  processedAt: z.optional(isoInstant),
  /** For a dates-changed notice: what moved. */
  changes: z.optional(z.array(z.object({ milestoneId, from: storedDate, to: storedDate }))),
  /**
   * For a change of an official: the role, who holds it now and whom they replaced; and the one
   * person the notice is for (`to` names roles, which would find the new holder, not the one replaced).
   */
  official: z.optional(z.object({ role: z.enum(PERSON_ROLES), name: z.string(), replacing: z.optional(z.string()) })),
  toPerson: z.optional(personSchema),
});
export type EventRecord = z.infer<typeof eventRecordSchema>;

/** `bounced`: SES accepted it but it did not arrive (a permanent bounce or a rejection): not "sent". */
export const NOTICE_STATUSES = ['sending', 'retrying', 'sent', 'failed', 'bounced'] as const;

export const noticeRecordSchema = z.object({
  inspectionId: z.string(),
  id: z.string(),
  kind: z.enum(NOTICE_KINDS),
  milestoneId: z.optional(milestoneId),
  /** For an alert's notices: which alert. */
  alertId: z.optional(z.string()),
  to: z.array(z.string()),
  cc: z.array(z.string()),
  toRoles: z.array(z.string()),
  languages: z.array(z.enum(['cy', 'en'])),
  subject: z.string(),
  status: z.enum(NOTICE_STATUSES),
  attempts: z.int(),
  /** While `sending`, no other attempt may send until this instant has passed. */
  leaseUntil: z.optional(isoInstant),
  messageId: z.optional(z.string()),
  sentAt: z.optional(isoInstant),
  /** An earlier attempt was cut off after it may have handed the message over: said aloud, not hidden. */
  possibleDuplicate: z.optional(z.boolean()),
  error: z.optional(z.string()),
  firstAttemptAt: isoInstant,
  /** What SES said happened to it afterwards: delivered, bounced, complained of, rejected. */
  deliveryEvents: z.optional(
    z.array(
      z.object({ type: z.enum(['delivery', 'bounce', 'complaint', 'reject']), at: isoInstant, detail: z.string() }),
    ),
  ),
});
export type NoticeRecord = z.infer<typeof noticeRecordSchema>;

export const completionRecordSchema = z.object({
  inspectionId: z.string(),
  milestoneId,
  at: isoInstant,
  by: z.string(),
  status: z.enum(MILESTONE_STATUSES),
  /** Why a milestone was waived rather than met. */
  reason: z.optional(z.string()),
  /** What the person noted when recording it. */
  note: z.optional(z.string()),
  /** When the record was made (`at` is when the work was done), and by whom stably (verified email). */
  recordedAt: z.optional(isoInstant),
  byId: z.optional(z.string()),
  /** The milestone's status before the record: what undoing it restores. */
  previous: z.optional(z.enum(MILESTONE_STATUSES)),
  /** Undone the day it was made: kept for the record, no longer standing. */
  undone: z.optional(z.object({ at: isoInstant, by: z.string() })),
});
export type CompletionRecord = z.infer<typeof completionRecordSchema>;

export const auditEntrySchema = z.object({
  inspectionId: z.string(),
  at: isoInstant,
  /** Who, by name (as people read the trail). */
  actor: z.string(),
  /** Who, stably: the signed-in person's verified email ('system' and SES have none). */
  actorId: z.optional(z.string()),
  action: z.string(),
  subject: z.string(),
  before: z.optional(z.unknown()),
  after: z.optional(z.unknown()),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

const byWhom = { at: isoInstant, by: z.string() };

/** Someone who is not the region (an administrator) answering for it: shown as "on behalf of the region". */
const onBehalfSchema = z.object({ of: z.literal('region'), reason: z.string() });
const evidenceSchema = z.object({
  ...byWhom,
  summary: z.string(),
  onBehalf: z.optional(onBehalfSchema),
});
const escalationStep = z.union(ESCALATION_STEPS.map((step) => z.literal(step)));

/**
 * An alert (§6.7). The case is named only by its opaque reference; what the inspector wrote stays
 * here, behind access control, and never goes into a notice.
 */
export const alertRecordSchema = z.object({
  inspectionId: z.string(),
  id: z.string(),
  ref: z.string(),
  type: z.enum(ALERT_TYPES),
  category: z.enum(ALERT_CATEGORIES),
  caseReference: z.optional(z.string()),
  /** The case of the sample the alert came from (§6.7), when its reference is one. */
  sampledCase: z.optional(z.object({ crn: z.string(), pdu: z.string() })),
  whatMightHappen: z.string(),
  howSerious: z.string(),
  howImminent: z.string(),
  actionRequested: z.string(),
  deadlines: alertDeadlinesSchema,
  status: z.enum(ALERT_STATUSES),
  /** Who raised it, and their verified email (`byId`), by which the hourly limit counts. */
  raised: z.object({ ...byWhom, byId: z.optional(z.string()) }),
  confirmed: z.optional(z.object(byWhom)),
  notifiedAt: z.optional(isoInstant),
  acknowledgeBy: z.optional(isoInstant),
  evidenceBy: z.optional(isoInstant),
  /** Raised before fieldwork (§6.7: alerts come from fieldwork): only by the lead, with a reason. */
  beforeFieldwork: z.optional(z.object({ reason: z.string() })),
  acknowledged: z.optional(z.object({ ...byWhom, onBehalf: z.optional(onBehalfSchema) })),
  /** The latest evidence; earlier submissions, each answered by a request for more, are in `earlierEvidence`. */
  evidence: z.optional(evidenceSchema),
  earlierEvidence: z.optional(z.array(evidenceSchema)),
  /** The lead's requests for more evidence, oldest first: each with its note and new deadline. */
  moreEvidence: z.optional(z.array(z.object({ ...byWhom, note: z.string(), evidenceBy: isoInstant }))),
  /** Evidence files the region attached, by their key in the evidence store (the bytes are there, never emailed). */
  evidenceFiles: z.optional(
    z.array(
      z.object({
        ...byWhom,
        key: z.string(),
        name: z.string(),
        type: z.string(),
        size: z.int().check(z.gte(1)),
        onBehalf: z.optional(onBehalfSchema),
      }),
    ),
  ),
  /** The lead's assurance, with the note of what assured them (older records have none). */
  assured: z.optional(z.object({ ...byWhom, note: z.optional(z.string()) })),
  withdrawn: z.optional(z.object({ ...byWhom, reason: z.string() })),
  describedInReport: z.optional(z.object(byWhom)),
  /** The timed steps once the region is notified: reminders and escalations. */
  events: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(ALERT_EVENT_KINDS),
      after: z.enum([...ALERT_DEADLINES, ...LEAD_DECISIONS]),
      step: z.optional(escalationStep),
      to: z.optional(z.enum(ESCALATION_ROLES)),
      at: isoInstant,
      status: z.enum(ALERT_EVENT_STATUSES),
      outcome: z.optional(z.string()),
    }),
  ),
  escalations: z.array(
    z.object({
      step: escalationStep,
      to: z.enum(ESCALATION_ROLES),
      after: z.enum(ALERT_DEADLINES),
      at: isoInstant,
    }),
  ),
  /** Ids of the alert's notices already sent (or given up as failed): never sent again. */
  sent: z.array(z.string()),
  /** Name of the workflow execution allowed to act on the alert. */
  driver: z.string(),
  /** Bumped by every write: a write from a stale read is refused. */
  version: z.int().check(z.gte(1)),
  updatedAt: isoInstant,
});
export type AlertRecord = z.infer<typeof alertRecordSchema>;

/** What a driver needs to decide what to do next: read in one consistent query. */
export interface InspectionState {
  inspection: InspectionRecord;
  milestones: MilestoneRecord[];
  events: EventRecord[];
}
