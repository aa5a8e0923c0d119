import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, englandAndWalesCalendar } from '../../../functions/domain/calendar.js';
import { asLocalDate, type LocalDate } from '../../../functions/domain/localDate.js';
import { planInspection } from '../../../functions/domain/planner.js';
import { REGIONS } from '../../../functions/domain/regions.js';
import { forecastPublication } from '../../../functions/domain/report/forecast.js';
import { planReportStages, type ReportPlan, type StageId } from '../../../functions/domain/report/reportStages.js';
import { stageStates, type StageRecord } from '../../../functions/domain/report/stageProgress.js';

const calendar = englandAndWalesCalendar();
const d = asLocalDate;

function reportPlan(region: string, fieldworkStart: string): ReportPlan {
  const result = planInspection({ region, fieldworkStart }, calendar);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return planReportStages(result.value, calendar);
}

function forecast(plan: ReportPlan, records: StageRecord[], today: string) {
  return forecastPublication(plan, stageStates(plan.stages, records, calendar), d(today), calendar);
}

const done = (stageId: StageId, on: string): StageRecord => ({ kind: 'done', stageId, on: d(on) });

describe('the publication forecast (London, fieldwork from Monday 1 March 2027)', () => {
  const london = reportPlan('London', '2027-03-01');

  it('is the plan while every stage is on time', () => {
    const result = forecast(
      london,
      [done('firstDraft', '2027-04-02'), done('contractEditing', '2027-04-05')],
      '2027-04-06',
    );

    expect(result).toMatchObject({
      planned: '2027-04-30',
      forecast: '2027-04-30',
      aim: '2027-04-30',
      slippageWorkingDays: 0,
      slippageAgainstAimWorkingDays: 0,
    });
    expect(result.summary).toBe(
      'Publication forecast for Friday 30 April 2027: on the plan (Friday 30 April 2027), on the aim (Friday 30 April 2027)',
    );
  });

  it('pushes everything after a late stage by its lateness in working days', () => {
    // The first draft was due Friday 2 April and came three working days late.
    const result = forecast(london, [done('firstDraft', '2027-04-07')], '2027-04-07');

    // Friday 30 April plus three working days, over the Early May bank holiday.
    expect(result.forecast).toBe('2027-05-06');
    expect(result.slippageWorkingDays).toBe(3);
    expect(result.stages.find((stage) => stage.id === 'contractEditing')).toMatchObject({
      plannedDue: '2027-04-06',
      forecastDue: '2027-04-09',
      lateWorkingDays: 0,
    });
  });

  it('pushes the forecast a working day for each working day a stage stays undone past its date', () => {
    const thursday = forecast(london, [], '2027-04-08');
    const friday = forecast(london, [], '2027-04-09');
    const monday = forecast(london, [], '2027-04-12');

    expect([thursday.slippageWorkingDays, friday.slippageWorkingDays, monday.slippageWorkingDays]).toEqual([4, 5, 6]);
    expect(thursday.forecast).toBe('2027-05-07');
    expect(thursday.stages[0]).toMatchObject({ id: 'firstDraft', overdue: true, expectedDone: '2027-04-08' });
  });

  it('does not count a stage late against its pushed date when it keeps to it', () => {
    const result = forecast(
      london,
      [done('firstDraft', '2027-04-07'), done('contractEditing', '2027-04-09'), done('strategicEditing', '2027-04-13')],
      '2027-04-13',
    );

    expect(result.slippageWorkingDays).toBe(3);
  });

  it('waits for the chief operating officer’s decision on a dispute', () => {
    const records: StageRecord[] = [
      done('firstDraft', '2027-04-02'),
      done('contractEditing', '2027-04-06'),
      done('strategicEditing', '2027-04-08'),
      done('chiefInspectorReview', '2027-04-09'),
      done('factualAccuracyCheck', '2027-04-23'),
      { kind: 'disputed', stageId: 'factualAccuracyCheck', on: d('2027-04-23'), matter: 'The staffing figures' },
    ];

    const result = forecast(london, records, '2027-04-23');

    // The decision is due five working days later, Friday 30 April: five working days late.
    expect(result.stages.find((stage) => stage.id === 'factualAccuracyCheck')).toMatchObject({
      status: 'referred',
      owner: 'chief operating officer',
      expectedDone: '2027-04-30',
      lateWorkingDays: 5,
    });
    expect(result.slippageWorkingDays).toBe(5);
  });

  it('is the day of publication once published', () => {
    const result = forecast(london, [done('publication', '2027-05-04')], '2027-05-05');

    expect(result).toMatchObject({ published: true, forecast: '2027-05-04', slippageWorkingDays: 1 });
    expect(result.summary).toBe(
      'Published on Tuesday 4 May 2027: 1 working day after the plan (Friday 30 April 2027), 1 working day after the aim (Friday 30 April 2027)',
    );
  });

  it('shows Wales’s forecast beside its eight-week aim', () => {
    const wales = reportPlan('Wales', '2027-03-01');

    const result = forecast(wales, [done('firstDraft', '2027-04-05')], '2027-04-05');

    expect(result).toMatchObject({ planned: '2027-05-14', aim: '2027-05-14', forecast: '2027-05-17' });
    expect(result.slippageAgainstAimWorkingDays).toBe(1);
  });
});

