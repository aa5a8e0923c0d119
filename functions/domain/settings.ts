import * as z from 'zod';
import { zodMessage } from './validation.js';

const clockTime = z
  .string({ error: () => zodMessage('dates.settings.clockTime') })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: () => zodMessage('dates.settings.clockTime') });

const workingDays = (least: number, most: number) => {
  const error = () => zodMessage('dates.settings.workingDays', { least, most });
  return z.number({ error }).int({ error }).min(least, { error }).max(most, { error });
};

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
      .array(workingDays(1, 10), { error: () => zodMessage('dates.settings.reminderList') })
      .max(5, { error: () => zodMessage('dates.settings.reminderMost', { most: 5 }) })
      .refine((days) => new Set(days).size === days.length, { error: () => zodMessage('dates.settings.reminderTwice') })
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
