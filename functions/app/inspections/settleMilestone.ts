import * as z from 'zod/mini';
import type { Principal } from '../../domain/access.js';
import { gateReasonSaid } from '../../domain/publicationGate.js';
import { MILESTONE_IDS } from '../../domain/milestones.js';
import { isSettled, type MilestoneStatus } from '../../domain/milestoneStatus.js';
import { fieldErrorsFrom, ruleError } from '../../domain/validation.js';
import type { InspectionState, MilestoneRecord } from '../../ports/records.js';
import { logger } from '../../shared/logger.js';
import { changeableInspection } from '../access/inspectionAccess.js';
import type { Deps } from '../deps.js';
import { fieldOf, refuse } from '../errors.js';
import { wakeForRecordedWork } from '../lifecycle/wakeForRecordedWork.js';
import { gateFor } from '../publication/gate.js';
import { auditEntry } from '../shared/audit.js';
import { mustLoadTimeline } from './loadTimeline.js';

/** Which milestone of which inspection: what completing and waiving share. */
export const milestoneRequestSchema = z.object({
  inspectionId: z.string(),
  milestoneId: z.enum(MILESTONE_IDS, { error: `must be one of: ${MILESTONE_IDS.join(', ')}` }),
});

/**
 * Checks the person may change the inspection, parses a request about one of its milestones and
 * reads the inspection's current milestones for it.
 */
export async function milestoneRequest<Schema extends typeof milestoneRequestSchema>(
  deps: Pick<Deps, 'timeline'>,
  principal: Principal,
  schema: Schema,
  input: unknown,
): Promise<{ request: z.infer<Schema>; state: InspectionState; milestone: MilestoneRecord }> {
  await changeableInspection(deps, principal, fieldOf(input, 'inspectionId'));
  const shape = schema.safeParse(input);
  if (!shape.success) refuse(fieldErrorsFrom(shape.error, input));
  const request = shape.data as z.infer<Schema>;
  const state = await mustLoadTimeline(deps, request.inspectionId, { pendingOnly: true });
  const milestone = state.milestones.find((m) => m.id === request.milestoneId) as MilestoneRecord;
  return { request, state, milestone };
}

export interface MilestoneOutcome {
  milestone: MilestoneRecord;
  alreadyRecorded: boolean;
}

/**
 * Ends a milestone by hand, met or waived, with its completion and audit entry in one
 * transaction. One already settled is left as it is; publication waits for its alerts.
 */
export async function settleMilestone(
  deps: Pick<Deps, 'timeline' | 'alerts' | 'clock' | 'driver'>,
  inspectionId: string,
  milestone: MilestoneRecord,
  change: { status: MilestoneStatus; at: string; actor: Principal; action: string; reason?: string; note?: string },
): Promise<MilestoneOutcome> {
  if (isSettled(milestone.status)) return { milestone, alreadyRecorded: true };
  if (milestone.id === 'publication') {
    const gate = await gateFor(deps, inspectionId);
    if (!gate.open) {
      refuse([
        ruleError('milestoneId', 'publication', 'dates.gate.cannotRecord', { reason: gateReasonSaid(gate) ?? '' }),
      ]);
    }
  }
  const { status, at, reason, note } = change;
  const actor = change.actor.name;
  const now = deps.clock.now();
  await deps.timeline.recordCompletion({
    completion: {
      inspectionId,
      milestoneId: milestone.id,
      at,
      by: actor,
      status,
      ...(reason ? { reason } : {}),
      ...(note ? { note } : {}),
      recordedAt: now.toISOString(),
      byId: change.actor.email,
      previous: milestone.status,
    },
    change: { milestoneId: milestone.id, from: milestone.status, to: status, completedAt: at, completedBy: actor },
    audit: auditEntry({
      inspectionId,
      at: now,
      actor: change.actor,
      action: change.action,
      subject: `milestone ${milestone.id}`,
      before: milestone.status,
      after: reason || note ? { status, ...(reason ? { reason } : {}), ...(note ? { note } : {}) } : status,
    }),
  });
  logger.info(change.action, { inspectionId, milestoneId: milestone.id, status });
  // Work recorded as done: its notice to the region goes now (issue 18), by a fresh driver.
  if (status === 'met' || status === 'met-late') await wakeForRecordedWork(deps, inspectionId, milestone.id);
  return { milestone: { ...milestone, status, completedAt: at, completedBy: actor }, alreadyRecorded: false };
}
