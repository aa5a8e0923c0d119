import { sameEmail } from '../../domain/access.js';
import { ukDateOf } from '../../domain/localDate.js';
import { isSettled, statusOnCompletion } from '../../domain/milestoneStatus.js';
import { isAnnounced, mayGoBeforeAnnouncement, wasAskedFor } from '../../domain/notices/whoIsTold.js';
import type { EventRecord, InspectionState } from '../../ports/records.js';
import { logger } from '../../shared/logger.js';
import type { Deps } from '../deps.js';
import { gateFor, holdPublication, releasePublication } from '../publication/gate.js';
import { unlessPublicationHeld } from './publicationChase.js';
import { sendAndSettle } from './sendAndSettle.js';
import { issueNow, markIssued } from '../caseSample/issueSample.js';
import { readinessOf } from '../caseSample/sampleReadiness.js';
import { settle } from './settleEvent.js';

/**
 * A notice event falling due:
 * 0. a notice for the region before the inspection is announced to it is left out, saying why
 *    (nothing reaches the region before its announcement); a notice of work done whose milestone
 *    was waived is left out (the work was not done); a welcome to an official who was replaced
 *    again before it went is left out;
 * 1. a reminder whose milestone is already met or waived is skipped, and so is a reminder of what the
 *    region was not yet asked for (factual-accuracy comments before the draft report is recorded sent);
 * 2. from the draft report on, the publication gate is asked (only if the inspection ever had an
 *    alert): a warning needed only while publication is held is skipped when it is not;
 * 3. publication with the gate shut is held (and let go at once if the last alert closed meanwhile);
 * 4. otherwise the notice is sent once, and a notice that is its milestone meets it.
 */
export async function doNotice(
  deps: Deps,
  state: InspectionState,
  event: EventRecord,
): Promise<'done' | 'skipped' | 'failed' | 'held'> {
  const milestone = state.milestones.find((m) => m.id === event.milestoneId);
  if (!mayGoBeforeAnnouncement(event.notice) && !isAnnounced(state.milestones)) {
    return settle(deps, state, event, 'skipped', 'the region has not been told of the inspection yet');
  }
  if (event.official && event.toPerson && (event.notice === 'official-named' || event.notice === 'contact-named')) {
    const holder = state.inspection.people[event.official.role];
    if (!sameEmail(holder?.email, event.toPerson.email)) {
      return settle(deps, state, event, 'skipped', `${event.toPerson.name} is no longer the ${event.official.role}`);
    }
  }
  if (event.notice === 'deadline-reminder' && !wasAskedFor(event.milestoneId, state.milestones)) {
    return settle(deps, state, event, 'skipped', 'the region has not been asked for it yet');
  }
  if (event.condition === 'when-recorded' && milestone?.status !== 'met' && milestone?.status !== 'met-late') {
    return settle(
      deps,
      state,
      event,
      'skipped',
      `the work was not recorded as done (${milestone?.status ?? 'no milestone'})`,
    );
  }
  if (event.condition === 'unless-met' && milestone && isSettled(milestone.status)) {
    return settle(deps, state, event, 'skipped', `milestone already ${milestone.status}`);
  }
  // The case sample (issue 14): reminders only while it is not ready; the announcement says
  // whether it is issued with it (marked issued before the letter goes) or will follow.
  let caseSample: { ready: boolean; missing?: string[] } | undefined;
  if (event.condition === 'while-sample-not-ready' || event.notice === 'announcement') {
    const record = await deps.caseSample.getSample(state.inspection.id);
    const readiness = readinessOf(record, state.inspection);
    const ready = readiness.status === 'ready';
    if (event.condition === 'while-sample-not-ready') {
      // The region was never told (the announcement failed): nobody waits for the sample yet.
      if (!isAnnounced(state.milestones)) {
        return settle(deps, state, event, 'skipped', 'the region has not been told of the inspection yet');
      }
      if (ready) {
        // Ready after an announcement that went without it: issued now, the region told once.
        if (!record?.issued) await issueNow(deps, state);
        return settle(deps, state, event, 'skipped', 'the case sample is ready');
      }
      caseSample = { ready, missing: readiness.reasons };
    } else {
      if (ready) await markIssued(deps, state.inspection, 'with-announcement');
      caseSample = { ready };
    }
  }
  const held = await unlessPublicationHeld(deps, state, event);
  if (held) return held;
  const aboutAlerts =
    event.condition === 'if-publication-held' ||
    event.notice === 'publication' ||
    event.notice === 'draft-report-reminder';
  const gate =
    aboutAlerts && (state.inspection.alertCount ?? 0) > 0 ? await gateFor(deps, state.inspection.id) : undefined;
  if (event.condition === 'if-publication-held' && (!gate || gate.open)) {
    return settle(deps, state, event, 'skipped', 'no organisational alert holds publication');
  }
  if (event.notice === 'publication' && gate && !gate.open) {
    const publication = { inspectionId: state.inspection.id, eventId: event.id, milestoneId: event.milestoneId };
    await holdPublication(deps, publication, gate, 'publication held');
    // The last alert may have been closed while this was being held: look again, so it cannot stay held.
    const again = await gateFor(deps, state.inspection.id);
    if (!again.open) {
      logger.info('publication held', { inspectionId: state.inspection.id, eventId: event.id });
      return 'held';
    }
    await releasePublication(deps, publication);
  }
  const completes = event.completesMilestone && milestone?.status === 'pending';
  return sendAndSettle(
    deps,
    state,
    event,
    (messageId) => `notice sent (${messageId})`,
    (sentAt) =>
      completes
        ? {
            milestoneId: event.milestoneId,
            from: 'pending',
            // A publication held by an alert goes late: met late, said plainly.
            to: statusOnCompletion(event.date, ukDateOf(new Date(sentAt))),
            completedAt: sentAt,
            completedBy: 'system',
          }
        : undefined,
    { ...(gate ? { gate } : {}), ...(caseSample ? { caseSample } : {}) },
  );
}
