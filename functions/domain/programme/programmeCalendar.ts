import { addDays, mondayOf, type LocalDate } from '../localDate.js';
import type { MilestoneId } from '../milestones.js';
import type { StageId } from '../report/reportStages.js';
import type { Clash } from './clashes.js';

/** What the programme calendar shows of one inspection in one week. */
export type CalendarItemKind =
  | 'announcement'
  | 'fieldwork-week-one'
  | 'review-week'
  | 'fieldwork-week-two'
  | 'follow-up-week'
  | 'report-stage'
  | 'publication';

export interface CalendarItem {
  inspectionId: string;
  region: string;
  kind: CalendarItemKind;
  /** The report stage, for a report stage. */
  stageId?: StageId;
  title: string;
  planned: LocalDate;
  /** When it is now expected (a report stage or publication with a forecast); else the plan. */
  forecast: LocalDate;
  /** Whether the forecast is after the plan. */
  late: boolean;
}

export interface ProgrammeWeek {
  /** The Monday. */
  week: LocalDate;
  items: CalendarItem[];
  clashes: Clash[];
}

/** One inspection for the calendar: its plan's dates and, when there is one, its report forecast. */
export interface CalendarInspection {
  id: string;
  region: string;
  milestones: readonly { id: MilestoneId; date: LocalDate }[];
  /** Report stages as forecast (forecastPublication's stages), or as planned (`expectedDone` = `plannedDue`). */
  reportStages?: readonly { id: StageId; title: string; plannedDue: LocalDate; expectedDone: LocalDate }[];
}

const WEEKS: { milestone: MilestoneId; kind: CalendarItemKind; title: string }[] = [
  { milestone: 'announcement', kind: 'announcement', title: 'Announcement' },
  { milestone: 'fieldworkWeek1Start', kind: 'fieldwork-week-one', title: 'Fieldwork week one' },
  { milestone: 'reviewWeekStart', kind: 'review-week', title: 'Review week' },
  { milestone: 'fieldworkWeek2Start', kind: 'fieldwork-week-two', title: 'Fieldwork week two' },
  { milestone: 'followUpWeekStart', kind: 'follow-up-week', title: 'Follow-up week' },
];

/**
 * Every inspection on one calendar by week, from the first week anything happens to the last,
 * empty weeks included: announcement, fieldwork weeks, review week and follow-up week as planned;
 * each report stage and publication in the week it is forecast, with its planned date beside it;
 * and each clash in its week.
 */
export function programmeCalendar(
  inspections: readonly CalendarInspection[],
  clashes: readonly Clash[] = [],
): ProgrammeWeek[] {
  const items: CalendarItem[] = [];
  for (const inspection of inspections) {
    const dateOf = new Map(inspection.milestones.map((m) => [m.id, m.date]));
    for (const { milestone, kind, title } of WEEKS) {
      const date = dateOf.get(milestone);
      if (date === undefined) continue;
      items.push({
        inspectionId: inspection.id,
        region: inspection.region,
        kind,
        title,
        planned: date,
        forecast: date,
        late: false,
      });
    }
    const stages = inspection.reportStages;
    if (stages) {
      for (const stage of stages) {
        items.push({
          inspectionId: inspection.id,
          region: inspection.region,
          kind: stage.id === 'publication' ? 'publication' : 'report-stage',
          stageId: stage.id,
          title: stage.title,
          planned: stage.plannedDue,
          forecast: stage.expectedDone,
          late: stage.expectedDone > stage.plannedDue,
        });
      }
    } else {
      const publication = dateOf.get('publication');
      if (publication !== undefined) {
        items.push({
          inspectionId: inspection.id,
          region: inspection.region,
          kind: 'publication',
          title: 'Report published',
          planned: publication,
          forecast: publication,
          late: false,
        });
      }
    }
  }
  const dates = [...items.map((item) => item.forecast), ...clashes.map((clash) => clash.week)].sort();
  const first = dates[0];
  const last = dates.at(-1);
  if (first === undefined || last === undefined) return [];

  const weeks: ProgrammeWeek[] = [];
  for (let week = mondayOf(first); week <= last; week = addDays(week, 7)) {
    const end = addDays(week, 6);
    weeks.push({
      week,
      items: items
        .filter((item) => item.forecast >= week && item.forecast <= end)
        .sort(
          (a, b) =>
            a.forecast.localeCompare(b.forecast) ||
            a.inspectionId.localeCompare(b.inspectionId) ||
            a.planned.localeCompare(b.planned),
        ),
      clashes: clashes.filter((clash) => clash.week === week),
    });
  }
  return weeks;
}
