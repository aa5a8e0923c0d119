import * as z from 'zod/mini';
import { ALERT_CATEGORIES, ALERT_TYPES } from './alerts.js';
import { multiLine, singleLine } from './text.js';
import type { Result } from './validation.js';
import { fieldErrorsFrom, zodMessage } from './validation.js';
import type { SaidKey } from './messages/said.js';

/** A request to raise an alert (§6.7), checked field by field: what might happen, how serious and imminent, what is asked. */

/** A case is named only by an opaque reference: letters, digits and dashes, never a name. */
export const caseReferenceSchema = z
  .string({ error: () => zodMessage('alert.caseReferenceText') })
  .check(z.regex(/^[A-Z0-9][A-Z0-9-]{3,31}$/, { error: () => zodMessage('alert.caseReferenceFormat') }));

/** Free text of up to 2,000 characters: line breaks allowed, control and format characters not (text.ts). */
const text = (what: SaidKey) =>
  multiLine(
    z
      .string({ error: () => zodMessage(what) })
      .check(
        z.trim(),
        z.minLength(3, { error: () => zodMessage(what) }),
        z.maxLength(2000, { error: () => zodMessage('common.tooLong', { maximum: 2000 }) }),
      ),
  );

/** How long the region has, counted from the moment it is notified. */
export const alertDeadlinesSchema = z
  .strictObject({
    acknowledgeWithinWorkingDays: z._default(z.int().check(z.gte(1), z.lte(10)), 1),
    evidenceWithinWorkingDays: z._default(z.int().check(z.gte(1), z.lte(20)), 2),
    /** For very imminent risk: hours instead of working days. */
    acknowledgeWithinHours: z.optional(z.int().check(z.gte(1), z.lte(72))),
    evidenceWithinHours: z.optional(z.int().check(z.gte(1), z.lte(240))),
  })
  .check(
    z.superRefine((d, context) => {
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
          message: zodMessage('alert.evidenceBeforeAcknowledgement'),
        });
      }
    }),
  );
export type AlertDeadlines = z.infer<typeof alertDeadlinesSchema>;

export const raiseAlertSchema = z
  .strictObject({
    inspectionId: z.string().check(z.minLength(1)),
    type: z.enum(ALERT_TYPES, { error: () => zodMessage('common.oneOf', { values: [...ALERT_TYPES] }) }),
    category: z.enum(ALERT_CATEGORIES, { error: () => zodMessage('common.oneOf', { values: [...ALERT_CATEGORIES] }) }),
    caseReference: z.optional(caseReferenceSchema),
    whatMightHappen: text('alert.sayWhatMightHappen'),
    howSerious: text('alert.sayHowSerious'),
    howImminent: text('alert.sayHowImminent'),
    actionRequested: text('alert.sayActionRequested'),
    raisedBy: singleLine(
      z
        .string({ error: () => zodMessage('alert.nameWhoRaised') })
        .check(z.trim(), z.minLength(1, { error: () => zodMessage('alert.nameWhoRaised') }), z.maxLength(120)),
    ),
    deadlines: z.optional(alertDeadlinesSchema),
  })
  .check(
    z.superRefine((alert, context) => {
      if (alert.type === 'individual' && !alert.caseReference) {
        context.addIssue({ code: 'custom', path: ['caseReference'], message: zodMessage('alert.caseReferenceNeeded') });
      }
      if (alert.type === 'organisational' && alert.caseReference) {
        context.addIssue({
          code: 'custom',
          path: ['caseReference'],
          message: zodMessage('alert.caseReferenceNotOrganisational'),
        });
      }
    }),
  );
export type RaiseAlert = z.infer<typeof raiseAlertSchema>;

/** Checks a request to raise an alert, every field at once. */
export function parseRaiseAlert(input: unknown): Result<RaiseAlert> {
  const parsed = raiseAlertSchema.safeParse(input);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, errors: fieldErrorsFrom(parsed.error, input) };
}
