import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { englandAndWalesCalendar } from '../../functions/domain/calendar.js';
import { asLocalDate, type LocalDate } from '../../functions/domain/localDate.js';
import {
  MILESTONE_IDS,
  MILESTONE_RULES,
  type MilestoneId,
  type RuleContext,
} from '../../functions/domain/milestones.js';
import { planInspection, type InspectionPlan } from '../../functions/domain/planner.js';
import { REGIONS } from '../../functions/domain/regions.js';

// Properties over every kind of fieldwork week: any Monday from 2025 to 2035, any region.
// Dates are checked with plain UTC date arithmetic, not with the planner's own helpers.

const calendar = englandAndWalesCalendar();
// One random seed for the file: every property below sees the same 300 inspections, so each
// plan is made once (a plan takes milliseconds). fast-check prints the seed when one fails.
const RUNS = { numRuns: 300, seed: Date.now() ^ Math.floor(Math.random() * 0x100000000) };
const DAY_MS = 86_400_000;
const FIRST_MONDAY = Date.UTC(2025, 0, 6);
const LAST_WEEK = Math.floor((Date.UTC(2035, 11, 31) - FIRST_MONDAY) / (7 * DAY_MS));

const monday = fc
  .integer({ min: 0, max: LAST_WEEK })
  .map((week) => new Date(FIRST_MONDAY + week * 7 * DAY_MS).toISOString().slice(0, 10));
const region = fc.constantFrom(...REGIONS);
const inspection = fc.record({ region, fieldworkStart: monday });

const sendTime = fc
  .record({ hour: fc.integer({ min: 6, max: 20 }), minute: fc.integer({ min: 0, max: 59 }) })
  .map(({ hour, minute }) => `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`);
const overrides = fc.record({
  factualAccuracyWorkingDays: fc.integer({ min: 5, max: 20 }),
  // The settings allow at most 5 reminders per deadline.
  reminderWorkingDaysBefore: fc.uniqueArray(fc.integer({ min: 1, max: 10 }), { minLength: 1, maxLength: 5 }),
  sendTime,
});

function addDays(date: string, days: number): string {
  return new Date(Date.parse(date) + days * DAY_MS).toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);
}

function isWorkingDay(date: string): boolean {
  const weekday = new Date(Date.parse(date)).getUTCDay();
  return weekday >= 1 && weekday <= 5 && calendar.bankHoliday(asLocalDate(date)) === undefined;
}

/** The `count`-th working day before `date` (not counting `date`). */
function workingDaysBefore(date: string, count: number): string {
  let day = date;
  for (let left = count; left > 0;) {
    day = addDays(day, -1);
    if (isWorkingDay(day)) left -= 1;
  }
  return day;
}

