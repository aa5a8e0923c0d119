import { z } from 'zod';
import { englandAndWalesCalendar, nonWorkingReason, type WorkingCalendar } from './calendar.js';
import {
  addDays,
  asLocalDate,
  formatLongDate,
  isoWeekday,
  localDateProblem,
  mondayOf,
  weekdayName,
  type LocalDate,
} from './localDate.js';
import { MILESTONE_IDS, type MilestoneId } from './milestones.js';
import { findRegion, REGION_NAMES, type Region } from './regions.js';
import { planSettingsSchema, SETTING_NAMES, type PlanOverrides, type PlanSettings } from './settings.js';
import { fieldErrorsFrom, type FieldError, type Result } from './validation.js';

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
  region: z.string({ error: 'must be the name of a probation region' }),
  fieldworkStart: z.string({ error: 'must be a date written YYYY-MM-DD' }),
  overrides: z.record(z.string(), z.unknown(), { error: 'must be an object of settings' }).optional(),
  milestoneDates: z
    .record(z.string(), z.unknown(), { error: 'must be an object of milestone ids and dates' })
    .optional(),
});

function parseRegion(value: string): Result<Region> {
  const region = findRegion(value);
  if (region) return { ok: true, value: region };
  return {
    ok: false,
    errors: [{ field: 'region', value, message: `is not a probation region; use one of: ${REGION_NAMES.join(', ')}` }],
  };
}

function parseFieldworkStart(value: string): Result<LocalDate> {
  const problem = localDateProblem(value);
  if (problem) return { ok: false, errors: [{ field: 'fieldworkStart', value, message: problem }] };
  const date = asLocalDate(value);
  if (isoWeekday(date) === 1) return { ok: true, value: date };
  const before = mondayOf(date);
  const after = addDays(before, 7);
  return {
    ok: false,
    errors: [
      {
        field: 'fieldworkStart',
        value,
        message:
          `is a ${weekdayName(date)}; fieldwork starts on a Monday ` +
          `(the nearest are ${formatLongDate(before)} and ${formatLongDate(after)})`,
      },
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
      errors.push({ field, value: date, message: `is not a milestone; use one of: ${MILESTONE_IDS.join(', ')}` });
      continue;
    }
    const problem = typeof date === 'string' ? localDateProblem(date) : 'must be a date written YYYY-MM-DD';
    if (problem) {
      errors.push({ field, value: date, message: problem });
      continue;
    }
    const day = asLocalDate(date as string);
    if (calendar.isWorkingDay(day)) dates[id as MilestoneId] = day;
    else errors.push({ field, value: date, message: `is ${nonWorkingReason(calendar, day)}; choose a working day` });
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