// Properties over any fieldwork Monday from 2025 to 2035 in any region.
const RUNS = { numRuns: 150 };
const DAY_MS = 86_400_000;
const FIRST_MONDAY = Date.UTC(2025, 0, 6);
const LAST_WEEK = Math.floor((Date.UTC(2035, 11, 31) - FIRST_MONDAY) / (7 * DAY_MS));
const monday = fc
  .integer({ min: 0, max: LAST_WEEK })
  .map((week) => new Date(FIRST_MONDAY + week * 7 * DAY_MS).toISOString().slice(0, 10));
const region = fc.constantFrom(...REGIONS.map((r) => r.name));
const plans = new Map<string, ReportPlan | undefined>();
function planFor(regionName: string, start: string): ReportPlan | undefined {
  const key = `${regionName}|${start}`;
  if (!plans.has(key)) {
    const result = planInspection({ region: regionName, fieldworkStart: start }, calendar);
    plans.set(key, result.ok ? planReportStages(result.value, calendar) : undefined);
  }
  return plans.get(key);
}

/** Each stage before publication done `offset` working days from its planned date; the first `count` only. */
const progress = (least: number, most: number) =>
  fc.record({
    region,
    start: monday,
    offsets: fc.array(fc.integer({ min: least, max: most }), { minLength: 9, maxLength: 9 }),
    count: fc.integer({ min: 0, max: 8 }),
    todayAfter: fc.integer({ min: 0, max: 10 }),
  });

function scenario(input: { region: string; start: string; offsets: number[]; count: number; todayAfter: number }) {
  const plan = planFor(input.region, input.start);
  if (!plan) return undefined;
  const before = plan.stages.filter((stage) => stage.id !== 'publication' && stage.id !== 'feedbackRequest');
  const records = before
    .slice(0, input.count)
    .map((stage, i) => done(stage.id, addWorkingDays(calendar, stage.due, input.offsets[i] as number)));
  const last = records.at(-1)?.on ?? before[0]?.due ?? plan.publication;
  const today = addWorkingDays(calendar, last, input.todayAfter);
  return { plan, before, records, today };
}

describe('the publication forecast, for any inspection', () => {
  it('equals the plan when every stage is done on or before its date and nothing is overdue', () => {
    fc.assert(
      fc.property(progress(-3, 0), (input) => {
        const s = scenario(input);
        if (!s) return;
        // Today no later than the next undone stage's date: nothing is overdue.
        const next = s.before[s.records.length]?.due ?? s.plan.publication;
        const today = s.today > next ? next : s.today;

        const result = forecastPublication(s.plan, stageStates(s.plan.stages, s.records, calendar), today, calendar);

        expect(result.forecast).toBe(s.plan.publication);
        expect(result.slippageWorkingDays).toBe(0);
      }),
      RUNS,
    );
  });

  it('is never earlier than the plan, and later when anything is late', () => {
    fc.assert(
      fc.property(progress(-3, 6), (input) => {
        const s = scenario(input);
        if (!s) return;

        const result = forecastPublication(s.plan, stageStates(s.plan.stages, s.records, calendar), s.today, calendar);

        expect(result.forecast >= s.plan.publication).toBe(true);
        const doneLate = s.records.some((record, i) => record.on > (s.before[i]?.due as LocalDate));
        const undone = s.before[s.records.length];
        const overdue = undone !== undefined && s.today > undone.due;
        if (doneLate || overdue) expect(result.forecast > s.plan.publication).toBe(true);
        expect(result.slippageWorkingDays).toBeGreaterThanOrEqual(0);
      }),
      RUNS,
    );
  });

  it('is monotonic in lateness: a stage done later never brings the forecast forward', () => {
    fc.assert(
      fc.property(progress(-3, 6), fc.nat(8), fc.integer({ min: 1, max: 5 }), (input, which, extra) => {
        const s = scenario(input);
        if (!s || s.records.length === 0) return;
        const i = which % s.records.length;
        const later = s.records.map((record, j) =>
          j === i ? done(record.stageId, addWorkingDays(calendar, record.on, extra)) : record,
        );
        const today = later[i]?.on && later[i].on > s.today ? later[i].on : s.today;

        const first = forecastPublication(s.plan, stageStates(s.plan.stages, s.records, calendar), today, calendar);
        const second = forecastPublication(s.plan, stageStates(s.plan.stages, later, calendar), today, calendar);

        expect(second.forecast >= first.forecast).toBe(true);
      }),
      RUNS,
    );
  });

  it('is monotonic in time: a day more without progress never brings the forecast forward', () => {
    fc.assert(
      fc.property(progress(-3, 6), fc.integer({ min: 1, max: 10 }), (input, more) => {
        const s = scenario(input);
        if (!s) return;
        const states = stageStates(s.plan.stages, s.records, calendar);

        const now = forecastPublication(s.plan, states, s.today, calendar);
        const later = forecastPublication(s.plan, states, addWorkingDays(calendar, s.today, more), calendar);

        expect(later.forecast >= now.forecast).toBe(true);
      }),
      RUNS,
    );
  });
});
