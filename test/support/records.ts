import type { MilestoneId } from '../../functions/domain/milestones.js';
import {
  alertRecordSchema,
  auditEntrySchema,
  eventRecordSchema,
  inspectionRecordSchema,
  milestoneRecordSchema,
  noticeRecordSchema,
  type AlertRecord,
  type AuditEntry,
  type EventRecord,
  type InspectionRecord,
  type InspectionState,
  type MilestoneRecord,
  type NoticeRecord,
} from '../../functions/ports/records.js';

/**
 * Records as the application writes them, for store tests: each one checked against its schema,
 * so a fixture the store would refuse to read back fails here, not in the test.
 */

const person = (role: string, name: string) => ({ name, email: `${role}@officials.example` });

export const PEOPLE = {
  lead: person('lead', 'Lee Inspector'),
  deputyLead: person('deputy', 'Dee Deputy'),
  isa: person('isa', 'Isa Admin'),
  rpd: person('rpd', 'Rhian Director'),
  spoc: person('spoc', 'Sam Contact'),
  headOfProgramme: person('head', 'Hana Head'),
};

/** An inspection of a region, named as the application names it: `<regionId>-<fieldworkStart>`. */
export function anInspection(
  region: { name: string; id: string } = { name: 'North East', id: 'north-east' },
  fieldworkStart = '2027-03-01',
  overrides: Partial<InspectionRecord> = {},
): InspectionRecord {
  const id = `${region.id}-${fieldworkStart}`;
  return inspectionRecordSchema.parse({
    id,
    ref: `DIPP-${id.toUpperCase()}`,
    region: region.name,
    regionId: region.id,
    fieldworkStart,
    overrides: {},
    milestoneDates: {},
    people: PEOPLE,
    planVersion: 1,
    driver: `${id}-v1-1a2b3c4d`,
    createdAt: '2027-01-11T09:30:00.000Z',
    createdBy: 'inspection support administrator',
    updatedAt: '2027-01-11T09:30:00.000Z',
    ...overrides,
  });
}

const MILESTONES = {
  orgStructureDue: {
    title: 'Organisational structure, leaders’ contacts, key staff availability and diversity considerations due',
    phase: 'pre-fieldwork',
    kind: 'deadline',
    party: 'region',
    role: 'single point of contact',
  },
  evidenceDeadline: {
    title: 'All evidence in advance uploaded',
    phase: 'pre-fieldwork',
    kind: 'deadline',
    party: 'region',
    role: 'single point of contact',
  },
  fieldworkWeek1Start: {
    title: 'Fieldwork week one starts: leadership briefing, then remote case inspection',
    phase: 'fieldwork',
    kind: 'event',
    party: 'inspectorate',
    role: 'lead inspector',
  },
  publication: {
    title: 'Report published',
    phase: 'post-fieldwork',
    kind: 'event',
    party: 'inspectorate',
    role: 'Head of Probation Inspection Programme',
  },
} as const;

export function aMilestone(
  inspectionId: string,
  id: keyof typeof MILESTONES,
  dueDate: string,
  overrides: Partial<MilestoneRecord> = {},
): MilestoneRecord {
  return milestoneRecordSchema.parse({
    inspectionId,
    id,
    ...MILESTONES[id],
    dueDate,
    status: 'pending',
    planVersion: 1,
    warnings: [],
    ...overrides,
  });
}

/** An event of the schedule, with its id as the scheduler makes it: `<notice>:<milestoneId>:<date>`. */
export function anEvent(
  inspectionId: string,
  notice: EventRecord['notice'],
  milestoneId: MilestoneId,
  date: string,
  overrides: Partial<EventRecord> = {},
): EventRecord {
  const check = notice === 'deadline-overdue' || notice === 'deadline-escalation';
  return eventRecordSchema.parse({
    inspectionId,
    id: `${notice}:${milestoneId}:${date}`,
    kind: check ? 'deadline-check' : 'notice',
    notice,
    milestoneId,
    date,
    at: `${date}T09:00:00Z`,
    phase: date < '2027-03-01' ? 'pre-fieldwork' : date <= '2027-03-19' ? 'fieldwork' : 'post-fieldwork',
    to: check ? ['spoc'] : ['rpd', 'spoc'],
    cc: ['lead'],
    condition: notice === 'deadline-reminder' ? 'unless-met' : 'always',
    completesMilestone: notice === 'publication',
    attachCalendar: false,
    status: 'pending',
    planVersion: 1,
    ...overrides,
  });
}

