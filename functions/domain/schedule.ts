import { addWorkingDays, type WorkingCalendar } from './calendar.js';
import { ukInstant, type LocalDate } from './localDate.js';
import { isMetByItsNotice, type MilestoneId, type Phase } from './milestones.js';
import type { MilestoneStatus } from './milestoneStatus.js';
import { whenChangeNoticeGoes, type WorkingHours } from './workingHours.js';
import type { NoticeKind } from './notices/catalogue.js';
import type { PersonRole } from './roles.js';
import type { InspectionPlan } from './planner.js';

/**
 * notice: send a notice (skipped when its condition no longer holds);
 * deadline-check: decide whether a region deadline is overdue or to be escalated, and say so.
 */
export const EVENT_KINDS = ['notice', 'deadline-check'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/**
 * When a notice is still worth sending: always; unless its milestone is met; only if an alert holds
 * publication; or, for a notice that says work was done, only once someone has recorded that work
 * (`when-recorded`: it goes when the record is made, moved into working hours, never on a date).
 */
export const EVENT_CONDITIONS = [
  'always',
  'unless-met',
  'if-publication-held',
  'when-recorded',
  'while-sample-not-ready',
] as const;
export type EventCondition = (typeof EVENT_CONDITIONS)[number];

/** One timed thing the workflow does for an inspection. */
export interface ScheduledEvent {
  /** `notice:milestone:date[:n]`: the same for the same notice on the same date in every plan version,
   *  so a reschedule that leaves a date alone keeps that event, sent or not. */
  id: string;
  kind: EventKind;
  notice: NoticeKind;
  milestoneId: MilestoneId;
  date: LocalDate;
  /** ISO instant in UTC. */
  at: string;
  /** The part of the lifecycle the event falls in, by its date. */
  phase: Phase;
  to: PersonRole[];
  cc: PersonRole[];
  condition: EventCondition;
  /** Sending the notice is the milestone: it is met when the notice has gone. */
  completesMilestone: boolean;
  /** Working days before (negative) or after (positive) the milestone, for reminders. */
  workingDaysFromMilestone?: number;
  /** Attach the iCalendar file of the plan. */
  attachCalendar: boolean;
}

type Draft = Omit<
  ScheduledEvent,
  'id' | 'at' | 'phase' | 'cc' | 'condition' | 'completesMilestone' | 'attachCalendar'
> &
  Partial<Pick<ScheduledEvent, 'cc' | 'condition' | 'attachCalendar'>>;

/**
 * The notices that say the inspectorate did something (issue 18, section 2), each sent when the
 * person responsible records the work, never because its planned date came. The planned date
 * drives a reminder to that person the working day before and, past it, an overdue notice to them
 * and the Head of Programme.
 */
export const WORK_DONE_NOTICES = [
  {
    notice: 'week-two-schedule',
    milestoneId: 'weekTwoScheduleShared',
    responsible: 'lead',
    to: ['spoc'],
    cc: ['rpd', 'lead'],
  },
  {
    notice: 'factual-accuracy-check',
    milestoneId: 'factualAccuracySent',
    responsible: 'lead',
    to: ['rpd', 'spoc'],
    cc: ['lead'],
  },
  {
    notice: 'publication',
    milestoneId: 'publication',
    responsible: 'headOfProgramme',
    to: ['rpd', 'spoc'],
    cc: ['lead', 'isa', 'headOfProgramme'],
  },
] as const satisfies readonly {
  notice: NoticeKind;
  milestoneId: MilestoneId;
  responsible: PersonRole;
  to: readonly PersonRole[];
  cc: readonly PersonRole[];
}[];

/** Whether recording the milestone as done sends a notice (so the inspection's driver must look again). */
export function hasWorkDoneNotice(milestoneId: MilestoneId): boolean {
  return WORK_DONE_NOTICES.some((work) => work.milestoneId === milestoneId);
}

/** What decides when an event is due besides its own time. */
export interface EventTiming {
  calendar: WorkingCalendar;
  workingHours: WorkingHours;
}

/**
 * When a stored event falls due (ISO instant), or undefined while it waits for a record: a notice
 * of work done is due when the work was recorded as done (moved into working hours: recorded at
 * 20:00, it goes at the start of the next working day), and never before; one whose milestone was
 * waived falls due at its planned time, to be skipped. Every other event is due at its time.
 */
export function dueTimeOf(
  event: Pick<ScheduledEvent, 'at' | 'condition'>,
  milestone: { status: MilestoneStatus; completedAt?: string | undefined } | undefined,
  timing: EventTiming,
): string | undefined {
  if (event.condition !== 'when-recorded') return event.at;
  if (milestone?.status === 'waived') return event.at;
  if (milestone?.status !== 'met' && milestone?.status !== 'met-late') return undefined;
  if (milestone.completedAt === undefined) return event.at;
  return whenChangeNoticeGoes(timing.calendar, timing.workingHours, new Date(milestone.completedAt)).toISOString();
}

/** The phase a date falls in, for an event on it. */
export function phaseOf(date: LocalDate, plan: InspectionPlan): Phase {
  if (date < plan.fieldworkStart) return 'pre-fieldwork';
  return date <= plan.fieldworkEnd ? 'fieldwork' : 'post-fieldwork';
}

/** When the ISA and the lead are reminded of a case sample not ready, in working days after the announcement. */
export const CASE_SAMPLE_REMINDER_WORKING_DAYS = [1, 3, 5, 7] as const;

/**
 * Every notice and deadline check of an inspection, in time order. Pure: derived from the plan
 * alone, so the stored events can always be rebuilt and compared.
 */
export function scheduleFor(plan: InspectionPlan, calendar: WorkingCalendar): ScheduledEvent[] {
  const date = (id: MilestoneId) => plan.milestones.find((milestone) => milestone.id === id)?.date as LocalDate;
  const announced = date('announcement');
  const drafts: Draft[] = [
    {
      kind: 'notice',
      notice: 'announcement',
      milestoneId: 'announcement',
      date: announced,
      to: ['rpd'],
      cc: ['lead', 'deputyLead', 'isa'],
      attachCalendar: true,
    },
    {
      kind: 'notice',
      notice: 'org-structure-request',
      milestoneId: 'orgStructureDue',
      date: announced,
      to: ['rpd'],
      cc: ['isa'],
      condition: 'unless-met',
    },
    {
      kind: 'notice',
      notice: 'planning-meeting-reminder',
      milestoneId: 'planningMeeting',
      date: addWorkingDays(calendar, date('planningMeeting'), -1),
      to: ['spoc'],
      cc: ['lead'],
      workingDaysFromMilestone: -1,
    },
    {
      kind: 'notice',
      notice: 'planning-notes-reminder',
      milestoneId: 'planningNotesIssued',
      date: addWorkingDays(calendar, date('planningNotesIssued'), -1),
      to: ['isa'],
      condition: 'unless-met',
      workingDaysFromMilestone: -1,
    },
    {
      kind: 'notice',
      notice: 'fieldwork-start',
      milestoneId: 'fieldworkWeek1Start',
      date: addWorkingDays(calendar, date('fieldworkWeek1Start'), -1),
      to: ['rpd', 'spoc'],
      cc: ['lead', 'deputyLead'],
      workingDaysFromMilestone: -1,
    },
    {
      kind: 'notice',
      notice: 'follow-up-dates',
      milestoneId: 'followUpWeekStart',
      date: addWorkingDays(calendar, date('followUpWeekStart'), -5),
      to: ['rpd', 'spoc'],
      cc: ['lead'],
      workingDaysFromMilestone: -5,
    },
    ...plan.settings.reminderWorkingDaysBefore
      .map((days) => ({ days, on: addWorkingDays(calendar, date('draftReportDue'), -days) }))
      .filter(({ on }) => on > date('fieldworkEnd'))
      .map(({ days, on }): Draft => ({
        kind: 'notice',
        notice: 'draft-report-reminder',
        milestoneId: 'draftReportDue',
        date: on,
        to: ['lead'],
        condition: 'unless-met',
        workingDaysFromMilestone: -days,
      })),
    {
      kind: 'notice',
      notice: 'publication-blocked',
      milestoneId: 'publication',
      date: addWorkingDays(calendar, date('publication'), -plan.settings.publicationHoldWarningWorkingDays),
      to: ['lead', 'isa'],
      condition: 'if-publication-held',
      workingDaysFromMilestone: -plan.settings.publicationHoldWarningWorkingDays,
    },
    ...WORK_DONE_NOTICES.flatMap((work): Draft[] => [
      {
        kind: 'notice',
        notice: work.notice,
        milestoneId: work.milestoneId,
        date: date(work.milestoneId),
        to: [...work.to],
        cc: [...work.cc],
        condition: 'when-recorded',
      },
      {
        kind: 'notice',
        notice: 'task-reminder',
        milestoneId: work.milestoneId,
        date: addWorkingDays(calendar, date(work.milestoneId), -1),
        to: [work.responsible],
        condition: 'unless-met',
        workingDaysFromMilestone: -1,
      },
      {
        kind: 'deadline-check',
        notice: 'task-overdue',
        milestoneId: work.milestoneId,
        date: addWorkingDays(calendar, date(work.milestoneId), plan.settings.overdueWorkingDaysAfter),
        to: [work.responsible],
        cc: work.responsible === 'headOfProgramme' ? ['lead'] : ['headOfProgramme'],
        workingDaysFromMilestone: plan.settings.overdueWorkingDaysAfter,
      },
    ]),
    ...plan.reminders.map((reminder): Draft => {
      const common = { milestoneId: reminder.milestoneId, date: reminder.date };
      const workingDaysFromMilestone = reminder.workingDaysFromDeadline;
      if (reminder.kind === 'reminder') {
        return {
          ...common,
          kind: 'notice',
          notice: 'deadline-reminder',
          to: ['spoc'],
          condition: 'unless-met',
          workingDaysFromMilestone,
        };
      }
      if (reminder.kind === 'overdue') {
        return {
          ...common,
          kind: 'deadline-check',
          notice: 'deadline-overdue',
          to: ['spoc'],
          cc: ['lead'],
          workingDaysFromMilestone,
        };
      }
      return {
        ...common,
        kind: 'deadline-check',
        notice: 'deadline-escalation',
        to: ['headOfProgramme'],
        cc: ['lead'],
        workingDaysFromMilestone,
      };
    }),
  ];

  // The case sample (issue 14): once the announcement has said it will follow, the ISA and the lead
  // are reminded while it is not ready, every other working day until the schedule-change deadline.
  const sampleReminders = CASE_SAMPLE_REMINDER_WORKING_DAYS.map((days) => ({
    days,
    on: addWorkingDays(calendar, announced, days),
  }))
    .filter(({ on }) => on <= date('scheduleChangeDeadline'))
    .map(({ days, on }): Draft => ({
      kind: 'notice',
      notice: 'case-sample-reminder',
      milestoneId: 'announcement',
      date: on,
      to: ['isa'],
      cc: ['lead'],
      condition: 'while-sample-not-ready',
      workingDaysFromMilestone: days,
    }));

  const events = [...drafts.filter((draft) => draft.date >= announced), ...sampleReminders].map(
    (draft): ScheduledEvent => ({
      cc: [],
      condition: 'always',
      attachCalendar: false,
      ...draft,
      // The notice on the milestone's own date, for a milestone that its notice meets.
      completesMilestone:
        draft.kind === 'notice' && draft.workingDaysFromMilestone === undefined && isMetByItsNotice(draft.milestoneId),
      // A notice of work done is one notice whatever its planned date: a move of dates keeps it.
      id: `${draft.notice}:${draft.milestoneId}:${draft.condition === 'when-recorded' ? 'when-recorded' : draft.date}`,
      at: ukInstant(draft.date, plan.settings.sendTime),
      phase: phaseOf(draft.date, plan),
    }),
  );
  return events.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
}
