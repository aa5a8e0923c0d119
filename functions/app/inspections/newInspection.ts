import { inProgramme } from '../shared/inProgramme.js';
import * as z from 'zod/mini';
import type { Principal } from '../../domain/access.js';
import { dateRequestProblems, stillWorthDoing } from '../../domain/dateChange.js';
import { displayReference } from '../../domain/inspectionReference.js';
import { addDays, ukDateOf, type LocalDate } from '../../domain/localDate.js';
import { said } from '../../domain/messages/said.js';
import { peopleSchema } from '../../domain/people.js';
import { planInspection, type InspectionPlan } from '../../domain/planner.js';
import { clashesIntroducedBy, findClashes, type Clash } from '../../domain/programme/clashes.js';
import { saidInTurn } from '../../domain/publicationGate.js';
import { scheduleFor } from '../../domain/schedule.js';
import { fieldErrorsFrom, ruleError, type FieldError, type Result } from '../../domain/validation.js';
import { AlreadyExistsError } from '../../ports/errors.js';
import type { InspectionRecord, InspectionState } from '../../ports/records.js';
import { logger } from '../../shared/logger.js';
import type { Deps } from '../deps.js';
import { RequestError } from '../errors.js';
import { inspectionDriverName } from '../lifecycle/restartDriver.js';
import { planOf } from '../notices/planOf.js';
import { auditEntry } from '../shared/audit.js';
import { eventRecord, milestoneRecords } from './timelineRecords.js';

/**
 * A new inspection, from the request that plans it to its first driver: checked and built the same
 * way whether one is planned (startInspection) or a whole programme at once (planProgramme).
 */

/** What plans one inspection; each field is checked by the planner and the people's schema. */
export const planRequestSchema = z.object({
  region: z.optional(z.unknown()),
  fieldworkStart: z.optional(z.unknown()),
  overrides: z.optional(z.record(z.string(), z.unknown())),
  milestoneDates: z.optional(z.record(z.string(), z.unknown())),
  people: z.optional(z.unknown()),
});
export type PlanRequest = z.infer<typeof planRequestSchema>;

/** The person saw the clashes a plan brings (a person on two fieldworks, capacity, a holiday week) and goes ahead. */
export const acknowledgeClashesSchema = z.optional(z.boolean({ error: 'must be true or false' }));

/** An inspection checked and built, not yet stored. */
export interface NewInspection {
  plan: InspectionPlan;
  state: InspectionState;
}

/**
 * Checks one plan and builds what would be stored, every problem reported at once: a fieldwork
 * start or a milestone date in the past, or fieldwork starting on a bank holiday (the nearest
 * working Mondays offered), is refused like a date that is not a date; the people must each have a
 * name and a work email address. Events whose time has passed are kept as skipped, unless they are
 * still worth doing.
 */
export function checkNewInspection(
  deps: Deps,
  principal: Principal,
  request: PlanRequest,
  now: Date,
): Result<NewInspection> {
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
    { today: ukDateOf(now), calendar: deps.calendar },
  );
  errors.push(...typed);
  if (!planned.ok) errors.push(...planned.errors.filter((problem) => !typed.some((t) => t.field === problem.field)));
  if (errors.length > 0 || !planned.ok || !people.success) return { ok: false, errors };

  const plan = planned.value;
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
  return { ok: true, value: { plan, state: { inspection, milestones: milestoneRecords(id, plan, 1), events } } };
}

/**
 * The clashes new inspections bring into the programme stored (issue 15): among themselves and
 * with those stored, every kind findClashes names (a lead or deputy on two overlapping fieldworks,
 * too much fieldwork or editing at once, fieldwork in a bank-holiday, Christmas or Easter week).
 * A clash the stored programme already had is not theirs.
 */
export function clashesBrought(
  deps: Deps,
  planned: readonly NewInspection[],
  stored: readonly InspectionRecord[],
): Clash[] {
  const ids = new Set(planned.map(({ state }) => state.inspection.id));
  // Only an inspection whose weeks could meet a new one's can clash with it: fieldwork within
  // three weeks, editing some seven weeks after fieldwork. Those further off are left out, so that
  // planning into a large programme does not work out every stored inspection's plan.
  const starts = planned.map(({ plan }) => plan.fieldworkStart);
  const near = (record: InspectionRecord) =>
    starts.some(
      (start) =>
        record.fieldworkStart >= addDays(start, -NEAR_DAYS) && record.fieldworkStart <= addDays(start, NEAR_DAYS),
    );
  const before = stored
    .filter((record) => !ids.has(record.id) && near(record))
    .map((record) => inProgramme(deps.calendar, record, planOf(record)));
  const after = [...before, ...planned.map(({ state, plan }) => inProgramme(deps.calendar, state.inspection, plan))];
  return clashesIntroducedBy(findClashes(before, deps.calendar), findClashes(after, deps.calendar));
}

/**
 * How far apart two fieldwork starts may be and the inspections still clash: ten weeks (a report is
 * edited within about seven weeks of its fieldwork's start; fieldworks overlap within three).
 */
const NEAR_DAYS = 70;

/** Clashes are acknowledged, not refused: a plan with any goes ahead only when the person says they saw them. */
export function mustAcknowledge(clashes: readonly Clash[], acknowledged: boolean | undefined): void {
  if (clashes.length === 0 || acknowledged === true) return;
  const listed = saidInTurn(clashes.map((clash) => clash.said)) ?? '';
  throw new RequestError(said('dates.plan.clashes', { count: clashes.length }), [
    clashes.length === 1
      ? ruleError('acknowledgeClashes', acknowledged, 'dates.plan.acknowledgeOne', { clashes: listed })
      : ruleError('acknowledgeClashes', acknowledged, 'dates.plan.acknowledgeMany', {
          count: clashes.length,
          clashes: listed,
        }),
  ]);
}

/** Where a plan's inspection already exists: refused on the fieldwork start, naming it. */
export function alreadyExists({ plan, state }: NewInspection): RequestError {
  const { id } = state.inspection;
  return new RequestError(
    said('dates.inspection.exists', { region: plan.region, fieldworkStart: plan.fieldworkStart, id }),
    [ruleError('fieldworkStart', plan.fieldworkStart, 'dates.inspection.existsField', { id })],
  );
}

/**
 * Stores a new inspection, its milestones and its timed events in one transaction, audited, and
 * starts its driver. One already stored with its id is refused (`alreadyExists`).
 */
export async function createAndStart(deps: Deps, principal: Principal, planned: NewInspection): Promise<void> {
  const { state, plan } = planned;
  const { inspection } = state;
  try {
    await deps.timeline.createInspection({
      state,
      audit: auditEntry({
        inspectionId: inspection.id,
        at: new Date(inspection.createdAt),
        actor: principal,
        action: 'inspection created',
        subject: `inspection ${inspection.id}`,
        after: { region: plan.region, fieldworkStart: plan.fieldworkStart, planVersion: 1 },
      }),
    });
  } catch (error) {
    if (error instanceof AlreadyExistsError) throw alreadyExists(planned);
    throw error;
  }
  await deps.driver.start({ inspectionId: inspection.id }, inspection.driver);
  logger.info('inspection started', { inspectionId: inspection.id, events: state.events.length });
}