/**
 * An inspection with fieldwork from 1 March 2027, its timeline cut down to four milestones either
 * side of a month's end, and events of each kind: a reminder, two deadline checks, the publication.
 */
export function aTimeline(
  region: { name: string; id: string } = { name: 'North East', id: 'north-east' },
  fieldworkStart = '2027-03-01',
): InspectionState {
  const inspection = anInspection(region, fieldworkStart);
  const id = inspection.id;
  return {
    inspection,
    milestones: [
      aMilestone(id, 'publication', '2027-04-30'),
      aMilestone(id, 'orgStructureDue', '2027-02-15'),
      aMilestone(id, 'fieldworkWeek1Start', '2027-03-01'),
      aMilestone(id, 'evidenceDeadline', '2027-02-22'),
    ],
    events: [
      anEvent(id, 'deadline-reminder', 'orgStructureDue', '2027-02-12', { workingDaysFromMilestone: -1 }),
      anEvent(id, 'deadline-overdue', 'orgStructureDue', '2027-02-16', { workingDaysFromMilestone: 1 }),
      anEvent(id, 'deadline-escalation', 'orgStructureDue', '2027-02-18', { workingDaysFromMilestone: 3 }),
      anEvent(id, 'publication', 'publication', '2027-04-30'),
    ],
  };
}

/** The ids of aTimeline's events, by what they are. */
export const EVENTS = {
  reminder: 'deadline-reminder:orgStructureDue:2027-02-12',
  overdueCheck: 'deadline-overdue:orgStructureDue:2027-02-16',
  escalationCheck: 'deadline-escalation:orgStructureDue:2027-02-18',
  publication: 'publication:publication:2027-04-30',
} as const;

export function anAudit(
  inspectionId: string,
  action: string,
  at: string,
  subject = `inspection ${inspectionId}`,
): AuditEntry {
  return auditEntrySchema.parse({ inspectionId, at, actor: 'system', action, subject });
}

/** A notice claimed for its first attempt: `sending`, under a lease. */
export function aNotice(inspectionId: string, eventId: string, overrides: Partial<NoticeRecord> = {}): NoticeRecord {
  const [kind, milestoneId] = eventId.split(':');
  return noticeRecordSchema.parse({
    inspectionId,
    id: eventId,
    kind,
    milestoneId,
    to: ['sam.contact@region.example'],
    cc: [PEOPLE.lead.email],
    toRoles: ['spoc'],
    languages: ['en'],
    subject: 'Reminder: organisational structure due on Monday 15 February 2027',
    status: 'sending',
    attempts: 1,
    leaseUntil: '2027-02-12T09:05:00.000Z',
    firstAttemptAt: '2027-02-12T09:00:00.000Z',
    ...overrides,
  });
}

/** An alert raised by an inspector about one case, as raiseAlert stores it. */
export function anAlert(inspectionId: string, number: number, overrides: Partial<AlertRecord> = {}): AlertRecord {
  const id = `${inspectionId}-a${number}`;
  return alertRecordSchema.parse({
    inspectionId,
    id,
    ref: `DIPP-${id.toUpperCase()}`,
    type: 'individual',
    category: 'risk-of-harm-to-others',
    caseReference: 'CASE-0042',
    whatMightHappen: 'The person on probation may contact the victim, against their licence conditions.',
    howSerious: 'Serious: a risk of physical harm.',
    howImminent: 'Within days.',
    actionRequested: 'Review the risk management plan and confirm contact arrangements.',
    deadlines: { acknowledgeWithinWorkingDays: 1, evidenceWithinWorkingDays: 2 },
    status: 'raised',
    raised: { at: '2027-03-02T14:00:00.000Z', by: 'Ira Inspector' },
    events: [],
    escalations: [],
    sent: [],
    driver: `${id}-5e6f7a8b`,
    version: 1,
    updatedAt: '2027-03-02T14:00:00.000Z',
    ...overrides,
  });
}

/** The open key raiseAlert gives an alert: one open alert per case (or region) and category. */
export const openKeyOf = (alert: AlertRecord) => `${alert.caseReference ?? 'ORG'}#${alert.category}`;
