import { said } from '../../domain/messages/said.js';
import type { Principal } from '../../domain/access.js';
import { ukDateOf } from '../../domain/localDate.js';
import type { MilestoneStatus } from '../../domain/milestoneStatus.js';
import { saidInTurn } from '../../domain/publicationGate.js';
import { phaseOf } from '../../domain/schedule.js';
import { ruleError } from '../../domain/validation.js';
import type { EventRecord, InspectionRecord, InspectionState, MilestoneRecord } from '../../ports/records.js';
import { logger } from '../../shared/logger.js';
import type { Deps } from '../deps.js';
import { fieldOf, refuse } from '../errors.js';
import { inspectionDriverName } from '../lifecycle/restartDriver.js';
import { auditEntry } from '../shared/audit.js';
import { handOver } from '../shared/drivers.js';
import { retryOnConflict } from '../shared/retryOnConflict.js';
import { mustLoadTimeline } from './loadTimeline.js';
import { prepareReschedule, type PreparedReschedule } from './prepareReschedule.js';
import { eventRecord, milestoneRecords } from './timelineRecords.js';

/**
 * Someone who may change the inspection moves the fieldwork start or single milestone dates:
 * 1. worked out as the preview works it out (prepareReschedule): past dates, a bank-holiday first
 *    day, a change that moves nothing or moves a milestone not yet done into the past are refused,
 *    and so is a change checked against a plan version that is no longer current; a change with
 *    warnings goes ahead only with `confirmWarnings: true`;
 * 2. events whose date changed are cancelled and replaced; those that did not keep their state (a
 *    reminder sent stays sent); milestones already met stay met;
 * 3. one dates-changed notice to the people the domain names (the inspectorate alone before the
 *    region has been told of the inspection);
 * 4. the new plan is written in one transaction and a new driver takes over from the old one.
 * The driver may end an event between the read and the write, which refuses the write: it reads
 * again and recomputes, as a person would.
 */
export async function reschedule(deps: Deps, principal: Principal, input: unknown): Promise<InspectionState> {
  return retryOnConflict(async () => save(deps, principal, await prepareReschedule(deps, principal, input)), {
    giveUp: said('dates.meanwhile'),
    context: { inspectionId: fieldOf(input, 'inspectionId') },
  });
}

/** Warnings are confirmed, not refused: a change with any goes ahead only when the person says they saw them. */
function mustBeConfirmed({ warnings, request }: PreparedReschedule): void {
  if (warnings.length === 0 || request.confirmWarnings === true) return;
  const listed = saidInTurn(warnings.map((w) => w.said)) ?? '';
  refuse([
    warnings.length === 1
      ? ruleError('confirmWarnings', request.confirmWarnings, 'dates.change.confirmOne', { warnings: listed })
      : ruleError('confirmWarnings', request.confirmWarnings, 'dates.change.confirmMany', {
          count: warnings.length,
          warnings: listed,
        }),
  ]);
}

async function save(deps: Deps, principal: Principal, prepared: PreparedReschedule): Promise<InspectionState> {
  mustBeConfirmed(prepared);
  const { before, plan, decision, warnings, now } = prepared;
  const { inspection } = before;
  const planVersion = inspection.planVersion + 1;
  const { changes } = decision;
  const previous = new Map(before.milestones.map((m) => [m.id, m]));
  const milestones = milestoneRecords(inspection.id, plan, planVersion).map((m): MilestoneRecord => {
    const was = previous.get(m.id);
    const status: MilestoneStatus = decision.statuses[m.id] ?? 'pending';
    return {
      ...m,
      status,
      ...(was?.completedAt ? { completedAt: was.completedAt } : {}),
      ...(was?.completedBy ? { completedBy: was.completedBy } : {}),
    };
  });
  const newEvents = decision.newEvents.map(({ event, status, outcome }) =>
    eventRecord(inspection.id, event, planVersion, status, outcome),
  );
  // The change is worked out only when something moves (prepareReschedule refuses otherwise).
  const told = decision.datesChanged;
  const datesChanged: EventRecord[] = told
    ? [
        {
          inspectionId: inspection.id,
          id: `${told.kind}:v${planVersion}`,
          kind: 'notice',
          notice: told.kind,
          milestoneId: told.milestoneId,
          date: ukDateOf(new Date(told.at)),
          at: told.at,
          phase: phaseOf(ukDateOf(new Date(told.at)), plan),
          to: told.to,
          cc: told.cc,
          condition: 'always',
          completesMilestone: false,
          attachCalendar: true,
          status: 'pending',
          planVersion,
          changes,
        },
      ]
    : [];
  const next: InspectionRecord = {
    ...inspection,
    fieldworkStart: plan.fieldworkStart,
    milestoneDates: prepared.milestoneDates,
    planVersion,
    driver: inspectionDriverName(inspection.id, planVersion),
    updatedAt: now.toISOString(),
  };
  await deps.timeline.replacePlan({
    inspection: next,
    expectedPlanVersion: inspection.planVersion,
    milestones,
    // A publication held by an alert is cancelled like any pending event when its date moves.
    cancelEventIds: decision.cancelEventIds,
    newEvents: [...newEvents, ...datesChanged],
    audit: auditEntry({
      inspectionId: inspection.id,
      at: now,
      actor: principal,
      action: 'dates changed',
      subject: `inspection ${inspection.id}`,
      before: { fieldworkStart: inspection.fieldworkStart, planVersion: inspection.planVersion },
      after: {
        fieldworkStart: plan.fieldworkStart,
        planVersion,
        changes,
        regionTold: decision.regionTold,
        ...(warnings.length > 0 ? { warningsConfirmed: warnings.map((w) => w.message) } : {}),
      },
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
