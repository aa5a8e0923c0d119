import { describe, expect, it } from 'vitest';
import { TransientError } from '../../../functions/app/errors.js';
import { composeNotice } from '../../../functions/app/notices/composeNotice.js';
import { sendNoticeOnce } from '../../../functions/app/notices/sendNoticeOnce.js';
import { memoryDeps, type MemoryDeps } from '../../support/memoryDeps.js';
import { planInspection } from '../arrange.js';

const NOTICE = 'announcement:announcement:2027-02-08';

/** The inspection's announcement to the region, composed as its driver composes it on 8 February. */
async function announcement() {
  const deps = memoryDeps();
  const state = await planInspection(deps);
  deps.clock.set('2027-02-08T09:00:00Z');
  const { draft, message } = composeNotice(deps, state, {
    id: NOTICE,
    kind: 'announcement',
    milestoneId: 'announcement',
    to: ['rpd', 'spoc'],
    cc: ['lead'],
    attachCalendar: false,
  });
  const send = () => sendNoticeOnce(deps, draft, message);
  return { deps, inspectionId: state.inspection.id, send };
}

const stored = (deps: MemoryDeps, inspectionId: string) => deps.ledger.getNotice(inspectionId, NOTICE);

/** What the audit trail says about the notice, in order. */
async function noticeAudit(deps: MemoryDeps, inspectionId: string) {
  const trail = await deps.timeline.auditTrail(inspectionId);
  return trail.filter((entry) => entry.subject === `notice ${NOTICE}`);
}

