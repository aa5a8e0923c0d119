import { addWorkingDays, type WorkingCalendar } from '../calendar.js';
import type { LocalDate } from '../localDate.js';
import { english, said, type Said } from '../messages/said.js';
import { laterOf, workingDaysBetween, type OwnerRole, type ReportPlan, type StageId } from './reportStages.js';
import type { StageState, StageStatus } from './stageProgress.js';

/** One stage as forecast from the progress so far. */
export interface StageForecast {
  id: StageId;
  title: string;
  owner: OwnerRole;
  status: StageStatus;
  /** 1 for the first round, 2 after one return, … */
  round: number;
  plannedDue: LocalDate;
  /** The planned date pushed by the lateness of the stages before it. */
  forecastDue: LocalDate;
  /** When its owner must now finish: its forecast date, or a new round's or dispute decision's if later. */
  due: LocalDate;
  /** When it was done, or when it is now expected to be. */
  expectedDone: LocalDate;
  /** Working days it pushes the stages after it (0 when on time against its forecast date). */
  lateWorkingDays: number;
  /** Whether it is past its due date and not done. */
  overdue: boolean;
}

export interface PublicationForecast {
  planned: LocalDate;
  forecast: LocalDate;
  /** Six weeks after the end of fieldwork, eight in Wales (§7.4). */
  aim: LocalDate;
  /** Working days from the planned date to the forecast (negative when earlier). */
  slippageWorkingDays: number;
  /** Working days from the aim to the forecast (negative when earlier). */
  slippageAgainstAimWorkingDays: number;
  published: boolean;
  stages: StageForecast[];
  /** One sentence for the page, in English. */
  summary: string;
  /** The same, as said (for a page to word in its language). */
  summarySaid: Said;
}

/**
 * The publication date forecast from actual progress on `today`. Stage by stage, in order:
 * 1. its forecast due date is the planned one pushed by the working days the stages before it slipped;
 * 2. done: it slips by the working days it was done after that date (a stage done early gains
 *    nothing for the stages after it: they keep their dates, and the region's period is its own);
 *    once published, the feedback request follows the day it happened;
 * 3. not done: it is expected on the later of that date, its current round's or dispute's due date,
 *    and today, so one past its date slips a working day for each working day it stays undone;
 *    unless a later stage is done, which it cannot have waited for: then it is taken as passed by
 *    that day, and is not overdue.
 * Publication, once done, is forecast on the day it happened. So the forecast equals the plan when
 * every stage is on time and is never earlier than the plan while anything is late.
 */
export function forecastPublication(
  plan: Pick<ReportPlan, 'stages' | 'publication' | 'aim'>,
  states: readonly StageState[],
  today: LocalDate,
  calendar: WorkingCalendar,
): PublicationForecast {
  const stateOf = new Map(states.map((state) => [state.stageId, state]));
  const doneOn = plan.stages.map((stage) => {
    const state = stateOf.get(stage.id);
    return state?.status === 'done' ? state.doneOn : undefined;
  });
  let slipped = 0;
  const stages: StageForecast[] = plan.stages.map((stage, index) => {
    const state = stateOf.get(stage.id);
    const forecastDue = addWorkingDays(calendar, stage.due, slipped);
    const done = doneOn[index];
    // A later stage done: this one was passed, whether or not anyone recorded it.
    const passedOn = doneOn.slice(index + 1).find((on) => on !== undefined);
    const due = laterOf(forecastDue, state?.due ?? stage.due);
    const waitedFor = laterOf(due, today);
    const expectedDone = done ?? (passedOn !== undefined && passedOn < waitedFor ? passedOn : waitedFor);
    const lateWorkingDays = Math.max(0, workingDaysBetween(calendar, forecastDue, expectedDone));
    // Once published, what follows (the feedback request) follows the day it happened.
    slipped =
      stage.id === 'publication' && done !== undefined
        ? Math.max(0, workingDaysBetween(calendar, stage.due, done))
        : slipped + lateWorkingDays;
    return {
      id: stage.id,
      title: stage.title,
      owner: state?.owner ?? stage.owner,
      status: state?.status ?? 'open',
      round: state?.round ?? 1,
      plannedDue: stage.due,
      forecastDue,
      due,
      expectedDone,
      lateWorkingDays,
      overdue: done === undefined && passedOn === undefined && today > due,
    };
  });

  const publication = stages.find((stage) => stage.id === 'publication');
  const forecast = publication?.expectedDone ?? addWorkingDays(calendar, plan.publication, slipped);
  const slippageWorkingDays = workingDaysBetween(calendar, plan.publication, forecast);
  const slippageAgainstAimWorkingDays = workingDaysBetween(calendar, plan.aim, forecast);
  const published = publication?.status === 'done';
  const summary = summarise({
    planned: plan.publication,
    forecast,
    aim: plan.aim,
    published,
    slippageWorkingDays,
    slippageAgainstAimWorkingDays,
  });
  return {
    planned: plan.publication,
    forecast,
    aim: plan.aim,
    slippageWorkingDays,
    slippageAgainstAimWorkingDays,
    published,
    stages,
    summary: english(summary),
    summarySaid: summary,
  };
}

/** "3 working days after the plan (…)", "on the aim (…)". */
function against(count: number, date: LocalDate, what: 'plan' | 'aim'): Said {
  const plan = what === 'plan';
  if (count === 0) return said(plan ? 'report.forecast.onPlan' : 'report.forecast.onAim', { date });
  if (count > 0) return said(plan ? 'report.forecast.afterPlan' : 'report.forecast.afterAim', { days: count, date });
  return said(plan ? 'report.forecast.beforePlan' : 'report.forecast.beforeAim', { days: -count, date });
}

function summarise(f: {
  planned: LocalDate;
  forecast: LocalDate;
  aim: LocalDate;
  published: boolean;
  slippageWorkingDays: number;
  slippageAgainstAimWorkingDays: number;
}): Said {
  return said(f.published ? 'report.forecast.published' : 'report.forecast.forecast', {
    date: f.forecast,
    plan: against(f.slippageWorkingDays, f.planned, 'plan'),
    aim: against(f.slippageAgainstAimWorkingDays, f.aim, 'aim'),
  });
}
