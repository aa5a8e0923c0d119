import { english, said } from '../../domain/messages/said.js';
import { gateReasonSaid } from '../../domain/publicationGate.js';
import type { EventRecord, InspectionState } from '../../ports/records.js';
import type { Deps } from '../deps.js';
import { gateFor, holdPublication } from '../publication/gate.js';
import { settle } from './settleEvent.js';

/**
 * Before the Head of Programme is reminded of, or chased for, publication (issue 18: it goes when
 * they record it): while an organisational alert holds it (§6.7),
 * 1. the notice of publication is held, its milestone saying why, as the gate does;
 * 2. the reminder or overdue notice is left out, saying why: nobody is chased for what they may not do.
 * Anything else, or an open gate: undefined, and the event goes on as usual.
 */
export async function unlessPublicationHeld(
  deps: Deps,
  state: InspectionState,
  event: EventRecord,
): Promise<'skipped' | 'done' | 'failed' | undefined> {
  const chase = event.notice === 'task-reminder' || event.notice === 'task-overdue';
  if (!chase || event.milestoneId !== 'publication' || (state.inspection.alertCount ?? 0) === 0) return undefined;
  const gate = await gateFor(deps, state.inspection.id);
  if (gate.open) return undefined;
  const notice = state.events.find(
    (e) => e.notice === 'publication' && e.condition === 'when-recorded' && e.status === 'pending',
  );
  if (notice) {
    const publication = { inspectionId: state.inspection.id, eventId: notice.id, milestoneId: notice.milestoneId };
    await holdPublication(deps, publication, gate, 'publication held');
    notice.status = 'held';
  }
  return settle(
    deps,
    state,
    event,
    'skipped',
    english(said('dates.gate.held', { reason: gateReasonSaid(gate) ?? '' })),
  );
}
