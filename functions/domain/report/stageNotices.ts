import { addWorkingDays, type WorkingCalendar } from '../calendar.js';
import { formatLongDate, type LocalDate } from '../localDate.js';
import type { PlanSettings } from '../settings.js';
import type { StageForecast } from './forecast.js';
import type { OwnerRole, StageId } from './reportStages.js';

/** A reminder before a stage's date, or an overdue notice after it, for the stage's owner. */
export interface StageNotice {
  /** Stable for one round of one stage: `strategicEditing.round-2.reminder-5`, `firstDraft.round-1.overdue`. */
  id: string;
  stageId: StageId;
  kind: 'reminder' | 'overdue';
  date: LocalDate;
  to: OwnerRole;
  message: string;
}

/**
 * The reminders and overdue notice of every stage not yet done, to whoever acts on it now (the
 * chief operating officer while a dispute waits), against the date it is now due: the stages
 * after a late one are reminded of their pushed dates, not the plan's. The same working days as
 * the region's deadlines (the plan's settings); a reminder on or before `today` is left out, and
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
    const what = stage.status === 'referred' ? `The decision on the factual-accuracy dispute` : stage.title;
    for (const days of [...new Set(settings.reminderWorkingDaysBefore)].sort((a, b) => b - a)) {
      const date = addWorkingDays(calendar, stage.due, -days);
      if (date <= today) continue;
      notices.push({
        id: `${stage.id}.${round}.reminder-${days}`,
        stageId: stage.id,
        kind: 'reminder',
        date,
        to: stage.owner,
        message: `${what} is due on ${formatLongDate(stage.due)}`,
      });
    }
    notices.push({
      id: `${stage.id}.${round}.overdue`,
      stageId: stage.id,
      kind: 'overdue',
      date: addWorkingDays(calendar, stage.due, settings.overdueWorkingDaysAfter),
      to: stage.owner,
      message: `${what} was due on ${formatLongDate(stage.due)} and is not recorded as done`,
    });
  }
  return notices.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}
