import { roundOf, stillOwed, type AlertEvent } from '../../domain/alertSchedule.js';
import type { AlertRecord, InspectionState } from '../../ports/records.js';
import type { Deps } from '../deps.js';
import { alertAudit, nextVersion, saveForDriver } from './alertRecords.js';
import { facts, REGION, sendAlertNotice } from './alertNotices.js';

/**
 * One timed step of an alert falling due:
 * 1. a step for something no longer owed is skipped;
 * 2. the lead's reminders go to the lead (the second copied to the Head of Programme), each worded
 *    as a reminder of what waits for them (to confirm the alert, to review the evidence);
 * 3. the region's reminder goes to the region, worded for the deadline it is about;
 * 4. an escalation is recorded before anyone is told, then goes to the Head of Programme or the
 *    Chief Inspector, and the region is told its deadline has passed.
 */
export async function doAlertEvent(
  deps: Deps,
  state: InspectionState,
  alert: AlertRecord,
  event: AlertEvent,
): Promise<AlertRecord> {
  const now = deps.clock.now();
  const settle = async (current: AlertRecord, status: AlertEvent['status'], outcome: string) => {
    const next = nextVersion(current, now, {
      events: current.events.map((e) => (e.id === event.id ? { ...e, status, outcome } : e)),
    });
    await saveForDriver(deps, next, [
      alertAudit(next, now, `alert ${event.kind} ${status}`, { after: { event: event.id, outcome } }),
    ]);
    return next;
  };
  if (!stillOwed(alert.status, event.after)) {
    return settle(alert, 'skipped', `${event.after} is no longer waited on (${alert.status})`);
  }
  if (event.after === 'confirmation' || event.after === 'assurance') {
    const sent = await sendAlertNotice(deps, state, alert, event.id, {
      kind: event.after === 'confirmation' ? 'alert-confirm-reminder' : 'alert-review-reminder',
      to: ['lead'],
      cc: /-2(?::r\d+)?$/.test(event.id) ? ['headOfProgramme'] : [],
      alert: facts(deps, alert),
    });
    return settle(sent, 'done', 'the lead was reminded');
  }
  const after = event.after;
  const by = new Date(after === 'acknowledgement' ? (alert.acknowledgeBy ?? event.at) : (alert.evidenceBy ?? event.at));
  const deadline = { of: after, by };
  if (event.kind === 'reminder') {
    const sent = await sendAlertNotice(deps, state, alert, event.id, {
      kind: 'alert-reminder',
      to: REGION,
      cc: [],
      alert: facts(deps, alert, { deadline }),
    });
    return settle(sent, 'done', 'reminder sent');
  }
  const to = event.to ?? 'headOfProgramme';
  const person = { chiefInspector: deps.config.chiefInspector, ...state.inspection.people }[to];
  const escalatedTo = { role: to, name: person.name };
  // The escalation is recorded before anyone is told: an answer arriving meanwhile cannot erase it.
  let escalated = alert;
  // A later round of evidence (the lead asked for more) has its own ladder, from when it was asked for.
  const round = roundOf(event.id);
  const roundFrom = round > 1 ? (alert.moreEvidence?.[round - 2]?.at ?? event.at) : '';
  if (
    !alert.escalations.some((e) => e.step === event.step && e.after === event.after && e.at >= roundFrom) &&
    event.step
  ) {
    escalated = nextVersion(alert, now, {
      escalations: [...alert.escalations, { step: event.step, to, after, at: now.toISOString() }],
    });
    await saveForDriver(deps, escalated, [
      alertAudit(escalated, now, 'alert escalated', { after: { to, after: event.after, step: event.step } }),
    ]);
    // Once per rung of the ladder: a retry finds the escalation recorded and does not count it again.
    deps.metrics.count('AlertEscalated');
  }
  let sent = await sendAlertNotice(deps, state, escalated, event.id, {
    kind: 'alert-escalated',
    to: [to],
    cc: to === 'chiefInspector' ? ['lead', 'headOfProgramme'] : ['lead'],
    alert: facts(deps, alert, { deadline, escalatedTo }),
  });
  sent = await sendAlertNotice(deps, state, sent, `${event.id}:region`, {
    kind: 'alert-overdue',
    to: REGION,
    cc: ['lead'],
    alert: facts(deps, sent, { deadline, escalatedTo }),
  });
  return settle(sent, 'done', `escalated to the ${to === 'chiefInspector' ? 'Chief Inspector' : 'Head of Programme'}`);
}
