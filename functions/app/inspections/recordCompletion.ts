import * as z from 'zod/mini';
import { dateProblem } from '../../domain/dateProblem.js';
import type { Principal } from '../../domain/access.js';
import { notYetRecordable } from '../../domain/completionRules.js';
import { asLocalDate, UK_TIME_ZONE, ukDateOf, ukInstant } from '../../domain/localDate.js';
import { completionTimeSaid, statusOnCompletion } from '../../domain/milestoneStatus.js';
import { said } from '../../domain/messages/said.js';
import { multiLine } from '../../domain/text.js';
import { ruleError } from '../../domain/validation.js';
import type { Deps } from '../deps.js';
import { refuse, RequestError } from '../errors.js';
import { milestoneRequest, milestoneRequestSchema, settleMilestone, type MilestoneOutcome } from './settleMilestone.js';

export const completionSchema = z.extend(milestoneRequestSchema, {
  /** When it was done; now if not given. No earlier than the inspection was planned, no later than now. */
  at: z.optional(z.iso.datetime({ offset: true, error: 'must be an ISO date and time, e.g. 2027-03-01T10:00:00Z' })),
  /** The UK date it was done, instead of `at` (the pages' date input): today if neither is given. */
  on: z.optional(z.string({ error: 'must be a date written YYYY-MM-DD' })),
  /** What the person notes about it (optional). */
  note: z.optional(
    multiLine(z.string().check(z.trim(), z.maxLength(2000, { error: 'must be at most 2,000 characters' }))),
  ),
  /** The due date the person saw: refused if the dates have changed since. */
  expectedDueDate: z.optional(
    z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD' })),
  ),
});

/** The instant for a UK date the work was done: now if it is today, else that day at this time of day. */
function instantOn(on: string, now: Date): Date {
  if (on === ukDateOf(now)) return now;
  const timeOfDay = new Intl.DateTimeFormat('en-GB', {
    timeZone: UK_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(now);
  return new Date(ukInstant(asLocalDate(on), `${timeOfDay}.${String(now.getMilliseconds()).padStart(3, '0')}`));
}

/**
 * Someone who may change the inspection records that a milestone was done:
 * 1. refused before the inspection has been announced: nothing can have been done for it yet;
 * 2. refused if the due date they saw has changed since;
 * 3. refused if the time (or UK date) they give for it is before the inspection was planned or
 *    after now; a date is kept at this time of day, today's as now;
 * 4. met if recorded on or before its date, met late after it, whatever time they give (late
 *    evidence stops the escalation chain), with their note, who recorded it and when; recording it
 *    twice changes nothing.
 */
export async function recordCompletion(deps: Deps, principal: Principal, input: unknown): Promise<MilestoneOutcome> {
  const { request, state, milestone } = await milestoneRequest(deps, principal, completionSchema, input);
  const early = notYetRecordable(state.milestones);
  if (early) refuse([{ ...ruleError('milestoneId', request.milestoneId, early.key, early.values) }]);
  if (request.expectedDueDate !== undefined && request.expectedDueDate !== milestone.dueDate) {
    throw new RequestError(said('dates.record.datesChanged', { milestone: milestone.id, due: milestone.dueDate }), [
      ruleError('expectedDueDate', request.expectedDueDate, 'dates.record.outOfDate', { due: milestone.dueDate }),
    ]);
  }
  const now = deps.clock.now();
  const plannedAt = new Date(state.inspection.createdAt);
  let at = request.at ? new Date(request.at) : now;
  if (request.on !== undefined) {
    const problem = dateProblem(request.on);
    if (problem) refuse([ruleError('on', request.on, problem.key, problem.values)]);
    const planned = ukDateOf(plannedAt);
    if (request.on < planned || request.on > ukDateOf(now)) {
      refuse([ruleError('on', request.on, 'dates.record.dayOutOfRange', { planned })]);
    }
    // The day it was planned, earlier in the day than the planning: the planning itself.
    at = new Date(Math.max(plannedAt.getTime(), instantOn(request.on, now).getTime()));
  }
  const problem = completionTimeSaid(at, { plannedAt, now });
  if (problem) refuse([ruleError('at', request.at, problem.key, problem.values)]);
  return settleMilestone(deps, state.inspection.id, milestone, {
    // The record, not the claim, decides lateness: a deadline of the DIPP guidance manual (§3.6) is
    // about the evidence reaching the inspectorate, and a record made after the due date shows it
    // came late, whatever earlier time is given for the work. `at` is kept as given.
    status: statusOnCompletion(milestone.dueDate, ukDateOf(now)),
    at: at.toISOString(),
    actor: principal,
    action: 'completion recorded',
    ...(request.note ? { note: request.note } : {}),
  });
}
