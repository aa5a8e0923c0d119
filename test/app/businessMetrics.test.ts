import { describe, expect, it } from 'vitest';
import { recordAlertFailure } from '../../functions/app/alerts/recordAlertFailure.js';
import { TransientError } from '../../functions/app/errors.js';
import { recordFailure } from '../../functions/app/lifecycle/recordFailure.js';
import { composeNotice } from '../../functions/app/notices/composeNotice.js';
import { recordDeliveryEvent } from '../../functions/app/notices/recordDeliveryEvent.js';
import { sendNoticeOnce } from '../../functions/app/notices/sendNoticeOnce.js';
import { memoryDeps, type MemoryDeps, type SentEmail } from '../support/memoryDeps.js';
import { notifiedAlert, planInspection, runAlert, runLifecycle, storedAlert } from './arrange.js';

/**
 * Issue 16: what operations are told of is counted where it happens, once: a retry, or SNS
 * delivering an event twice, counts nothing again. (The counts carry names only: the port takes
 * nothing else.)
 */

/** The inspection's announcement, ready to send on 8 February. */
async function announcement() {
  const deps = memoryDeps();
  const state = await planInspection(deps);
  deps.clock.set('2027-02-08T09:00:00Z');
  const { draft, message } = composeNotice(deps, state, {
    id: 'announcement:announcement:2027-02-08',
    kind: 'announcement',
    milestoneId: 'announcement',
    to: ['rpd', 'spoc'],
    cc: ['lead'],
    attachCalendar: false,
  });
  deps.metrics.clear();
  return { deps, send: () => sendNoticeOnce(deps, draft, message) };
}

/** A permanent bounce of a sent message, as SES publishes it to SNS. */
const bounceOf = (email: SentEmail) => ({
  eventType: 'Bounce',
  mail: {
    timestamp: '2027-02-08T09:00:01.000Z',
    headers: Object.entries(email.headers).map(([name, value]) => ({ name, value })),
  },
  bounce: {
    bounceType: 'Permanent',
    timestamp: '2027-02-08T09:00:05.000Z',
    bouncedRecipients: [{ emailAddress: 'rpd@officials.example', diagnosticCode: 'smtp; 550 5.1.1 user unknown' }],
  },
});

const counted = (deps: MemoryDeps) => deps.metrics.counted;

describe('notices, counted', () => {
  it('counts a sent notice once, however often it is asked to go', async () => {
    const { deps, send } = await announcement();

    await send();
    await send();

    expect(counted(deps)).toEqual(['NoticeSent']);
  });

  it('counts a notice refused for good as failed, once, and never as sent', async () => {
    const { deps, send } = await announcement();
    deps.notifier.failNext('permanent');

    await send();
    await send();

    expect(counted(deps)).toEqual(['NoticeFailed']);
  });

  it('counts nothing for a refusal for now, and the sent notice once its retry goes', async () => {
    const { deps, send } = await announcement();
    deps.notifier.failNext('transient');

    await expect(send()).rejects.toThrow(TransientError);
    expect(counted(deps)).toEqual([]);
    deps.clock.advance(5);
    await send();

    expect(counted(deps)).toEqual(['NoticeSent']);
  });

  it('counts a repeat after an attempt cut off as sent and as a possible duplicate', async () => {
    const { deps, send } = await announcement();
    deps.notifier.failNext('cut-off');

    await expect(send()).rejects.toThrow(TransientError);
    deps.clock.advance(deps.config.noticeLeaseSeconds + 1);
    await send();

    expect(counted(deps)).toEqual(['NoticeSent', 'PossibleDuplicateSent']);
  });

  it('counts a bounce once, though SNS delivers it twice, beside the ISA’s notice of it', async () => {
    const { deps, send } = await announcement();
    await send();
    const [sent] = deps.notifier.sent;
    deps.metrics.clear();

    await recordDeliveryEvent(deps, bounceOf(sent as SentEmail));
    await recordDeliveryEvent(deps, bounceOf(sent as SentEmail));

    expect(deps.metrics.times('NoticeBounced')).toBe(1);
    // The ISA is told by a notice of its own, counted as any notice sent.
    expect(deps.metrics.times('NoticeSent')).toBe(1);
  });
});

describe('deadlines, counted', () => {
  it('counts each deadline decided overdue or escalated once, as the audit trail records it', async () => {
    const deps = memoryDeps();
    const { inspection } = await planInspection(deps);

    await runLifecycle(deps, inspection.id, '2027-02-25T12:00:00Z');
    const before = [...counted(deps)];
    await runLifecycle(deps, inspection.id, '2027-02-25T12:00:00Z');

    const trail = await deps.timeline.auditTrail(inspection.id);
    const decided = (action: string) => trail.filter((entry) => entry.action === action).length;
    // The evidence deadline among them: overdue on 23 February, escalated on the 25th.
    expect(decided('deadline escalated')).toBeGreaterThan(0);
    expect(deps.metrics.times('MilestoneOverdue')).toBe(decided('deadline overdue'));
    expect(deps.metrics.times('MilestoneEscalated')).toBe(decided('deadline escalated'));
    expect(deps.metrics.times('NoticeSent')).toBe(deps.notifier.sent.length);
    expect(counted(deps)).toEqual(before);
  });
});

describe('alerts, counted', () => {
  it('counts an alert raised, and each rung of its escalation once', async () => {
    const { deps, alert } = await notifiedAlert();
    expect(deps.metrics.times('AlertRaised')).toBe(1);
    expect(deps.metrics.times('AlertEscalated')).toBe(0);

    // Nobody answers for two weeks: the region's deadlines pass, the ladder is climbed.
    await runAlert(deps, alert, '2027-03-16T18:00:00Z');
    await runAlert(deps, alert);

    const { escalations } = await storedAlert(deps, alert);
    expect(escalations.length).toBeGreaterThan(0);
    expect(deps.metrics.times('AlertEscalated')).toBe(escalations.length);
  });
});

describe('drivers, counted', () => {
  it('counts a task that failed after its retries, for an inspection’s driver and an alert’s', async () => {
    const { deps, alert } = await notifiedAlert();
    const inspection = await deps.timeline.getInspection(alert.inspectionId);
    const error = { Error: 'Lambda.Unknown', Cause: 'the function timed out' };

    await recordFailure(deps, { inspectionId: alert.inspectionId, driver: inspection?.driver ?? '', error });
    await recordAlertFailure(deps, {
      inspectionId: alert.inspectionId,
      alertId: alert.id,
      driver: (await storedAlert(deps, alert)).driver,
      error,
    });

    expect(deps.metrics.times('DriverFailed')).toBe(2);
  });

  it('counts nothing for a replaced driver’s failure: its successor carries on', async () => {
    const deps = memoryDeps();
    const { inspection } = await planInspection(deps);

    await recordFailure(deps, { inspectionId: inspection.id, driver: `${inspection.id}-v0-old`, error: {} });

    expect(deps.metrics.times('DriverFailed')).toBe(0);
  });
});
