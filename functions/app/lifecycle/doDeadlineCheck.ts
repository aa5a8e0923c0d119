import { decideDeadlineCheck } from '../../domain/milestoneStatus.js';
import { isAnnounced, mayGoBeforeAnnouncement, wasAskedFor } from '../../domain/notices/whoIsTold.js';
import type { StatusChange } from '../../ports/timelineStore.js';
import type { EventRecord, InspectionState } from '../../ports/records.js';
import type { Deps } from '../deps.js';
import { auditEntry } from '../shared/audit.js';
import { unlessPublicationHeld } from './publicationChase.js';
import { sendAndSettle } from './sendAndSettle.js';
import { settle } from './settleEvent.js';

/**
 * A region's deadline, or the inspectorate's work, being checked:
 * 0. a region's deadline is not chased before the region was asked for it (the announcement; the draft
 *    report recorded as sent, for factual-accuracy comments);
 * 1. the domain decides: nothing to do (met, waived), or overdue, or escalated;
 * 2. the decision and the milestone's new status are written before any notice goes, so a retry
 *    follows through rather than deciding again;
 * 3. the overdue or escalation notice is sent once, ending the event.
 */
export async function doDeadlineCheck(deps: Deps, state: InspectionState, event: EventRecord) {
  const milestone = state.milestones.find((m) => m.id === event.milestoneId);
  if (!milestone) return settle(deps, state, event, 'failed', `no milestone ${event.milestoneId}`);
  if (event.decision !== 'notify') {
    if ((milestone.party === 'region' || !mayGoBeforeAnnouncement(event.notice)) && !isAnnounced(state.milestones)) {
      return settle(deps, state, event, 'skipped', 'the region has not been told of the inspection yet');
    }
    if (milestone.party === 'region' && !wasAskedFor(milestone.id, state.milestones)) {
      return settle(deps, state, event, 'skipped', 'the region has not been asked for it yet');
    }
    const check = event.notice === 'deadline-escalation' ? 'escalation' : 'overdue';
    const decision = decideDeadlineCheck(check, milestone.status);
    if (decision.action === 'none') return settle(deps, state, event, 'skipped', decision.reason);
    const held = await unlessPublicationHeld(deps, state, event);
    if (held) return held;
    const change: StatusChange = { milestoneId: milestone.id, from: milestone.status, to: decision.status };
    await deps.timeline.decideDeadline({
      inspectionId: state.inspection.id,
      eventId: event.id,
      change,
      audit: auditEntry({
        inspectionId: state.inspection.id,
        at: deps.clock.now(),
        action: `deadline ${decision.status}`,
        subject: `milestone ${milestone.id}`,
        before: milestone.status,
        after: decision.status,
      }),
    });
    // Counted once decided: a retry finds the decision made and goes straight to the notice.
    deps.metrics.count(decision.status === 'escalated' ? 'MilestoneEscalated' : 'MilestoneOverdue');
    milestone.status = decision.status;
    event.decision = 'notify';
  }
  return sendAndSettle(deps, state, event, (messageId) => `${milestone.status}; notice sent (${messageId})`);
}
