import { addWorkingDays, type WorkingCalendar } from './calendar.js';
import { ukInstant, type LocalDate } from './localDate.js';
import { isMetByItsNotice, type MilestoneId, type Phase } from './milestones.js';
import type { NoticeKind } from './notices/catalogue.js';
import type { PersonRole } from './roles.js';
import type { InspectionPlan } from './planner.js';

/**
 * notice: send a notice (skipped when its condition no longer holds);
 * deadline-check: decide whether a region deadline is overdue or to be escalated, and say so.
 */
export const EVENT_KINDS = ['notice', 'deadline-check'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** When a notice is still worth sending: always; unless its milestone is met; only if an alert holds publication. */
export const EVENT_CONDITIONS = ['always', 'unless-met', 'if-publication-held'] as const;
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

function phaseOf(date: LocalDate, plan: InspectionPlan): Phase {
  if (date < plan.fieldworkStart) return 'pre-fieldwork';
  return date <= plan.fieldworkEnd ? 'fieldwork' : 'post-fieldwork';
}

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
      notice: 'week-two-schedule',
      milestoneId: 'weekTwoScheduleShared',
      date: date('weekTwoScheduleShared'),
      to: ['spoc'],
      cc: ['rpd', 'lead'],
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
      notice: 'factual-accuracy-check',
      milestoneId: 'factualAccuracySent',
      date: date('factualAccuracySent'),
      to: ['rpd', 'spoc'],
      cc: ['lead'],
    },
    {
      kind: 'notice',
      notice: 'publication-blocked',
      milestoneId: 'publication',
      date: addWorkingDays(calendar, date('publication'), -plan.settings.publicationHoldWarningWorkingDays),
      to: ['lead', 'isa'],
      condition: 'if-publication-held',
      workingDaysFromMilestone: -plan.settings.publicationHoldWarningWorkingDays,
    },
    {
      kind: 'notice',
      notice: 'publication',
      milestoneId: 'publication',
      date: date('publication'),
      to: ['rpd', 'spoc'],
      cc: ['lead', 'isa', 'headOfProgramme'],
    },
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

  const events = drafts
    .filter((draft) => draft.date >= announced)
    .map((draft): ScheduledEvent => ({
      cc: [],
      condition: 'always',
      attachCalendar: false,
      ...draft,
      // The notice on the milestone's own date, for a milestone that its notice meets.
      completesMilestone:
        draft.kind === 'notice' && draft.workingDaysFromMilestone === undefined && isMetByItsNotice(draft.milestoneId),
      id: `${draft.notice}:${draft.milestoneId}:${draft.date}`,
      at: ukInstant(draft.date, plan.settings.sendTime),
      phase: phaseOf(draft.date, plan),
    }));
  return events.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
}
