import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { ukDateOf, type LocalDate } from '../domain/localDate.js';
import { MILESTONE_IDS, type MilestoneId } from '../domain/milestones.js';
import { isSettled, statusOnCompletion, type MilestoneStatus } from '../domain/milestoneStatus.js';
import { peopleSchema } from '../domain/people.js';
import { planInspection, type InspectionPlan } from '../domain/planner.js';
import { scheduleFor, type ScheduledEvent } from '../domain/schedule.js';
import { fieldErrorsFrom, type FieldError } from '../domain/validation.js';
import { AlreadyExistsError, ConflictError } from '../ports/inspectionStore.js';
import type { EventRecord, InspectionRecord, InspectionState, MilestoneRecord } from '../ports/records.js';
import { logger } from '../shared/logger.js';
import { gateReason } from '../domain/alerts.js';
import { gateFor } from './alerts.js';
import { RequestError, type Deps } from './deps.js';

const actor = z.string({ error: 'must name who is acting' }).trim().min(1, { error: 'must name who is acting' });

export const startInspectionSchema = z.object({
  region: z.unknown().optional(),
  fieldworkStart: z.unknown().optional(),
  overrides: z.record(z.string(), z.unknown()).optional(),
  milestoneDates: z.record(z.string(), z.unknown()).optional(),
  people: z.unknown().optional(),
  actor,
});

function refuse(errors: FieldError[]): never {
  throw new RequestError(errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);
}

function driverName(inspectionId: string, planVersion: number): string {
  // Step Functions execution names: at most 80 characters of letters, digits, - and _.
  return `${inspectionId}-v${planVersion}-${randomBytes(4).toString('hex')}`.slice(-80);
}

function milestoneRecords(inspectionId: string, plan: InspectionPlan, planVersion: number): MilestoneRecord[] {
  return plan.milestones.map((m) => ({
    inspectionId,
    id: m.id,
    title: m.title,
    dueDate: m.date,
    ...(m.time ? { time: m.time } : {}),
    phase: m.phase,
    kind: m.kind,
    party: m.party,
    role: m.role,
    status: 'pending',
    planVersion,
    warnings: m.warnings,
  }));
}

function eventRecord(
  inspectionId: string,
  event: ScheduledEvent,
  planVersion: number,
  status: EventRecord['status'],
  outcome?: string,
): EventRecord {
  return { ...event, inspectionId, planVersion, status, ...(outcome ? { outcome } : {}) };
}

/**
 * Whether an event planned for a moment already past is still worth doing: deadline checks and
 * notices that are the milestone itself (the announcement) run at once; a reminder whose day has
 * gone is left out.
 */
function stillWorthDoing(event: ScheduledEvent, now: Date): boolean {
  return new Date(event.at) >= now || event.kind === 'deadline-check' || event.completesMilestone;
}

/** Plans an inspection, stores it with its whole timeline in one transaction, and starts its driver. */
export async function startInspection(deps: Deps, input: unknown): Promise<InspectionState> {
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
  if (!planned.ok) errors.push(...planned.errors);
  if (errors.length > 0 || !planned.ok || !people.success) refuse(errors);

  const plan = planned.value;
  const now = deps.clock.now();
  const id = `${plan.regionId}-${plan.fieldworkStart}`;
  const inspection: InspectionRecord = {
    id,
    ref: `DIPP-${id.toUpperCase()}`,
    region: plan.region,
    regionId: plan.regionId,
    fieldworkStart: plan.fieldworkStart,
    overrides: request.overrides ?? {},
    milestoneDates: (request.milestoneDates ?? {}) as Record<string, LocalDate>,
    people: people.data,
    planVersion: 1,
    driver: driverName(id, 1),
    createdAt: now.toISOString(),
    createdBy: request.actor,
    updatedAt: now.toISOString(),
  };
  const events = scheduleFor(plan, deps.calendar).map((event) =>
    stillWorthDoing(event, now)
      ? eventRecord(id, event, 1, 'pending')
      : eventRecord(id, event, 1, 'skipped', 'its time had passed when the inspection was created'),
  );
  const state: InspectionState = { inspection, milestones: milestoneRecords(id, plan, 1), events };
  try {
    await deps.store.create(state, {
      inspectionId: id,
      at: now.toISOString(),
      actor: request.actor,
      action: 'inspection created',
      subject: `inspection ${id}`,
      after: { region: plan.region, fieldworkStart: plan.fieldworkStart, planVersion: 1 },
    });
  } catch (error) {
    if (error instanceof AlreadyExistsError) {
      throw new RequestError(
        `an inspection of ${plan.region} with fieldwork from ${plan.fieldworkStart} already exists (${id})`,
        [{ field: 'fieldworkStart', value: plan.fieldworkStart, message: `already has an inspection: ${id}` }],
      );
    }
    throw error;
  }
  await deps.driver.start({ inspectionId: id }, inspection.driver);
  logger.info('inspection started', { inspectionId: id, events: events.length });
  return state;
}

