import { addWorkingDays, type WorkingCalendar } from './calendar.js';
import { addDays, type LocalDate } from './localDate.js';
import type { PlanSettings } from './settings.js';

export const PHASES = ['pre-fieldwork', 'fieldwork', 'post-fieldwork'] as const;
export type Phase = (typeof PHASES)[number];

/** event: it happens; deadline: the region must deliver by then; task: the inspectorate must. */
export const MILESTONE_KINDS = ['event', 'deadline', 'task'] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

export const PARTIES = ['region', 'inspectorate'] as const;
export type Party = (typeof PARTIES)[number];

/** Who acts, in the manual's words (§3.1). */
export type Role =
  | 'regional probation director'
  | 'single point of contact'
  | 'lead inspector'
  | 'inspection support administrator'
  | 'Head of Probation Inspection Programme';

export const MILESTONE_IDS = [
  'announcement',
  'orgStructureDue',
  'planningMeeting',
  'planningNotesIssued',
  'scheduleChangeDeadline',
  'evidenceDeadline',
  'weekTwoScheduleShared',
  'fieldworkWeek1Start',
  'reviewWeekStart',
  'fieldworkWeek2Start',
  'fieldworkEnd',
  'draftReportDue',
  'factualAccuracySent',
  'factualAccuracyDue',
  'followUpWeekStart',
  'publication',
] as const;
export type MilestoneId = (typeof MILESTONE_IDS)[number];

/** What a rule may read: F, E, the settings, and the dates already placed. */
export interface RuleContext {
  fieldworkStart: LocalDate;
  fieldworkEnd: LocalDate;
  isWales: boolean;
  settings: PlanSettings;
  calendar: WorkingCalendar;
  /** Dates of the milestones placed earlier in MILESTONE_RULES, after moving to working days. */
  placed: Readonly<Partial<Record<MilestoneId, LocalDate>>>;
}

export interface MilestoneRule {
  id: MilestoneId;
  title: string;
  phase: Phase;
  kind: MilestoneKind;
  party: Party;
  role: Role;
  source: string;
  /** UK local time of day, when the milestone has one. */
  time?: (settings: PlanSettings) => string;
  /** For a region's deadline: the milestone whose notice asks for it (no reminder goes out before). */
  requestedBy?: MilestoneId;
  /**
   * The notice sent on its date *is* the milestone (the announcement): met when that notice has
   * gone, not before. Work people do (sharing the week-two schedule, sending the draft report,
   * publishing) is met only when someone records it; its notice follows the record (schedule.ts).
   */
  metByItsNotice?: true;
  /**
   * Where the date goes when the rule lands on a non-working day: the next working day (the
   * digest's rule), or the one before for things that must happen before something else.
   */
  whenNotWorkingDay?: 'next' | 'previous';
  /** The date the rule gives, before any move to a working day. */
  date: (context: RuleContext) => LocalDate;
}

function placed(context: RuleContext, id: MilestoneId): LocalDate {
  const date = context.placed[id];
  if (date === undefined) throw new Error(`rule order: ${id} is used before it is placed`);
  return date;
}

const F = (context: RuleContext, days: number) => addDays(context.fieldworkStart, days);
const E = (context: RuleContext, days: number) => addDays(context.fieldworkEnd, days);

/** Fieldwork ends on the Friday of week two: E = F + 18 days. */
export const FIELDWORK_END_OFFSET_DAYS = 18;

