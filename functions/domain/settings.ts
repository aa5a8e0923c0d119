import { z } from 'zod';

const clockTime = z
  .string({ error: 'must be a time of day written HH:MM, such as 09:00' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'must be a time of day written HH:MM, such as 09:00' });

const workingDays = (least: number, most: number) =>
  z
    .number({ error: `must be a whole number of working days from ${least} to ${most}` })
    .int({ error: `must be a whole number of working days from ${least} to ${most}` })
    .min(least, { error: `must be a whole number of working days from ${least} to ${most}` })
    .max(most, { error: `must be a whole number of working days from ${least} to ${most}` });

/**
 * The figures the published documents do not give. Each is a default an administrator may
 * override for one inspection; the README lists them with their reasons.
 */
export const planSettingsSchema = z
  .object({
    /** UK local time at which notices and reminders are sent. */
    sendTime: clockTime.default('09:00'),
    /** UK local start time of the planning meeting (the manual gives the day, not the hour). */
    planningMeetingTime: clockTime.default('10:00'),
    /** Organisational structure due this many working days before the planning meeting (§3.6). */
    orgStructureWorkingDaysBeforePlanningMeeting: workingDays(1, 5).default(1),
    /** Planning notes issued to the SPOC this many working days after the meeting (§3.5). */
    planningNotesWorkingDaysAfterMeeting: workingDays(1, 5).default(2),
    /** Factual-accuracy comments due this many working days after the draft is sent (§7.3). */
    factualAccuracyWorkingDays: workingDays(5, 20).default(10),
    /** Reminders of a region's deadline, in working days before it. */
    reminderWorkingDaysBefore: z
      .array(workingDays(1, 10), { error: 'must be a list of working-day counts, such as [5, 1]' })
      .max(5, { error: 'may hold at most 5 reminders' })
      .refine((days) => new Set(days).size === days.length, { error: 'must not name the same day twice' })
      .default([5, 1]),
    /** Overdue notice this many working days after a missed deadline. */
    overdueWorkingDaysAfter: workingDays(1, 5).default(1),
    /** Escalation to the Head of Probation Inspection Programme this many working days after the overdue notice. */
    escalationWorkingDaysAfterOverdue: workingDays(1, 10).default(2),
    /** The lead and ISA are told this many working days before publication if an organisational alert holds it. */
    publicationHoldWarningWorkingDays: workingDays(1, 20).default(5),
  })
  .strict();

export type PlanSettings = z.infer<typeof planSettingsSchema>;
export type PlanOverrides = z.input<typeof planSettingsSchema>;

export const DEFAULT_SETTINGS: PlanSettings = planSettingsSchema.parse({});

export const SETTING_NAMES = Object.keys(planSettingsSchema.shape) as (keyof PlanSettings)[];
