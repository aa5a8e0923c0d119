import { addWorkingDays, type WorkingCalendar } from '../calendar.js';
import type { LocalDate } from '../localDate.js';
import { english, said, type Said } from '../messages/said.js';
import type { PersonRole } from '../roles.js';
import type { PlanSettings } from '../settings.js';
import type { StageForecast } from './forecast.js';
import { STAGE_TITLES, type OwnerRole, type StageId } from './reportStages.js';

/** A reminder before a stage's date, or an overdue notice after it, for the stage's owner. */
export interface StageNotice {
  /** Stable for one round of one stage: `strategicEditing.round-2.reminder-5`, `firstDraft.round-1.overdue`. */
  id: string;
  stageId: StageId;
  kind: 'reminder' | 'overdue';
  date: LocalDate;
  to: OwnerRole;
  /** In English. */
  message: string;
  /** The same, as said (for a page or a notice to word in its language). */
  said: Said;
}

/**
 * The reminders and overdue notice of every stage not yet done, to whoever acts on it now (the
 * chief operating officer while a dispute waits), against the date it is now due: the stages
 * after a late one are reminded of their pushed dates, not the plan's. The same working days as
 * the region's deadlines (the plan's settings); a reminder before `today` is left out (too late to
 * be of use: a new round's date can be near), one on `today` is kept to be sent, and
 * the overdue notice is kept until the stage is done (it is sent once; the caller knows if it was).
 */
export function stageNotices(
  stages: readonly StageForecast[],
  today: LocalDate,
  settings: Pick<PlanSettings, 'reminderWorkingDaysBefore' | 'overdueWorkingDaysAfter'>,
  calendar: WorkingCalendar,
): StageNotice[] {
  const notices: StageNotice[] = [];
  for (const stage of stages) {
    if (stage.status === 'done') continue;
    const round = `round-${stage.round}`;
    const what = said(stage.status === 'referred' ? 'report.dispute' : STAGE_TITLES[stage.id]);
    const due = said('report.notice.due', { what, due: stage.due });
    const overdue = said('report.notice.overdue', { what, due: stage.due });
    for (const days of [...new Set(settings.reminderWorkingDaysBefore)].sort((a, b) => b - a)) {
      const date = addWorkingDays(calendar, stage.due, -days);
      if (date < today) continue;
      notices.push({
        id: `${stage.id}.${round}.reminder-${days}`,
        stageId: stage.id,
        kind: 'reminder',
        date,
        to: stage.owner,
        message: english(due),
        said: due,
      });
    }
    notices.push({
      id: `${stage.id}.${round}.overdue`,
      stageId: stage.id,
      kind: 'overdue',
      date: addWorkingDays(calendar, stage.due, settings.overdueWorkingDaysAfter),
      to: stage.owner,
      message: english(overdue),
      said: overdue,
    });
  }
  return notices.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/**
 * Whom a stage's reminders go to. The inspection names its lead, its ISA and its Head of
 * Programme; the contract editor, the data team and the chief operating officer are not officials
 * of an inspection, so their reminders go to the ISA, who tracks the report for them, saying whose
 * step it is (`forOwner`). The Head of Programme is copied into every overdue notice.
 */
export function stageNoticeRecipients(owner: OwnerRole): { to: PersonRole[]; forOwner?: OwnerRole } {
  switch (owner) {
    case 'lead inspector':
      return { to: ['lead'] };
    case 'Head or Deputy Head of Programme':
    case 'Head of Probation Inspection Programme':
      return { to: ['headOfProgramme'] };
    case 'inspection support administrator':
      return { to: ['isa'] };
    case 'Chief Inspector':
      return { to: ['chiefInspector'] };
    case 'region (RPD or SPOC)':
      return { to: ['spoc', 'rpd'] };
    case 'contract editor':
    case 'data team':
    case 'chief operating officer':
      return { to: ['isa'], forOwner: owner };
  }
}