/** The digest's table, in an order where every rule's inputs are placed before it. */
export const MILESTONE_RULES: readonly MilestoneRule[] = [
  {
    id: 'announcement',
    title: 'Inspection announced to the regional probation director',
    phase: 'pre-fieldwork',
    kind: 'event',
    party: 'inspectorate',
    role: 'lead inspector',
    source: '§2.4, §3.3, §3.4, §4.2, §5.1',
    metByItsNotice: true,
    date: (c) => F(c, -21),
  },
  {
    id: 'planningMeeting',
    title: 'Planning meeting (remote, chaired by the lead inspector)',
    phase: 'pre-fieldwork',
    kind: 'event',
    party: 'inspectorate',
    role: 'lead inspector',
    source: '§3.5',
    time: (s) => s.planningMeetingTime,
    date: (c) => F(c, -13),
  },
  {
    id: 'orgStructureDue',
    title: 'Organisational structure, leaders’ contacts, key staff availability and diversity considerations due',
    phase: 'pre-fieldwork',
    kind: 'deadline',
    party: 'region',
    role: 'single point of contact',
    source: '§3.6',
    requestedBy: 'announcement',
    date: (c) =>
      addWorkingDays(
        c.calendar,
        placed(c, 'planningMeeting'),
        -c.settings.orgStructureWorkingDaysBeforePlanningMeeting,
      ),
  },
  {
    id: 'planningNotesIssued',
    title: 'Planning meeting notes issued to the SPOC',
    phase: 'pre-fieldwork',
    kind: 'task',
    party: 'inspectorate',
    role: 'inspection support administrator',
    source: '§3.5',
    date: (c) =>
      addWorkingDays(c.calendar, placed(c, 'planningMeeting'), c.settings.planningNotesWorkingDaysAfterMeeting),
  },
  {
    id: 'scheduleChangeDeadline',
    title: 'Last day to request fieldwork schedule changes and name cases for possible exclusion',
    phase: 'pre-fieldwork',
    kind: 'deadline',
    party: 'region',
    role: 'single point of contact',
    source: '§5.1',
    requestedBy: 'announcement',
    date: (c) => F(c, -12),
  },
  {
    id: 'evidenceDeadline',
    title: 'All evidence in advance uploaded',
    phase: 'pre-fieldwork',
    kind: 'deadline',
    party: 'region',
    role: 'single point of contact',
    source: '§3.6',
    requestedBy: 'announcement',
    date: (c) => F(c, -7),
  },
  {
    id: 'weekTwoScheduleShared',
    title: 'Draft schedule for fieldwork week two shared with the region',
    phase: 'pre-fieldwork',
    kind: 'task',
    party: 'inspectorate',
    role: 'lead inspector',
    source: '§5.1',
    // "before fieldwork week one starts": moving forward could put it on or after the start.
    whenNotWorkingDay: 'previous',
    date: (c) => F(c, -3),
  },
  {
    id: 'fieldworkWeek1Start',
    title: 'Fieldwork week one starts: leadership briefing, then remote case inspection',
    phase: 'fieldwork',
    kind: 'event',
    party: 'inspectorate',
    role: 'lead inspector',
    source: '§2.4, §3.7, §5.1',
    date: (c) => F(c, 0),
  },
  {
    id: 'reviewWeekStart',
    title: 'Review week: lead inspector reviews case evidence and plans week-two meetings',
    phase: 'fieldwork',
    kind: 'event',
    party: 'inspectorate',
    role: 'lead inspector',
    source: '§2.4, §5.1',
    date: (c) => F(c, 7),
  },
  {
    id: 'fieldworkWeek2Start',
    title: 'Fieldwork week two starts on site (Monday afternoon)',
    phase: 'fieldwork',
    kind: 'event',
    party: 'inspectorate',
    role: 'lead inspector',
    source: '§5.1, §5.2, §6.9',
    date: (c) => F(c, 14),
  },
  {
    id: 'fieldworkEnd',
    title: 'Fieldwork ends with the closing meeting with the RPD',
    phase: 'fieldwork',
    kind: 'event',
    party: 'inspectorate',
    role: 'lead inspector',
    source: '§6.9',
    // The closing meeting ends week two: a holiday Friday brings it forward, not into next week.
    whenNotWorkingDay: 'previous',
    date: (c) => E(c, 0),
  },
  {
    id: 'draftReportDue',
    title: 'First draft of the report due from the lead inspector',
    phase: 'post-fieldwork',
    kind: 'task',
    party: 'inspectorate',
    role: 'lead inspector',
    source: '§7.1',
    date: (c) => E(c, 14),
  },
  {
    id: 'factualAccuracySent',
    title: 'Draft report sent to the region for factual-accuracy checking',
    phase: 'post-fieldwork',
    kind: 'task',
    party: 'inspectorate',
    role: 'lead inspector',
    source: '§2.4',
    date: (c) => E(c, 21),
  },
  {
    id: 'factualAccuracyDue',
    title: 'Factual-accuracy comments due from the region',
    phase: 'post-fieldwork',
    kind: 'deadline',
    party: 'region',
    role: 'single point of contact',
    source: '§7.3 (period is a configurable default)',
    requestedBy: 'factualAccuracySent',
    date: (c) => addWorkingDays(c.calendar, placed(c, 'factualAccuracySent'), c.settings.factualAccuracyWorkingDays),
  },
  {
    id: 'followUpWeekStart',
    title: 'Follow-up week: workshops with strategic leaders and managers',
    phase: 'post-fieldwork',
    kind: 'event',
    party: 'inspectorate',
    role: 'lead inspector',
    source: '§2.4, §7.2',
    date: (c) => F(c, 35),
  },
  {
    id: 'publication',
    title: 'Report published',
    phase: 'post-fieldwork',
    kind: 'event',
    party: 'inspectorate',
    role: 'Head of Probation Inspection Programme',
    source: '§2.4, §6.9, §7.4',
    date: (c) => E(c, c.isWales ? 56 : 42),
  },
];

/** Whether the milestone is met by sending its notice: the announcement, and nothing else. */
export function isMetByItsNotice(id: MilestoneId): boolean {
  return MILESTONE_RULES.find((rule) => rule.id === id)?.metByItsNotice === true;
}
