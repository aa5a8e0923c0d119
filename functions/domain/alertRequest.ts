import { z } from 'zod';
import { ALERT_CATEGORIES, ALERT_TYPES } from './alerts.js';
import { multiLine, singleLine } from './text.js';
import type { Result } from './validation.js';
import { fieldErrorsFrom } from './validation.js';

/** A request to raise an alert (§6.7), checked field by field: what might happen, how serious and imminent, what is asked. */

/** A case is named only by an opaque reference: letters, digits and dashes, never a name. */
export const caseReferenceSchema = z
  .string({ error: 'must be the case’s opaque reference' })
  .regex(/^[A-Z0-9][A-Z0-9-]{3,31}$/, {
    error: 'must be an opaque reference of 4 to 32 capital letters, digits and dashes (no names)',
  });

/** Free text of up to 2,000 characters: line breaks allowed, control and format characters not (text.ts). */
const text = (what: string) =>
  multiLine(
    z
      .string({ error: `must say ${what}` })
      .trim()
      .min(3, { error: `must say ${what}` })
      .max(2000, { error: 'must be at most 2,000 characters' }),
  );

/** How long the region has, counted from the moment it is notified. */
export const alertDeadlinesSchema = z
  .object({
    acknowledgeWithinWorkingDays: z.number().int().min(1).max(10).default(1),
    evidenceWithinWorkingDays: z.number().int().min(1).max(20).default(2),
    /** For very imminent risk: hours instead of working days. */
    acknowledgeWithinHours: z.number().int().min(1).max(72).optional(),
    evidenceWithinHours: z.number().int().min(1).max(240).optional(),
  })
  .strict()
  .superRefine((d, context) => {
    const both = (a: number | undefined, b: number | undefined) => a !== undefined && b !== undefined && a > b;
    if (
      (d.acknowledgeWithinHours === undefined &&
        d.evidenceWithinHours === undefined &&
        d.acknowledgeWithinWorkingDays > d.evidenceWithinWorkingDays) ||
      both(d.acknowledgeWithinHours, d.evidenceWithinHours)
    ) {
      context.addIssue({
        code: 'custom',
        path: ['evidenceWithinWorkingDays'],
        message: 'must not come before the acknowledgement is due',
      });
    }
  });
export type AlertDeadlines = z.infer<typeof alertDeadlinesSchema>;

export const raiseAlertSchema = z
  .object({
    inspectionId: z.string().min(1),
    type: z.enum(ALERT_TYPES, { error: `must be one of: ${ALERT_TYPES.join(', ')}` }),
    category: z.enum(ALERT_CATEGORIES, { error: `must be one of: ${ALERT_CATEGORIES.join(', ')}` }),
    caseReference: caseReferenceSchema.optional(),
    whatMightHappen: text('what might happen if no action is taken'),
    howSerious: text('how serious it is'),
    howImminent: text('how imminent it is'),
    actionRequested: text('the action the region is asked to take'),
    raisedBy: singleLine(
      z.string({ error: 'must name who raised it' }).trim().min(1, { error: 'must name who raised it' }).max(120),
    ),
    deadlines: alertDeadlinesSchema.optional(),
  })
  .strict()
  .superRefine((alert, context) => {
    if (alert.type === 'individual' && !alert.caseReference) {
      context.addIssue({ code: 'custom', path: ['caseReference'], message: 'is needed for an individual alert' });
    }
    if (alert.type === 'organisational' && alert.caseReference) {
      context.addIssue({
        code: 'custom',
        path: ['caseReference'],
        message: 'is not given for an organisational alert: it is about the region',
      });
    }
  });
export type RaiseAlert = z.infer<typeof raiseAlertSchema>;

/** Checks a request to raise an alert, every field at once. */
export function parseRaiseAlert(input: unknown): Result<RaiseAlert> {
  const parsed = raiseAlertSchema.safeParse(input);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, errors: fieldErrorsFrom(parsed.error, input) };
}