describe('sending a notice once', () => {
  it('sends it, and a second call finds it sent and sends nothing', async () => {
    const { deps, inspectionId, send } = await announcement();

    const first = await send();
    const second = await send();

    expect(first.notice).toMatchObject({ status: 'sent', messageId: 'message-1', attempts: 1 });
    expect(second.notice).toMatchObject({ status: 'sent', messageId: 'message-1' });
    expect(deps.notifier.sent).toHaveLength(1);
    expect(deps.notifier.sent[0]?.headers).toMatchObject({ 'X-DIPP-Notice-Id': NOTICE });
    expect(deps.notifier.sent[0]?.headers).not.toHaveProperty('X-DIPP-Possible-Duplicate');
    expect(await stored(deps, inspectionId)).toMatchObject({ status: 'sent', sentAt: '2027-02-08T09:00:00.000Z' });
  });

  it('leaves a notice the channel refused for now `retrying`, and the retry sends it once', async () => {
    const { deps, inspectionId, send } = await announcement();
    deps.notifier.failNext('transient');

    await expect(send()).rejects.toThrow(TransientError);
    expect(await stored(deps, inspectionId)).toMatchObject({ status: 'retrying', attempts: 1 });
    expect(deps.notifier.sent).toHaveLength(0);

    deps.clock.advance(5);
    await send();

    expect(await stored(deps, inspectionId)).toMatchObject({ status: 'sent', attempts: 2 });
    expect((await stored(deps, inspectionId))?.possibleDuplicate).toBeUndefined();
    expect(deps.notifier.sentFor(NOTICE)).toHaveLength(1);
  });

  it('gives up on a notice the channel refused for good, and never sends it', async () => {
    const { deps, inspectionId, send } = await announcement();
    deps.notifier.failNext('permanent');

    const refused = await send();
    const again = await send();

    expect(refused.notice.status).toBe('failed');
    expect(again.notice).toMatchObject({ status: 'failed', attempts: 1 });
    expect(await stored(deps, inspectionId)).toMatchObject({
      status: 'failed',
      error: 'message rejected: address is not valid',
    });
    expect(deps.notifier.sent).toHaveLength(0);
  });

  it('sends again an attempt cut off after the channel accepted it, marked as a possible duplicate', async () => {
    const { deps, inspectionId, send } = await announcement();
    deps.notifier.failNext('cut-off');

    await expect(send()).rejects.toThrow(TransientError);
    // Still `sending`, but the lease is given up: the retry may take over at once.
    const uncertain = await stored(deps, inspectionId);
    expect(uncertain).toMatchObject({ status: 'sending', attempts: 1 });
    expect(uncertain?.leaseUntil).toBeUndefined();

    await send();

    const [cutOff, repeat] = deps.notifier.sentFor(NOTICE);
    expect(cutOff?.headers).not.toHaveProperty('X-DIPP-Possible-Duplicate');
    expect(repeat?.headers).toMatchObject({ 'X-DIPP-Possible-Duplicate': 'yes' });
    expect(await stored(deps, inspectionId)).toMatchObject({
      status: 'sent',
      attempts: 2,
      possibleDuplicate: true,
      messageId: 'message-2',
    });
    const sent = (await noticeAudit(deps, inspectionId)).find((entry) => entry.action === 'notice sent');
    expect(sent?.after).toMatchObject({ attempt: 2, possibleDuplicate: true });
  });

  it('records a notice the channel accepted when the first write of its outcome fails, and sends it once', async () => {
    const { deps, inspectionId, send } = await announcement();
    const finish = deps.ledger.finishNotice.bind(deps.ledger);
    let refusals = 1;
    deps.ledger.finishNotice = async (input) => {
      if (refusals-- > 0) throw Object.assign(new Error('throughput exceeded'), { name: 'ThrottlingException' });
      return finish(input);
    };

    const { notice } = await send();

    expect(notice).toMatchObject({ status: 'sent', messageId: 'message-1', attempts: 1 });
    expect(await stored(deps, inspectionId)).toMatchObject({ status: 'sent', messageId: 'message-1' });
    expect(deps.notifier.sentFor(NOTICE)).toHaveLength(1);
    expect((await noticeAudit(deps, inspectionId)).map((entry) => entry.action)).toEqual(['notice sent']);
  });

  it('takes an outcome written but unheard (a cut connection) as recorded, and writes it once', async () => {
    const { deps, inspectionId, send } = await announcement();
    const finish = deps.ledger.finishNotice.bind(deps.ledger);
    let lost = 1;
    deps.ledger.finishNotice = async (input) => {
      await finish(input);
      if (lost-- > 0) throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    };

    const { notice } = await send();

    expect(notice).toMatchObject({ status: 'sent', messageId: 'message-1' });
    expect(deps.notifier.sentFor(NOTICE)).toHaveLength(1);
    expect((await noticeAudit(deps, inspectionId)).map((entry) => entry.action)).toEqual(['notice sent']);
  });

  it('leaves a notice to the attempt holding its lease: a concurrent attempt backs off', async () => {
    const { deps, inspectionId, send } = await announcement();
    const held = deps.notifier.holdNext();
    const first = send();
    await held.reached;

    await expect(send()).rejects.toThrow(/being sent by another attempt/);
    await expect(send()).rejects.toThrow(TransientError);

    held.release();
    await first;
    expect(deps.notifier.sentFor(NOTICE)).toHaveLength(1);
    expect(await stored(deps, inspectionId)).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('takes over a notice whose lease ran out, and says it may be a duplicate', async () => {
    const { deps, inspectionId, send } = await announcement();
    const held = deps.notifier.holdNext();
    const stalled = send().catch((error: unknown) => error);
    await held.reached;

    deps.clock.advance(deps.config.noticeLeaseSeconds + 1);
    await send();

    expect(await stored(deps, inspectionId)).toMatchObject({ status: 'sent', attempts: 2, possibleDuplicate: true });
    expect(deps.notifier.sentFor(NOTICE)[0]?.headers).toMatchObject({ 'X-DIPP-Possible-Duplicate': 'yes' });
    // The stalled attempt wakes: the record stays the one of the attempt that took over.
    held.release();
    await stalled;
    expect(await stored(deps, inspectionId)).toMatchObject({ status: 'sent', attempts: 2, messageId: 'message-1' });
  });

  it('writes one audit entry for each attempt’s outcome', async () => {
    const { deps, inspectionId, send } = await announcement();
    deps.notifier.failNext('transient');
    deps.notifier.failNext('cut-off');

    await expect(send()).rejects.toThrow(TransientError);
    await expect(send()).rejects.toThrow(TransientError);
    await send();
    await send();

    const trail = await noticeAudit(deps, inspectionId);
    expect(trail.map((entry) => [entry.action, (entry.after as { attempt: number }).attempt])).toEqual([
      ['notice refused for now', 1],
      ['notice outcome unknown', 2],
      ['notice sent', 3],
    ]);
  });
});
