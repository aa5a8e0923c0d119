import * as z from 'zod/mini';
import { dateProblemMessage } from '../../domain/dateProblem.js';
import { findRegion } from '../../domain/regions.js';
import { addDays, type LocalDate } from '../../domain/localDate.js';
import { zodMessage } from '../../domain/validation.js';

/** Fields the read side's queries share: a range of dates, a region. */

/** The longest range a query reads at once (the store reads one month's index entry at a time). */
export const MAX_RANGE_DAYS = 366;

/**
 * Checks `from` and `to` as a range of UK dates, naming the field at fault: each a real date
 * written YYYY-MM-DD, `to` not before `from` and within a year of it. The two are compared only
 * once both are dates.
 */
export function checkDateRange(value: { from?: string; to?: string }, context: z.core.$RefinementCtx): void {
  let bad = false;
  for (const field of ['from', 'to'] as const) {
    const given = value[field];
    const problem = given === undefined ? zodMessage('due.dateWritten') : dateProblemMessage(given);
    if (problem) context.addIssue({ code: 'custom', path: [field], message: problem });
    bad ||= problem !== undefined;
  }
  if (bad || value.from === undefined || value.to === undefined) return;
  if (value.to < value.from) {
    context.addIssue({ code: 'custom', path: ['to'], message: zodMessage('due.notBeforeFrom') });
  } else if (value.to > addDays(value.from as LocalDate, MAX_RANGE_DAYS)) {
    context.addIssue({ code: 'custom', path: ['to'], message: zodMessage('due.withinYearOfFrom') });
  }
}

/** A region by its id or name (`north-east`, `North East`), as its id; empty is none. */
export const regionField = z.pipe(
  z.optional(
    z.string().check(
      z.refine((name) => name === '' || findRegion(name) !== undefined, {
        error: () => zodMessage('due.probationRegion'),
      }),
    ),
  ),
  z.transform((name) => (name ? findRegion(name)?.id : undefined)),
);