/** `date` itself when it is a working day, otherwise the next working day. */
function onOrAfter(date: string): string {
  let day = date;
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

function onOrBefore(date: string): string {
  let day = date;
  while (!isWorkingDay(day)) day = addDays(day, -1);
  return day;
}

/** How many working days lie after `from`, up to and including `to`. */
function workingDaysAfter(from: string, to: string): number {
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (isWorkingDay(day)) count += 1;
  return count;
}

const londonTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const londonDateParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
function londonDate(instant: Date): string {
  const part = (type: string) => londonDateParts.formatToParts(instant).find((p) => p.type === type)?.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

const plans = new Map<string, InspectionPlan>();

/** The plan for an inspection with default settings, made once and shared by the properties. */
function planOf(input: { region: { name: string }; fieldworkStart: string }): InspectionPlan {
  const key = `${input.region.name}|${input.fieldworkStart}`;
  const plan = plans.get(key) ?? planWith(input);
  plans.set(key, plan);
  return plan;
}

function planWith(input: { region: { name: string }; fieldworkStart: string; overrides?: object }): InspectionPlan {
  const result = planInspection(
    { region: input.region.name, fieldworkStart: input.fieldworkStart, overrides: input.overrides },
    calendar,
  );
  if (!result.ok) throw new Error(`expected a plan, got ${JSON.stringify(result.errors)}`);
  return result.value;
}

function datesOf(plan: InspectionPlan): Record<MilestoneId, LocalDate> {
  const dates = {} as Record<MilestoneId, LocalDate>;
  for (const milestone of plan.milestones) dates[milestone.id] = milestone.date;
  return dates;
}

// Each check lists what it finds wrong, so a failing property shows every problem at once.

function milestonesOffWorkingDays(plan: InspectionPlan): string[] {
  return plan.milestones.filter((m) => !isWorkingDay(m.date)).map((m) => `${m.id} on ${m.date}`);
}

/** Reminders before, overdue notices and escalations after, each region deadline, on working days. */
function misplacedReminders(plan: InspectionPlan): string[] {
  const problems: string[] = [];
  const byId = new Map(plan.milestones.map((m) => [m.id, m]));
  const announced = datesOf(plan).announcement;
  for (const reminder of plan.reminders) {
    const deadline = byId.get(reminder.milestoneId);
    const what = `${reminder.id} on ${reminder.date}`;
    if (deadline?.kind !== 'deadline' || deadline.party !== 'region') {
      problems.push(`${what} is not about a region deadline`);
      continue;
    }
    if (!isWorkingDay(reminder.date)) problems.push(`${what} is not a working day`);
    const before = reminder.kind === 'reminder';
    if (before ? reminder.date >= deadline.date : reminder.date <= deadline.date) {
      problems.push(`${what} is not ${before ? 'before' : 'after'} the deadline ${deadline.date}`);
    }
    const counted = before
      ? -workingDaysAfter(reminder.date, deadline.date)
      : workingDaysAfter(deadline.date, reminder.date);
    if (counted !== reminder.workingDaysFromDeadline) {
      problems.push(`${what} is ${counted} working days from the deadline, not ${reminder.workingDaysFromDeadline}`);
    }
    if (deadline.phase === 'pre-fieldwork' && reminder.date <= announced) {
      problems.push(`${what} is not after the announcement on ${announced}`);
    }
  }
  for (const deadline of plan.milestones.filter((m) => m.kind === 'deadline' && m.party === 'region')) {
    const about = plan.reminders.filter((r) => r.milestoneId === deadline.id);
    const overdue = about.filter((r) => r.kind === 'overdue');
    const escalation = about.filter((r) => r.kind === 'escalation');
    if (overdue.length !== 1 || escalation.length !== 1) {
      problems.push(`${deadline.id} has ${overdue.length} overdue notices and ${escalation.length} escalations`);
    } else if ((escalation[0]?.date ?? '') <= (overdue[0]?.date ?? '')) {
      problems.push(`${deadline.id} escalates on ${escalation[0]?.date}, not after the overdue notice`);
    }
  }
  const sendAts = plan.reminders.map((r) => r.sendAt);
  if (sendAts.join() !== [...sendAts].sort().join()) problems.push('reminders are not in sendAt order');
  if (new Set(plan.reminders.map((r) => r.id)).size !== plan.reminders.length) problems.push('reminder ids repeat');
  return problems;
}

function remindersNotSentAt(plan: InspectionPlan, time: string): string[] {
  return plan.reminders
    .filter((r) => londonTime.format(new Date(r.sendAt)) !== time || londonDate(new Date(r.sendAt)) !== r.date)
    .map((r) => `${r.id} for ${r.date} is sent at ${r.sendAt}`);
}

describe('planInspection, for any region and any fieldwork Monday from 2025 to 2035', () => {
  it('puts every milestone on a working day: a weekday that is not a bank holiday', () => {
    fc.assert(
      fc.property(inspection, (input) => {
        const plan = planOf(input);

        expect(milestonesOffWorkingDays(plan)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('plans each milestone exactly once', () => {
    fc.assert(
      fc.property(inspection, (input) => {
        const plan = planOf(input);

        expect(plan.milestones.map((m) => m.id).sort()).toEqual([...MILESTONE_IDS].sort());
      }),
      RUNS,
    );
  });

  it('keeps the lifecycle in order, from announcement to publication', () => {
    const chain: MilestoneId[] = [
      'announcement',
      'planningMeeting',
      'evidenceDeadline',
      'fieldworkWeek1Start',
      'reviewWeekStart',
      'fieldworkWeek2Start',
      'fieldworkEnd',
      'draftReportDue',
      'factualAccuracySent',
      'factualAccuracyDue',
      'publication',
    ];
    const pairs: [MilestoneId, MilestoneId][] = [
      ...chain.slice(1).map((later, i): [MilestoneId, MilestoneId] => [chain[i] as MilestoneId, later]),
      ['orgStructureDue', 'planningMeeting'],
      ['scheduleChangeDeadline', 'fieldworkWeek1Start'],
      ['evidenceDeadline', 'fieldworkWeek1Start'],
      ['fieldworkEnd', 'followUpWeekStart'],
    ];
    fc.assert(
      fc.property(inspection, (input) => {
        const plan = planOf(input);

        const d = datesOf(plan);
        const outOfOrder = pairs
          .filter(([earlier, later]) => !(d[earlier] < d[later]))
          .map(([earlier, later]) => `${earlier} ${d[earlier]} is not before ${later} ${d[later]}`);
        expect(outOfOrder).toEqual([]);
      }),
      RUNS,
    );
  });

  it('publishes six weeks after fieldwork ends (eight in Wales), or on the next working day after that', () => {
    fc.assert(
      fc.property(inspection, (input) => {
        const plan = planOf(input);

        // plan.fieldworkEnd is E, the Friday of week two, before any move to a working day.
        const gap = daysBetween(plan.fieldworkEnd, datesOf(plan).publication);
        const least = input.region.country === 'Wales' ? 56 : 42;
        expect(gap).toBeGreaterThanOrEqual(least);
        expect(gap).toBeLessThanOrEqual(least + 4);
      }),
      RUNS,
    );
  });

  it('announces three weeks before fieldwork, or on the next working day after that', () => {
    fc.assert(
      fc.property(inspection, (input) => {
        const plan = planOf(input);

        const notice = daysBetween(datesOf(plan).announcement, plan.fieldworkStart);
        expect(notice).toBeGreaterThanOrEqual(17);
        expect(notice).toBeLessThanOrEqual(21);
      }),
      RUNS,
    );
  });

  it('warns about exactly the milestones moved off their rule date, to the nearest working day in the rule’s direction', () => {
    fc.assert(
      fc.property(inspection, (input) => {
        const plan = planOf(input);

        const placed = datesOf(plan);
        const context: RuleContext = {
          fieldworkStart: plan.fieldworkStart,
          fieldworkEnd: asLocalDate(addDays(plan.fieldworkStart, 18)),
          isWales: input.region.country === 'Wales',
          settings: plan.settings,
          calendar,
          placed,
        };
        const problems: string[] = [];
        for (const rule of MILESTONE_RULES) {
          const ruleDate: string = rule.date(context);
          const date = placed[rule.id];
          const moved = plan.warnings.filter((w) => w.milestoneId === rule.id && w.code === 'moved-to-working-day');
          // Things that must come before something else move back; everything else moves on.
          const expected = rule.whenNotWorkingDay === 'previous' ? onOrBefore(ruleDate) : onOrAfter(ruleDate);
          if (date !== expected) problems.push(`${rule.id} on ${date}, not ${expected}`);
          if (moved.length !== (date === ruleDate ? 0 : 1)) {
            problems.push(`${rule.id} on ${date} (rule date ${ruleDate}) has ${moved.length} moved warnings`);
          }
          const own = plan.warnings.filter((w) => w.milestoneId === rule.id).map((w) => w.message);
          const shown = plan.milestones.find((m) => m.id === rule.id)?.warnings;
          if (JSON.stringify(shown) !== JSON.stringify(own)) {
            problems.push(`${rule.id} shows other warnings than the plan`);
          }
        }
        expect(problems).toEqual([]);
      }),
      RUNS,
    );
  });

  it('sends reminders on working days before each region deadline, and overdue notices then escalations after it', () => {
    fc.assert(
      fc.property(inspection, (input) => {
        const plan = planOf(input);

        expect(misplacedReminders(plan)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('sends every reminder at 09:00 UK time on its date, in summer and in winter', () => {
    fc.assert(
      fc.property(inspection, (input) => {
        const plan = planOf(input);

        expect(remindersNotSentAt(plan, '09:00')).toEqual([]);
      }),
      RUNS,
    );
  });

  it('writes to Wales in Welsh and English, and to every other region in English', () => {
    fc.assert(
      fc.property(inspection, (input) => {
        const plan = planOf(input);

        const isWales = input.region.country === 'Wales';
        expect(plan.languages).toEqual(isWales ? ['cy', 'en'] : ['en']);
        expect(plan.bilingual).toBe(isWales);
      }),
      RUNS,
    );
  });

  it('keeps working days and reminder rules under any valid overrides, sending at the overridden time', () => {
    fc.assert(
      fc.property(inspection, overrides, (input, settings) => {
        const plan = planWith({ ...input, overrides: settings });

        expect(milestonesOffWorkingDays(plan)).toEqual([]);
        expect(misplacedReminders(plan)).toEqual([]);
        expect(remindersNotSentAt(plan, settings.sendTime)).toEqual([]);
        const d = datesOf(plan);
        expect(workingDaysAfter(d.factualAccuracySent, d.factualAccuracyDue)).toBe(settings.factualAccuracyWorkingDays);
        // A reminder is left out only when it would come on or before the day the item was asked for.
        const wronglyLeftOutOrKept: string[] = [];
        for (const deadline of plan.milestones.filter((m) => m.kind === 'deadline' && m.party === 'region')) {
          const requestedBy = MILESTONE_RULES.find((rule) => rule.id === deadline.id)?.requestedBy;
          const requested = requestedBy === undefined ? '' : d[requestedBy];
          for (const days of settings.reminderWorkingDaysBefore) {
            const due = workingDaysBefore(deadline.date, days) > requested;
            const sent = plan.reminders.some(
              (r) => r.milestoneId === deadline.id && r.workingDaysFromDeadline === -days,
            );
            if (sent !== due) wronglyLeftOutOrKept.push(`${deadline.id} reminder ${days} days before: sent ${sent}`);
          }
        }
        expect(wronglyLeftOutOrKept).toEqual([]);
      }),
      // Each overridden plan is made afresh, so fewer runs keep the file quick.
      { ...RUNS, numRuns: 150 },
    );
  });
});
