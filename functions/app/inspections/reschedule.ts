import { z } from 'zod';
import type { Principal } from '../../domain/access.js';
import { ukDateOf, type LocalDate } from '../../domain/localDate.js';
import type { MilestoneId } from '../../domain/milestones.js';
import { isSettled, type MilestoneStatus } from '../../domain/milestoneStatus.js';
import { planInspection } from '../../domain/planner.js';
import { scheduleFor } from '../../domain/schedule.js';
import { fieldErrorsFrom } from '../../domain/validation.js';
import type { EventRecord, InspectionRecord, InspectionState, MilestoneRecord } from '../../ports/records.js';
import { logger } from '../../shared/logger.js';
import { changeableInspection } from '../access/inspectionAccess.js';
import type { Deps } from '../deps.js';
import { fieldOf, refuse, RequestError } from '../errors.js';
import { inspectionDriverName } from '../lifecycle/restartDriver.js';
import { auditEntry } from '../shared/audit.js';
import { handOver } from '../shared/drivers.js';
import { retryOnConflict } from '../shared/retryOnConflict.js';
import { mustLoadTimeline } from './loadTimeline.js';
import { eventRecord, milestoneRecords, stillWorthDoing } from './timelineRecords.js';

export const rescheduleSchema = z.object({
  inspectionId: z.string(),
  fieldworkStart: z.string().optional(),
  milestoneDates: z.record(z.string(), z.unknown()).optional(),
});

/**
 * Someone who may change the inspection moves the fieldwork start or single milestone dates:
 * 1. the plan is recomputed from the new dates (a move that changes no date is refused);
 * 2. events whose date changed are cancelled and replaced; those that did not keep their state (a
 *    reminder sent stays sent); milestones already met stay met;
 * 3. every recipient gets one dates-changed notice;
 * 4. the new plan is written in one transaction and a new driver takes over from the old one.
 * The driver may end an event between the read and the write, which refuses the write: it reads
 * again and recomputes, as a person would.
 */
export async function reschedule(deps: Deps, principal: Principal, input: unknown): Promise<InspectionState> {
  await changeableInspection(deps, principal, fieldOf(input, 'inspectionId'));
  const shape = rescheduleSchema.safeParse(input);
  if (!shape.success) refuse(fieldErrorsFrom(shape.error, input));
  return retryOnConflict(() => rescheduleOnce(deps, principal, shape.data), {
    giveUp: 'the inspection changed while its dates were being moved: look again and retry',
    context: { inspectionId: shape.data.inspectionId },
  });
}

async function rescheduleOnce(
  deps: Deps,
  principal: Principal,
  request: z.infer<typeof rescheduleSchema>,
): Promise<InspectionState> {
  const before = await mustLoadTimeline(deps, request.inspectionId);
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
    driver: inspectionDriverName(inspection.id, planVersion),
    updatedAt: now.toISOString(),
  };
  await deps.timeline.replacePlan({
    inspection: next,
    expectedPlanVersion: inspection.planVersion,
    milestones,
    // A publication held by an alert is cancelled like any pending event when its date moves.
    cancelEventIds: before.events
      .filter((e) => (e.status === 'pending' || e.status === 'held') && !wantedIds.has(e.id))
      .map((e) => e.id),
    newEvents: [...newEvents, datesChanged],
    audit: auditEntry({
      inspectionId: inspection.id,
      at: now,
      actor: principal,
      action: 'dates changed',
      subject: `inspection ${inspection.id}`,
      before: { fieldworkStart: inspection.fieldworkStart, planVersion: inspection.planVersion },
      after: { fieldworkStart: plan.fieldworkStart, planVersion, changes },
    }),
  });
  await handOver(
    deps.driver,
    { inspectionId: inspection.id },
    { from: inspection.driver, to: next.driver, reason: `dates changed: plan version ${planVersion}` },
  );
  logger.info('inspection rescheduled', { inspectionId: inspection.id, planVersion, changes: changes.length });
  return mustLoadTimeline(deps, inspection.id);
}
