import { z } from 'zod';
import { canCreate, type Principal } from '../../domain/access.js';
import { ukDateOf, type LocalDate } from '../../domain/localDate.js';
import { peopleSchema } from '../../domain/people.js';
import { planInspection } from '../../domain/planner.js';
import { scheduleFor } from '../../domain/schedule.js';
import { said } from '../../domain/messages/said.js';
import { fieldErrorsFrom, ruleError, type FieldError } from '../../domain/validation.js';
import { AlreadyExistsError } from '../../ports/errors.js';
import type { InspectionRecord, InspectionState } from '../../ports/records.js';
import { logger } from '../../shared/logger.js';
import type { Deps } from '../deps.js';
import { ForbiddenError, refuse, RequestError } from '../errors.js';
import { inspectionDriverName } from '../lifecycle/restartDriver.js';
import { auditEntry } from '../shared/audit.js';
import { displayReference } from '../../domain/inspectionReference.js';
import { dateRequestProblems, stillWorthDoing } from '../../domain/dateChange.js';
import { eventRecord, milestoneRecords } from './timelineRecords.js';

export const startInspectionSchema = z.object({
  region: z.unknown().optional(),
  fieldworkStart: z.unknown().optional(),
  overrides: z.record(z.string(), z.unknown()).optional(),
  milestoneDates: z.record(z.string(), z.unknown()).optional(),
  people: z.unknown().optional(),
});

/**
 * An administrator or Head of Programme plans an inspection:
 * 1. the plan and its people are checked, every problem reported at once: a fieldwork start or a
 *    milestone date in the past, or fieldwork starting on a bank holiday (the nearest working
 *    Mondays offered), is refused like a date that is not a date;
 * 2. the inspection, its milestones and its timed events are stored in one transaction (events
 *    whose time has passed are kept as skipped, unless they are still worth doing);
 * 3. its driver starts.
 */
export async function startInspection(deps: Deps, principal: Principal, input: unknown): Promise<InspectionState> {
  if (!canCreate(principal)) throw new ForbiddenError(said('dates.inspection.onlyPlanners'));
  const shape = startInspectionSchema.safeParse(input);
  if (!shape.success) refuse(fieldErrorsFrom(shape.error, input));
  const request = shape.data;
  const errors: FieldError[] = [];
  const people = peopleSchema.safeParse(request.people);
  if (!people.success) errors.push(...fieldErrorsFrom(people.error, request.people, { prefix: 'people' }));
  const planned = planInspection(
    {
      region: request.region,
      fieldworkStart: request.fieldworkStart,
      overrides: request.overrides,
      milestoneDates: request.milestoneDates,
    },
    deps.calendar,
  );
  // A date in the past says so (not that it is a Sunday in the past); the planner's problems follow.
  const typed = dateRequestProblems(
    {
      fieldworkStart: typeof request.fieldworkStart === 'string' ? request.fieldworkStart : undefined,
      milestoneDates: request.milestoneDates,
    },
    { today: ukDateOf(deps.clock.now()), calendar: deps.calendar },
  );
  errors.push(...typed);
  if (!planned.ok) errors.push(...planned.errors.filter((problem) => !typed.some((t) => t.field === problem.field)));
  if (errors.length > 0 || !planned.ok || !people.success) refuse(errors);

  const plan = planned.value;
  const now = deps.clock.now();
  const id = `${plan.regionId}-${plan.fieldworkStart}`;
  const inspection: InspectionRecord = {
    id,
    // The display reference, stored once: never changed by a move of dates (issue 18).
    ref: displayReference(plan.regionId, id),
    region: plan.region,
    regionId: plan.regionId,
    fieldworkStart: plan.fieldworkStart,
    overrides: request.overrides ?? {},
    milestoneDates: (request.milestoneDates ?? {}) as Record<string, LocalDate>,
    people: people.data,
    planVersion: 1,
    driver: inspectionDriverName(id, 1),
    createdAt: now.toISOString(),
    createdBy: principal.name,
    updatedAt: now.toISOString(),
  };
  const events = scheduleFor(plan, deps.calendar).map((event) =>
    stillWorthDoing(event, now)
      ? eventRecord(id, event, 1, 'pending')
      : eventRecord(id, event, 1, 'skipped', 'its time had passed when the inspection was created'),
  );
  const state: InspectionState = { inspection, milestones: milestoneRecords(id, plan, 1), events };
  try {
    await deps.timeline.createInspection({
      state,
      audit: auditEntry({
        inspectionId: id,
        at: now,
        actor: principal,
        action: 'inspection created',
        subject: `inspection ${id}`,
        after: { region: plan.region, fieldworkStart: plan.fieldworkStart, planVersion: 1 },
      }),
    });
  } catch (error) {
    if (error instanceof AlreadyExistsError) {
      throw new RequestError(
        said('dates.inspection.exists', { region: plan.region, fieldworkStart: plan.fieldworkStart, id }),
        [ruleError('fieldworkStart', plan.fieldworkStart, 'dates.inspection.existsField', { id })],
      );
    }
    throw error;
  }
  await deps.driver.start({ inspectionId: id }, inspection.driver);
  logger.info('inspection started', { inspectionId: id, events: events.length });
  return state;
}