async function mustLoad(
  deps: Deps,
  inspectionId: string,
  options?: { pendingOnly?: boolean },
): Promise<InspectionState> {
  const state = await deps.store.load(inspectionId, options);
  if (!state) {
    throw new RequestError(`no inspection ${inspectionId}`, [
      { field: 'inspectionId', value: inspectionId, message: 'is not an inspection' },
    ]);
  }
  return state;
}

export const rescheduleSchema = z.object({
  inspectionId: z.string(),
  fieldworkStart: z.string().optional(),
  milestoneDates: z.record(z.string(), z.unknown()).optional(),
  actor,
});

/**
 * Moves the fieldwork start or single milestone dates: the plan is recomputed; events whose
 * date changed are cancelled and replaced, those that did not keep their state (a reminder sent
 * stays sent); milestones already met stay met; every recipient gets one dates-changed notice;
 * the old driver is stopped and a new one started.
 */
export async function reschedule(deps: Deps, input: unknown): Promise<InspectionState> {
  const shape = rescheduleSchema.safeParse(input);
  if (!shape.success) refuse(fieldErrorsFrom(shape.error, input));
  // The driver may end an event (the last dates-changed notice, say) between our read and our
  // write, which refuses the write: read again and recompute, as a person would.
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await rescheduleOnce(deps, shape.data);
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      if (attempt >= 3)
        throw new RequestError('the inspection changed while its dates were being moved: look again and retry');
      logger.info('reschedule raced a change; reading again', { inspectionId: shape.data.inspectionId, attempt });
    }
  }
}

