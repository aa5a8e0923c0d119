import { z } from 'zod';
import type { Principal } from '../../domain/access.js';
import { ukDateOf } from '../../domain/localDate.js';
import { statusOnCompletion } from '../../domain/milestoneStatus.js';
import type { Deps } from '../deps.js';
import { RequestError } from '../errors.js';
import { milestoneRequest, milestoneRequestSchema, settleMilestone, type MilestoneOutcome } from './settleMilestone.js';

export const completionSchema = milestoneRequestSchema.extend({
  /** When it was done; now if not given. */
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
 * 2. met if done on or before its date, met late after it (late evidence stops the escalation
 *    chain); recording it twice changes nothing.
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
  const at = request.at ? new Date(request.at) : deps.clock.now();
  return settleMilestone(deps, state.inspection.id, milestone, {
    status: statusOnCompletion(milestone.dueDate, ukDateOf(at)),
    at: at.toISOString(),
    actor: principal.name,
    action: 'completion recorded',
  });
}
