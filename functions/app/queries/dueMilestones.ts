import * as z from 'zod/mini';
import { canSee, type Principal } from '../../domain/access.js';
import type { LocalDate } from '../../domain/localDate.js';
import { fieldErrorsFrom, zodMessage } from '../../domain/validation.js';
import type { MilestoneRecord } from '../../ports/records.js';
import type { Deps } from '../deps.js';
import { refuse } from '../errors.js';
import { checkDateRange } from './queryFields.js';
import { byDueDate } from './readHelpers.js';
import type { Due } from './views.js';

const dueQuery = z
  .object({
    from: z.string({ error: () => zodMessage('due.dateWritten') }),
    to: z.string({ error: () => zodMessage('due.dateWritten') }),
  })
  .check(z.superRefine(checkDateRange));

/** Everything due between two dates (at most a year apart), and everything overdue, across the inspections the person may see. */
export async function dueMilestones(deps: Deps, principal: Principal, input: unknown): Promise<Due> {
  const parsed = dueQuery.safeParse(input);
  if (!parsed.success) refuse(fieldErrorsFrom(parsed.error, input));
  const { from, to } = parsed.data;
  const inspections = new Map((await deps.timeline.listInspections()).map((i) => [i.id, i]));
  const mine = (m: MilestoneRecord) => {
    const inspection = inspections.get(m.inspectionId);
    return inspection !== undefined && canSee(principal, inspection);
  };
  const [due, overdue] = await Promise.all([
    deps.timeline.dueBetween(from as LocalDate, to as LocalDate),
    deps.timeline.overdue(),
  ]);
  return { due: due.filter(mine).sort(byDueDate), overdue: overdue.filter(mine).sort(byDueDate) };
}