async function rescheduleOnce(deps: Deps, request: z.infer<typeof rescheduleSchema>): Promise<InspectionState> {
  const before = await mustLoad(deps, request.inspectionId);
  const { inspection } = before;
  const fieldworkStart = request.fieldworkStart ?? inspection.fieldworkStart;
  // Moving fieldwork drops dates set by hand for the old fieldwork, unless they are set again here.
  const milestoneDates = {
    ...(fieldworkStart === inspection.fieldworkStart ? inspection.milestoneDates : {}),
    ...(request.milestoneDates ?? {}),
  };
  const planned = planInspection(
    { region: inspection.region, fieldworkStart, overrides: inspection.overrides, milestoneDates },
    deps.calendar,
  );
  if (!planned.ok) refuse(planned.errors);
  const plan = planned.value;
  const now = deps.clock.now();
  const today = ukDateOf(now);
  const planVersion = inspection.planVersion + 1;

  const old = new Map(before.milestones.map((m) => [m.id, m]));
  const changes: { milestoneId: MilestoneId; from: LocalDate; to: LocalDate }[] = [];
  const milestones = milestoneRecords(inspection.id, plan, planVersion).map((m): MilestoneRecord => {
    const previous = old.get(m.id);
    if (!previous) return m;
    if (previous.dueDate !== m.dueDate) changes.push({ milestoneId: m.id, from: previous.dueDate, to: m.dueDate });
    const status: MilestoneStatus =
      isSettled(previous.status) || m.dueDate < today || previous.dueDate === m.dueDate ? previous.status : 'pending';
    return {
      ...m,
      status,
      ...(previous.completedAt ? { completedAt: previous.completedAt } : {}),
      ...(previous.completedBy ? { completedBy: previous.completedBy } : {}),
    };
  });
  if (changes.length === 0) {
    throw new RequestError('no date changes: the new plan has the same dates', [
      {
        field: request.fieldworkStart ? 'fieldworkStart' : 'milestoneDates',
        value: request.fieldworkStart ?? request.milestoneDates,
        message: 'changes no date',
      },
    ]);
  }
  const status = new Map(milestones.map((m) => [m.id, m.status]));
  const existing = new Map(before.events.map((e) => [e.id, e]));
  const wanted = scheduleFor(plan, deps.calendar);
  const wantedIds = new Set(wanted.map((e) => e.id));
  const newEvents = wanted
    .filter((event) => !existing.has(event.id))
    .map((event) => {
      if (event.completesMilestone && isSettled(status.get(event.milestoneId) ?? 'pending')) {
        return eventRecord(inspection.id, event, planVersion, 'skipped', 'its milestone was already met');
      }
      return stillWorthDoing(event, now)
        ? eventRecord(inspection.id, event, planVersion, 'pending')
        : eventRecord(inspection.id, event, planVersion, 'skipped', 'its time had passed when the dates changed');
    });
  const datesChanged: EventRecord = {
    inspectionId: inspection.id,
    id: `dates-changed:v${planVersion}`,
    kind: 'notice',
    notice: 'dates-changed',
    milestoneId: changes[0]?.milestoneId ?? 'fieldworkWeek1Start',
    date: today,
    at: now.toISOString(),
    phase: today < plan.fieldworkStart ? 'pre-fieldwork' : today <= plan.fieldworkEnd ? 'fieldwork' : 'post-fieldwork',
    to: ['rpd', 'spoc'],
    cc: ['lead', 'deputyLead', 'isa', 'headOfProgramme'],
    condition: 'always',
    completesMilestone: false,
    attachCalendar: true,
    status: 'pending',
    planVersion,
    changes,
  };
  const next: InspectionRecord = {
    ...inspection,
    fieldworkStart: plan.fieldworkStart,
    milestoneDates: milestoneDates as Record<string, LocalDate>,
    planVersion,
    driver: driverName(inspection.id, planVersion),
    updatedAt: now.toISOString(),
  };
  await deps.store.replacePlan({
    inspection: next,
    expectedPlanVersion: inspection.planVersion,
    milestones,
    // A publication held by an alert is cancelled like any pending event when its date moves.
    cancelEventIds: before.events
      .filter((e) => (e.status === 'pending' || e.status === 'held') && !wantedIds.has(e.id))
      .map((e) => e.id),
    newEvents: [...newEvents, datesChanged],
    audit: {
      inspectionId: inspection.id,
      at: now.toISOString(),
      actor: request.actor,
      action: 'dates changed',
      subject: `inspection ${inspection.id}`,
      before: { fieldworkStart: inspection.fieldworkStart, planVersion: inspection.planVersion },
      after: { fieldworkStart: plan.fieldworkStart, planVersion, changes },
    },
  });
  await deps.driver.start({ inspectionId: inspection.id }, next.driver);
  await deps.driver.stop(inspection.driver, `dates changed: plan version ${planVersion}`);
  logger.info('inspection rescheduled', { inspectionId: inspection.id, planVersion, changes: changes.length });
  return mustLoad(deps, inspection.id);
}

/** Which milestone of which inspection, and who says so: what completing and waiving share. */
const milestoneRequestSchema = z.object({
  inspectionId: z.string(),
  milestoneId: z.enum(MILESTONE_IDS, { error: `must be one of: ${MILESTONE_IDS.join(', ')}` }),
  actor,
});

/** Parses a request about one milestone and reads the inspection's current milestones for it. */
async function milestoneRequest<Schema extends typeof milestoneRequestSchema>(
  deps: Deps,
  schema: Schema,
  input: unknown,
): Promise<{ request: z.infer<Schema>; state: InspectionState; milestone: MilestoneRecord }> {
  const shape = schema.safeParse(input);
  if (!shape.success) refuse(fieldErrorsFrom(shape.error, input));
  const request = shape.data as z.infer<Schema>;
  const state = await mustLoad(deps, request.inspectionId, { pendingOnly: true });
  const milestone = state.milestones.find((m) => m.id === request.milestoneId) as MilestoneRecord;
  return { request, state, milestone };
}

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
 * Records that a milestone was done: met if on or before its date, met late after it. Late
 * evidence stops the escalation chain. Recording it twice changes nothing.
 */
