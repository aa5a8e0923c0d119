import { english, said } from '../../domain/messages/said.js';
import { gateReasonSaid, publicationGate, type PublicationGate } from '../../domain/publicationGate.js';
import type { MilestoneId } from '../../domain/milestones.js';
import type { Deps } from '../deps.js';
import { auditEntry } from '../shared/audit.js';

/**
 * The publication gate (§6.7): the report is not published while an organisational alert is open
 * or not yet described in the report. Used by the lifecycle when publication falls due, by people
 * recording publication by hand, by alerts when they close, and by resuming.
 */

/** Whether the inspection's organisational alerts let its report be published. */
export async function gateFor(deps: Pick<Deps, 'alerts'>, inspectionId: string): Promise<PublicationGate> {
  const alerts = await deps.alerts.listAlerts(inspectionId);
  return publicationGate(
    alerts.map((alert) => ({
      ref: alert.ref,
      type: alert.type,
      status: alert.status,
      describedInReport: alert.describedInReport !== undefined,
    })),
  );
}

/** The publication event a gate holds or lets go. */
export interface PublicationEvent {
  inspectionId: string;
  eventId: string;
  milestoneId: MilestoneId;
}

/** Holds publication, saying on its milestone why (again: the reason is refreshed). */
export async function holdPublication(
  deps: Pick<Deps, 'timeline' | 'clock'>,
  event: PublicationEvent,
  gate: PublicationGate,
  action: 'publication held' | 'publication still held',
): Promise<void> {
  const reason = english(said('dates.gate.held', { reason: gateReasonSaid(gate) ?? '' }));
  await deps.timeline.holdEvent({
    ...event,
    reason,
    audit: auditEntry({
      inspectionId: event.inspectionId,
      at: deps.clock.now(),
      action,
      subject: `event ${event.eventId}`,
      ...(action === 'publication held' ? { before: 'pending' } : {}),
      after: reason,
    }),
  });
}

/** Lets a held publication go: pending again, its milestone no longer blocked. */
export async function releasePublication(deps: Pick<Deps, 'timeline' | 'clock'>, event: PublicationEvent) {
  await deps.timeline.releaseEvent({
    ...event,
    audit: auditEntry({
      inspectionId: event.inspectionId,
      at: deps.clock.now(),
      action: 'publication released',
      subject: `event ${event.eventId}`,
      before: 'held',
      after: 'pending',
    }),
  });
}
