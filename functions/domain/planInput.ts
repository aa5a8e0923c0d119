import * as z from 'zod/mini';
import { dateProblem } from './dateProblem.js';
import { englandAndWalesCalendar, type WorkingCalendar } from './calendar.js';
import { nonWorkingSaid } from './nonWorkingDays.js';
import { addDays, asLocalDate, isoWeekday, mondayOf, type LocalDate } from './localDate.js';
import { said, type SaidKey } from './messages/said.js';
import { MILESTONE_IDS, type MilestoneId } from './milestones.js';
import { findRegion, REGION_NAMES, type Region } from './regions.js';
import { planSettingsSchema, SETTING_NAMES, type PlanOverrides, type PlanSettings } from './settings.js';
import { fieldErrorsFrom, ruleError, zodMessage, type FieldError, type Result } from './validation.js';

/** A request to plan an inspection, checked field by field before any date is worked out. */

const defaultCalendar = englandAndWalesCalendar();

export interface PlanInput {
  region: string;
  fieldworkStart: string;
  overrides?: PlanOverrides;
  /** Dates an administrator set by hand for single milestones; rules that depend on them follow. */
  milestoneDates?: Partial<Record<MilestoneId, string>>;
}

const planInputShape = z.object({
  region: z.string({ error: () => zodMessage('dates.plan.regionName') }),
  fieldworkStart: z.string({ error: () => zodMessage('dates.plan.dateWritten') }),
  overrides: z.optional(z.record(z.string(), z.unknown(), { error: () => zodMessage('dates.plan.settingsObject') })),
  milestoneDates: z.optional(
    z.record(z.string(), z.unknown(), { error: () => zodMessage('dates.plan.milestoneDatesObject') }),
  ),
});

function parseRegion(value: string): Result<Region> {
  const region = findRegion(value);
  if (region) return { ok: true, value: region };
  return {
    ok: false,
    errors: [ruleError('region', value, 'dates.plan.notRegion', { regions: REGION_NAMES })],
  };
}

/** The days other than Monday, by ISO weekday, within a sentence ("is a Tuesday"). */
const WEEKDAYS: Readonly<Record<number, SaidKey>> = {
  2: 'dates.weekday.tuesday',
  3: 'dates.weekday.wednesday',
  4: 'dates.weekday.thursday',
  5: 'dates.weekday.friday',
  6: 'dates.weekday.saturday',
  7: 'dates.weekday.sunday',
};

function parseFieldworkStart(value: string): Result<LocalDate> {
  const problem = dateProblem(value);
  if (problem) return { ok: false, errors: [ruleError('fieldworkStart', value, problem.key, problem.values)] };
  const date = asLocalDate(value);
  if (isoWeekday(date) === 1) return { ok: true, value: date };
  const before = mondayOf(date);
  const after = addDays(before, 7);
  return {
    ok: false,
    errors: [
      ruleError('fieldworkStart', value, 'dates.plan.notMonday', {
        weekday: said(WEEKDAYS[isoWeekday(date)] ?? 'dates.weekday.sunday'),
        before,
        after,
      }),
    ],
  };
}

function parseOverrides(value: unknown): Result<PlanSettings> {
  const parsed = planSettingsSchema.safeParse(value ?? {});
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    errors: fieldErrorsFrom(parsed.error, value, { prefix: 'overrides', allowedKeys: SETTING_NAMES }),
  };
}

export type MilestoneDates = Partial<Record<MilestoneId, LocalDate>>;

function parseMilestoneDates(
  value: Record<string, unknown> | undefined,
  calendar: WorkingCalendar,
): Result<MilestoneDates> {
  const dates: MilestoneDates = {};
  const errors: FieldError[] = [];
  for (const [id, date] of Object.entries(value ?? {})) {
    const field = `milestoneDates.${id}`;
    if (!(MILESTONE_IDS as readonly string[]).includes(id)) {
      errors.push(ruleError(field, date, 'dates.plan.notMilestone', { ids: MILESTONE_IDS }));
      continue;
    }
    if (typeof date !== 'string') {
      errors.push(ruleError(field, date, 'dates.plan.dateWritten'));
      continue;
    }
    const problem = dateProblem(date);
    if (problem) {
      errors.push(ruleError(field, date, problem.key, problem.values));
      continue;
    }
    const day = asLocalDate(date);
    if (calendar.isWorkingDay(day)) dates[id as MilestoneId] = day;
    else errors.push(ruleError(field, date, 'dates.plan.notWorkingDay', { reason: nonWorkingSaid(calendar, day) }));
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: dates };
}

export interface ParsedPlanInput {
  region: Region;
  fieldworkStart: LocalDate;
  settings: PlanSettings;
  milestoneDates: MilestoneDates;
}

/** Checks every field of a request and reports all that are wrong, not just the first. */
export function parsePlanInput(input: unknown, calendar: WorkingCalendar = defaultCalendar): Result<ParsedPlanInput> {
  const shape = planInputShape.safeParse(input);
  if (!shape.success) return { ok: false, errors: fieldErrorsFrom(shape.error, input) };
  const region = parseRegion(shape.data.region);
  const fieldworkStart = parseFieldworkStart(shape.data.fieldworkStart);
  const settings = parseOverrides(shape.data.overrides);
  const milestoneDates = parseMilestoneDates(shape.data.milestoneDates, calendar);
  if (region.ok && fieldworkStart.ok && settings.ok && milestoneDates.ok) {
    return {
      ok: true,
      value: {
        region: region.value,
        fieldworkStart: fieldworkStart.value,
        settings: settings.value,
        milestoneDates: milestoneDates.value,
      },
    };
  }
  const parts = [region, fieldworkStart, settings, milestoneDates];
  return { ok: false, errors: parts.flatMap((part) => (part.ok ? [] : part.errors)) };
}
