import * as z from 'zod/mini';
import { canCreate, type Principal } from '../../domain/access.js';
import { said } from '../../domain/messages/said.js';
import type { Clash } from '../../domain/programme/clashes.js';
import { fieldErrorsFrom } from '../../domain/validation.js';
import type { InspectionState } from '../../ports/records.js';
import type { Deps } from '../deps.js';
import { ForbiddenError, refuse } from '../errors.js';
import {
  acknowledgeClashesSchema,
  alreadyExists,
  checkNewInspection,
  clashesBrought,
  createAndStart,
  mustAcknowledge,
  planRequestSchema,
} from './newInspection.js';

export const startInspectionSchema = z.extend(planRequestSchema, { acknowledgeClashes: acknowledgeClashesSchema });

/**
 * An administrator or Head of Programme plans an inspection:
 * 1. the plan and its people are checked, every problem reported at once (checkNewInspection): a
 *    fieldwork start or a milestone date in the past, or fieldwork starting on a bank holiday (the
 *    nearest working Mondays offered), is refused like a date that is not a date;
 * 2. the clashes it brings into the programme stored (a lead or deputy on two overlapping
 *    fieldworks, too much fieldwork or editing at once, a bank-holiday, Christmas or Easter week)
 *    refuse it, each named, unless the request says `acknowledgeClashes: true`;
 * 3. the inspection, its milestones and its timed events are stored in one transaction (events
 *    whose time has passed are kept as skipped, unless they are still worth doing);
 * 4. its driver starts.
 */
export async function startInspection(deps: Deps, principal: Principal, input: unknown): Promise<InspectionState> {
  if (!canCreate(principal)) throw new ForbiddenError(said('dates.inspection.onlyPlanners'));
  const shape = startInspectionSchema.safeParse(input);
  if (!shape.success) refuse(fieldErrorsFrom(shape.error, input));
  const { acknowledgeClashes, ...request } = shape.data;
  const checked = checkNewInspection(deps, principal, request, deps.clock.now());
  if (!checked.ok) refuse(checked.errors);
  const stored = await deps.timeline.listInspections();
  // Planned twice: said so, rather than that it clashes with itself.
  if (stored.some((record) => record.id === checked.value.state.inspection.id)) throw alreadyExists(checked.value);
  // Worked out only to be refused: a plan whose clashes are acknowledged goes ahead whatever they are.
  if (acknowledgeClashes !== true) mustAcknowledge(clashesBrought(deps, [checked.value], stored), acknowledgeClashes);
  await createAndStart(deps, principal, checked.value);
  return checked.value.state;
}

/**
 * The clashes a plan would bring into the programme stored, saving nothing: for the page to show
 * them before the person acknowledges them. Refused as startInspection refuses the plan itself.
 */
export async function clashesOfNewInspection(deps: Deps, principal: Principal, input: unknown): Promise<Clash[]> {
  if (!canCreate(principal)) throw new ForbiddenError(said('dates.inspection.onlyPlanners'));
  const shape = startInspectionSchema.safeParse(input);
  if (!shape.success) refuse(fieldErrorsFrom(shape.error, input));
  const { acknowledgeClashes: _acknowledged, ...request } = shape.data;
  const checked = checkNewInspection(deps, principal, request, deps.clock.now());
  if (!checked.ok) refuse(checked.errors);
  return clashesBrought(deps, [checked.value], await deps.timeline.listInspections());
}
