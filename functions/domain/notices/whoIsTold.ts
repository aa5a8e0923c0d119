import type { WorkingCalendar } from '../calendar.js';
import type { LocalDate } from '../localDate.js';
import { MILESTONE_RULES, type MilestoneId } from '../milestones.js';
import type { MilestoneStatus } from '../milestoneStatus.js';
import type { PersonRole } from '../roles.js';
import { whenChangeNoticeGoes, type WorkingHours } from '../workingHours.js';
import { NOTICE_AUDIENCE, type NoticeKind } from './catalogue.js';

/**
 * Who is told what, and when, around the announcement (issue 18, section 1): nothing reaches the
 * region before the inspection is announced to it.
 */

/** Whether the region has been told of the inspection: its announcement has gone (met, even late). */
export function isAnnounced(milestones: readonly { id: MilestoneId; status: MilestoneStatus }[]): boolean {
  const status = milestones.find((m) => m.id === 'announcement')?.status;
  return status === 'met' || status === 'met-late';
}

/**
 * Whether the region was asked for a deadline's item: the milestone that asks for it (the
 * announcement; the draft report sent, for factual-accuracy comments) is recorded as done. Before
 * that, a reminder or an overdue notice would ask for something the region was never given.
 */
export function wasAskedFor(
  deadlineId: MilestoneId,
  milestones: readonly { id: MilestoneId; status: MilestoneStatus }[],
): boolean {
  const requestedBy = MILESTONE_RULES.find((rule) => rule.id === deadlineId)?.requestedBy;
  if (requestedBy === undefined) return true;
  const status = milestones.find((m) => m.id === requestedBy)?.status;
  return status === 'met' || status === 'met-late';
}

/**
 * Whether a notice may go now: anything for the region but the announcement itself waits for the
 * announcement (it is left out, saying why, if its time comes first); the inspectorate's own
 * notices always may.
 */
export function mayGoBeforeAnnouncement(kind: NoticeKind): boolean {
  return kind === 'announcement' || NOTICE_AUDIENCE[kind] === 'inspectorate';
}

/** One notice a change of dates sends: its kind, to whom, and when (ISO instant, UTC). */
export interface ChangeNotice {
  notice: Extract<NoticeKind, 'dates-changed' | 'dates-changed-internal'>;
  to: PersonRole[];
  cc: PersonRole[];
  /** The plan's calendar file, with the new dates. */
  attachCalendar: true;
  at: string;
}

export interface DateChange {
  milestoneId: MilestoneId;
  from: LocalDate;
  to: LocalDate;
}

/**
 * Who is emailed what when a person changes an inspection's dates: the one decision the sender
 * (reschedule) and its preview (the reschedule page) both use.
 *
 * - No date changed: nobody.
 * - The inspection already announced: the region (RPD and SPOC) gets `dates-changed`, with copies
 *   to the lead, deputy lead, ISA and Head of Programme.
 * - Not yet announced: the region is told nothing (the announcement will carry the new dates); the
 *   lead gets `dates-changed-internal`, with copies to the deputy lead, ISA and Head of Programme.
 *
 * Either goes at once within working hours on a working day, or else at the start of the next
 * working hours (`whenChangeNoticeGoes`: a change made at 20:00 is told at 09:00 the next working day).
 */
export function noticesForChange(input: {
  announced: boolean;
  changes: readonly DateChange[];
  now: Date;
  calendar: WorkingCalendar;
  workingHours: WorkingHours;
}): ChangeNotice[] {
  if (input.changes.length === 0) return [];
  const at = whenChangeNoticeGoes(input.calendar, input.workingHours, input.now).toISOString();
  if (input.announced) {
    return [
      {
        notice: 'dates-changed',
        to: ['rpd', 'spoc'],
        cc: ['lead', 'deputyLead', 'isa', 'headOfProgramme'],
        attachCalendar: true,
        at,
      },
    ];
  }
  return [
    {
      notice: 'dates-changed-internal',
      to: ['lead'],
      cc: ['deputyLead', 'isa', 'headOfProgramme'],
      attachCalendar: true,
      at,
    },
  ];
}
