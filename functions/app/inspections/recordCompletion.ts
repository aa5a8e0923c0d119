import { z } from 'zod';
import type { Principal } from '../../domain/access.js';
import { ukDateOf } from '../../domain/localDate.js';
import { completionTimeProblem, statusOnCompletion } from '../../domain/milestoneStatus.js';
import type { Deps } from '../deps.js';
import { refuse, RequestError } from '../errors.js';
import { milestoneRequest, milestoneRequestSchema, settleMilestone, type MilestoneOutcome } from './settleMilestone.js';

export const completionSchema = milestoneRequestSchema.extend({
  /** When it was done; now if not given. No earlier than the inspection was planned, no later than now. */
  at: z.iso.datetime({ offset: true, error: 'must be an ISO date and time, e.g. 2027-03-01T10:00:00Z' }).optional(),
  /** The due date the person saw: refused if the dates have changed since. */
  expectedDueDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD' })
    .optional(),
});

/**
 * Someone who may change the inspection records that a milestone was done:
 * 1. refused if the due date they saw has changed since;
 * 2. refused if the time they give for it is before the inspection was planned or after now;
 * 3. met if recorded on or before its date, met late after it, whatever time they give (late
 *    evidence stops the escalation chain); recording it twice changes nothing.
 */
export async function recordCompletion(deps: Deps, principal: Principal, input: unknown): Promise<MilestoneOutcome> {
  const { request, state, milestone } = await milestoneRequest(deps, principal, completionSchema, input);
  if (request.expectedDueDate !== undefined && request.expectedDueDate !== milestone.dueDate) {
    throw new RequestError(`the dates have changed: ${milestone.id} is now due ${milestone.dueDate}`, [
      {
        field: 'expectedDueDate',
        value: request.expectedDueDate,
        message: `is out of date; it is now due ${milestone.dueDate}`,
      },
    ]);
  }
  const now = deps.clock.now();
  const at = request.at ? new Date(request.at) : now;
  const problem = completionTimeProblem(at, { plannedAt: new Date(state.inspection.createdAt), now });
  if (problem) refuse([{ field: 'at', value: request.at, message: problem }]);
  return settleMilestone(deps, state.inspection.id, milestone, {
    // The record, not the claim, decides lateness: a deadline of the DIPP guidance manual (§3.6) is
    // about the evidence reaching the inspectorate, and a record made after the due date shows it
    // came late, whatever earlier time is given for the work. `at` is kept as given.
    status: statusOnCompletion(milestone.dueDate, ukDateOf(now)),
    at: at.toISOString(),
    actor: principal,
    action: 'completion recorded',
  });
}
