import * as z from 'zod/mini';
import { zodMessage } from './validation.js';

const clockTime = z
  .string({ error: () => zodMessage('dates.settings.clockTime') })
  .check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: () => zodMessage('dates.settings.clockTime') }));

/** A setting counted in working days, from `least` to `most`; the report's periods use it too. */
export const workingDays = (least: number, most: number) => {
  const error = () => zodMessage('dates.settings.workingDays', { least, most });
  // Not a number and not a whole number say the same, so one schema gives both.
  return z.int({ error }).check(z.gte(least, { error }), z.lte(most, { error }));
};

/**
 * The figures the published documents do not give. Each is a default an administrator may
 * override for one inspection; the README lists them with their reasons.
 */
export const planSettingsSchema = z.strictObject({
  /** UK local time at which notices and reminders are sent. */
  sendTime: z._default(clockTime, '09:00'),
  /** UK local start time of the planning meeting (the manual gives the day, not the hour). */
  planningMeetingTime: z._default(clockTime, '10:00'),
  /** Organisational structure due this many working days before the planning meeting (§3.6). */
  orgStructureWorkingDaysBeforePlanningMeeting: z._default(workingDays(1, 5), 1),
  /** Planning notes issued to the SPOC this many working days after the meeting (§3.5). */
  planningNotesWorkingDaysAfterMeeting: z._default(workingDays(1, 5), 2),
  /** Factual-accuracy comments due this many working days after the draft is sent (§7.3). */
  factualAccuracyWorkingDays: z._default(workingDays(5, 20), 10),
  /** Reminders of a region's deadline, in working days before it. */
  reminderWorkingDaysBefore: z._default(
    z.array(workingDays(1, 10), { error: () => zodMessage('dates.settings.reminderList') }).check(
      z.maxLength(5, { error: () => zodMessage('dates.settings.reminderMost', { most: 5 }) }),
      z.refine((days) => new Set(days).size === days.length, {
        error: () => zodMessage('dates.settings.reminderTwice'),
      }),
    ),
    [5, 1],
  ),
  /** Overdue notice this many working days after a missed deadline. */
  overdueWorkingDaysAfter: z._default(workingDays(1, 5), 1),
  /** Escalation to the Head of Probation Inspection Programme this many working days after the overdue notice. */
  escalationWorkingDaysAfterOverdue: z._default(workingDays(1, 10), 2),
  /** The lead and ISA are told this many working days before publication if an organisational alert holds it. */
  publicationHoldWarningWorkingDays: z._default(workingDays(1, 20), 5),
});

export type PlanSettings = z.infer<typeof planSettingsSchema>;
export type PlanOverrides = z.input<typeof planSettingsSchema>;

export const DEFAULT_SETTINGS: PlanSettings = planSettingsSchema.parse({});

export const SETTING_NAMES = Object.keys(planSettingsSchema.shape) as (keyof PlanSettings)[];
