import { transition } from '../../domain/alerts.js';
import {
  alertEvents,
  alertSchedule,
  evidenceRound,
  leadChase,
  roundOf,
  roundSuffix,
} from '../../domain/alertSchedule.js';
import { ESCALATION_ROLES } from '../../domain/roles.js';
import type { AlertRecord } from '../../ports/records.js';
import type { AlertKey, Deps } from '../deps.js';
import { alertAudit, nextVersion, saveForDriver } from './alertRecords.js';
import { facts, raisedCopies, REGION, sendAlertNotice } from './alertNotices.js';
import { doAlertEvent } from './doAlertEvent.js';

export interface AlertDriverInput extends AlertKey {
  driver: string;
}

export interface AlertNextStep {
  done: boolean;
  at: string;
  reason?: string;
}

/** The earliest pending timed step, or done when none is left. */
export function nextOf(alert: AlertRecord, now: Date): AlertNextStep {
  const next = alert.events
    .filter((event) => event.status === 'pending')
    .sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id))[0];
  return next
    ? { done: false, at: next.at }
    : { done: true, at: now.toISOString(), reason: `nothing left to wait for (${alert.status})` };
}

/**
 * The alert workflow's one task: send what is due now, and say when to look again.
 * 1. a replaced driver, a missing alert or inspection: stop;
 * 2. waiting on the lead (to confirm, to assure): plan the lead's reminders once, and ask them;
 * 3. confirmed: fix the region's deadlines, record the region as notified, then tell it;
 * 4. more evidence asked for: tell the region, once for each request, by when;
 * 5. do the reminders and escalations that are due;
 * 6. evidence submitted: ask the lead to review it (once for each round); closed: tell everyone once.
 */
export async function advanceAlert(deps: Deps, input: AlertDriverInput): Promise<AlertNextStep> {
  let alert = await deps.alerts.getAlert(input.inspectionId, input.alertId);
  const now = deps.clock.now();
  if (!alert) return { done: true, at: now.toISOString(), reason: `alert ${input.alertId} does not exist` };
  if (alert.driver !== input.driver)
    return { done: true, at: now.toISOString(), reason: `superseded by ${alert.driver}` };
  const state = await deps.timeline.loadTimeline(alert.inspectionId, { pendingOnly: true });
  if (!state) return { done: true, at: now.toISOString(), reason: `inspection ${alert.inspectionId} does not exist` };

  if (alert.status === 'raised' || alert.status === 'evidence-submitted') alert = await chaseLead(deps, alert, now);
  if (alert.status === 'raised') {
    alert = await sendAlertNotice(deps, state, alert, 'to-confirm', {
      kind: 'alert-to-confirm',
      to: ['lead'],
      cc: [],
      alert: facts(deps, alert),
    });
  }
  if (alert.status === 'confirmed') {
    // The deadlines are fixed before the alert goes out, so the email and the record agree.
    const schedule = alertSchedule(deps.calendar, now, alert.deadlines);
    const moved = transition(alert.status, 'notify', 'system');
    if (!moved.ok) throw new Error(moved.errors[0]?.message);
    const notified = nextVersion(alert, now, {
      status: moved.value.to,
      notifiedAt: now.toISOString(),
      acknowledgeBy: schedule.acknowledgeBy.toISOString(),
      evidenceBy: schedule.evidenceBy.toISOString(),
      events: [...alert.events, ...alertEvents(schedule)],
    });
    await saveForDriver(deps, notified, [
      alertAudit(notified, now, 'alert region-notified', {
        before: { status: alert.status },
        after: { status: notified.status, acknowledgeBy: notified.acknowledgeBy, evidenceBy: notified.evidenceBy },
      }),
    ]);
    alert = notified;
  }
  if (alert.notifiedAt) {
    // Sent after the notified state is saved: a driver cut off in between finds it unsent and sends it.
    alert = await sendAlertNotice(deps, state, alert, 'raised', {
      kind: 'alert-raised',
      to: REGION,
      cc: raisedCopies(alert),
      alert: facts(deps, alert),
    });
  }
  if (alert.status === 'more-evidence-requested') {
    alert = await sendAlertNotice(deps, state, alert, `more-evidence${roundSuffix(evidenceRound(alert))}`, {
      kind: 'alert-more-evidence',
      to: REGION,
      cc: ['lead'],
      alert: facts(deps, alert),
    });
  }
  for (const event of alert.events.filter((e) => e.status === 'pending' && new Date(e.at) <= now)) {
    alert = await doAlertEvent(deps, state, alert, event);
  }
  if (alert.status === 'evidence-submitted') {
    alert = await sendAlertNotice(deps, state, alert, `evidence${roundSuffix(evidenceRound(alert))}`, {
      kind: 'alert-evidence-submitted',
      to: ['lead'],
      cc: [],
      alert: facts(deps, alert),
    });
  }
  if ((alert.status === 'assured' || alert.status === 'withdrawn') && alert.notifiedAt) {
    alert = await sendAlertNotice(deps, state, alert, 'closed', {
      kind: 'alert-closed',
      to: REGION,
      cc: [...raisedCopies(alert), ...(alert.escalations.length > 0 ? ESCALATION_ROLES : [])],
      alert: facts(deps, alert, { outcome: alert.status }),
    });
  }
  return nextOf(alert, deps.clock.now());
}

/** Plans the lead's reminders once, when the alert starts waiting on the lead (once for each round of evidence). */
async function chaseLead(deps: Deps, alert: AlertRecord, now: Date): Promise<AlertRecord> {
  const waitingFor = alert.status === 'raised' ? 'confirmation' : 'assurance';
  const round = waitingFor === 'assurance' ? evidenceRound(alert) : 1;
  if (alert.events.some((event) => event.after === waitingFor && roundOf(event.id) === round)) return alert;
  const next = nextVersion(alert, now, {
    events: [...alert.events, ...leadChase(deps.calendar, now, waitingFor, round)],
  });
  await saveForDriver(deps, next, [alertAudit(next, now, `alert waits for the lead's ${waitingFor}`)]);
  return next;
}
