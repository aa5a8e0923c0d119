import * as z from 'zod/mini';
import type { Principal } from '../../domain/access.js';
import { multiLine } from '../../domain/text.js';
import { zodMessage } from '../../domain/validation.js';
import type { Deps } from '../deps.js';
import { milestoneRequest, milestoneRequestSchema, settleMilestone, type MilestoneOutcome } from './settleMilestone.js';

const waiverSchema = z.extend(milestoneRequestSchema, {
  reason: multiLine(
    z
      .string({ error: () => zodMessage('dates.waive.reason') })
      .check(
        z.trim(),
        z.minLength(3, { error: () => zodMessage('dates.waive.reason') }),
        z.maxLength(2000, { error: () => zodMessage('dates.waive.reasonTooLong') }),
      ),
  ),
});

/**
 * Someone who may change the inspection waives a milestone with a reason: nothing more is sent
 * about it, and its deadline checks stand down. One already met or waived is left as it is;
 * publication cannot be waived past its alerts.
 */
export async function waiveMilestone(deps: Deps, principal: Principal, input: unknown): Promise<MilestoneOutcome> {
  const { request, state, milestone } = await milestoneRequest(deps, principal, waiverSchema, input);
  return settleMilestone(deps, state.inspection.id, milestone, {
    status: 'waived',
    at: deps.clock.now().toISOString(),
    actor: principal,
    action: 'milestone waived',
    reason: request.reason,
  });
}
