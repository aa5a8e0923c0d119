import type { SettleEvent, StatusChange } from '../../ports/timelineStore.js';
import type { EventRecord, InspectionState } from '../../ports/records.js';
import { logger } from '../../shared/logger.js';
import type { Deps } from '../deps.js';
import { auditEntry } from '../shared/audit.js';

/** What ends an event: the event, how it ended, why, and any milestone change it makes. */
export type SettlementOf = [
  event: EventRecord,
  status: 'done' | 'skipped' | 'failed',
  outcome: string,
  change?: StatusChange,
];

export function settlement(
  deps: Pick<Deps, 'clock'>,
  state: InspectionState,
  ...[event, status, outcome, change]: SettlementOf
): SettleEvent {
  const now = deps.clock.now();
  return {
    inspectionId: state.inspection.id,
    eventId: event.id,
    status,
    outcome,
    at: now.toISOString(),
    ...(change ? { change } : {}),
    audit: auditEntry({
      inspectionId: state.inspection.id,
      at: now,
      action: `event ${status}`,
      subject: `event ${event.id}`,
      before: 'pending',
      after: { status, outcome },
    }),
  };
}

/** Keeps the in-memory state in step with a settlement written to the store. */
export function applied(state: InspectionState, settled: SettleEvent): 'done' | 'skipped' | 'failed' {
  if (settled.change) {
    const milestone = state.milestones.find((m) => m.id === settled.change?.milestoneId);
    if (milestone) milestone.status = settled.change.to;
  }
  logger.info('event settled', { inspectionId: state.inspection.id, eventId: settled.eventId, status: settled.status });
  return settled.status;
}

/** Ends an event (with its milestone change and audit entry, in one transaction). */
export async function settle(
  deps: Pick<Deps, 'clock' | 'timeline'>,
  state: InspectionState,
  ...args: SettlementOf
): Promise<'done' | 'skipped' | 'failed'> {
  const settled = settlement(deps, state, ...args);
  await deps.timeline.settleEvent(settled);
  return applied(state, settled);
}