export async function recordCompletion(
  deps: Deps,
  input: unknown,
): Promise<{ milestone: MilestoneRecord; alreadyRecorded: boolean }> {
  const { request, state, milestone } = await milestoneRequest(deps, completionSchema, input);
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
    actor: request.actor,
    action: 'completion recorded',
  });
}

/**
 * Ends a milestone by hand, met or waived, with its completion and audit entry in one
 * transaction. One already settled is left as it is; publication waits for its alerts.
 */
async function settleMilestone(
  deps: Deps,
  inspectionId: string,
  milestone: MilestoneRecord,
  change: { status: MilestoneStatus; at: string; actor: string; action: string; reason?: string },
): Promise<{ milestone: MilestoneRecord; alreadyRecorded: boolean }> {
  if (isSettled(milestone.status)) return { milestone, alreadyRecorded: true };
  if (milestone.id === 'publication') {
    const gate = await gateFor(deps, inspectionId);
    if (!gate.open) {
      refuse([{ field: 'milestoneId', value: 'publication', message: `cannot be recorded yet: ${gateReason(gate)}` }]);
    }
  }
  const { status, at, actor, reason } = change;
  await deps.store.recordCompletion(
    { inspectionId, milestoneId: milestone.id, at, by: actor, status, ...(reason ? { reason } : {}) },
    { milestoneId: milestone.id, from: milestone.status, to: status, completedAt: at, completedBy: actor },
    {
      inspectionId,
      at: deps.clock.now().toISOString(),
      actor,
      action: change.action,
      subject: `milestone ${milestone.id}`,
      before: milestone.status,
      after: reason ? { status, reason } : status,
    },
  );
  logger.info(change.action, { inspectionId, milestoneId: milestone.id, status });
  return { milestone: { ...milestone, status, completedAt: at, completedBy: actor }, alreadyRecorded: false };
}

const waiverSchema = milestoneRequestSchema.extend({
  reason: z
    .string({ error: 'must say why the milestone is waived' })
    .trim()
    .min(3, { error: 'must say why the milestone is waived' })
    .max(2000, { error: 'must be at most 2,000 characters' }),
});

/**
 * Waives a milestone with a reason: nothing more is sent about it, and its deadline checks stand
 * down. One already met or waived is left as it is; publication cannot be waived past its alerts.
 */
export async function waiveMilestone(
  deps: Deps,
  input: unknown,
): Promise<{ milestone: MilestoneRecord; alreadyRecorded: boolean }> {
  const { request, state, milestone } = await milestoneRequest(deps, waiverSchema, input);
  return settleMilestone(deps, state.inspection.id, milestone, {
    status: 'waived',
    at: deps.clock.now().toISOString(),
    actor: request.actor,
    action: 'milestone waived',
    reason: request.reason,
  });
}

/**
 * Gives every inspection with work left a fresh driver: after a restart of the local runtime, or
 * when a driver was lost. The stored events say what is left, so nothing is sent twice or skipped.
 */
export async function resumeDrivers(deps: Deps): Promise<string[]> {
  const resumed: string[] = [];
  for (const inspection of await deps.store.listInspections()) {
    const state = await deps.store.load(inspection.id, { pendingOnly: true });
    if (!state?.events.some((event) => event.status === 'pending')) continue;
    await restartDriver(deps, inspection, 'resumed by a new driver');
    resumed.push(inspection.id);
  }
  return resumed;
}

/** Hands an inspection to a fresh driver, stopping the one it had. */
export async function restartDriver(deps: Deps, inspection: InspectionRecord, reason: string): Promise<void> {
  const next = driverName(inspection.id, inspection.planVersion);
  await deps.store.setDriver(inspection.id, inspection.driver, next, deps.clock.now().toISOString());
  // The new driver first: if stopping the old one fails, it stops itself on seeing it was replaced.
  await deps.driver.start({ inspectionId: inspection.id }, next);
  await deps.driver.stop(inspection.driver, reason);
}
