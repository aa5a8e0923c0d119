import { describe, expect, it } from 'vitest';
import { recordDeliveryEvent } from '../../functions/app/notices/recordDeliveryEvent.js';
import type { NoticeRecord } from '../../functions/ports/records.js';
import { recipients, runUntil, sentNotices, start, useEmulators } from './harness.js';

const env = useEmulators();

/** An SES event as SES publishes it to SNS, for a notice as the SES server stored it. */
function sesEvent(
  notice: NoticeRecord & { email?: { headers: { name: string; value: string }[] } },
  eventType: string,
  extra: object,
) {
  return {
    eventType,
    mail: { timestamp: notice.sentAt, messageId: notice.messageId, headers: notice.email?.headers ?? [] },
    ...extra,
  };
}

describe('what SES reports after sending', () => {
  it('marks a bounced notice as not delivered, tells the ISA once, and records deliveries', async () => {
    const stack = await env.stack('2027-02-01T08:00:00Z');
    const { inspection } = await start(stack, 'North East', '2027-03-01');
    await runUntil(stack, '2027-02-08T10:00:00Z');
    const [announcement, request] = await sentNotices(stack, inspection.id);
    expect(announcement?.kind).toBe('announcement');

    const bounce = sesEvent(announcement as never, 'Bounce', {
      bounce: {
        bounceType: 'Permanent',
        bounceSubType: 'NoEmail',
        timestamp: '2027-02-08T09:00:05.000Z',
        bouncedRecipients: [{ emailAddress: 'rpd@officials.example', diagnosticCode: 'smtp; 550 5.1.1 user unknown' }],
      },
    });
    expect(await stack.run(() => recordDeliveryEvent(stack.deps, bounce))).toBe('recorded');
    // SNS delivers at least once: the same event again changes nothing.
    expect(await stack.run(() => recordDeliveryEvent(stack.deps, bounce))).toBe('ignored');
    const delivered = sesEvent(request as never, 'Delivery', {
      delivery: { timestamp: '2027-02-08T09:00:03.000Z', recipients: ['rpd@officials.example'] },
    });
    expect(await stack.run(() => recordDeliveryEvent(stack.deps, delivered))).toBe('recorded');

    const bounced = await stack.deps.ledger.getNotice(inspection.id, announcement?.id ?? '');
    expect(bounced).toMatchObject({
      status: 'bounced',
      deliveryEvents: [
        { type: 'bounce', at: '2027-02-08T09:00:05.000Z', detail: expect.stringContaining('user unknown') },
      ],
    });
    expect(await stack.deps.ledger.getNotice(inspection.id, request?.id ?? '')).toMatchObject({
      status: 'sent',
      deliveryEvents: [{ type: 'delivery', at: '2027-02-08T09:00:03.000Z' }],
    });
    const told = (await sentNotices(stack, inspection.id)).filter((n) => n.kind === 'notice-bounced');
    expect(told).toHaveLength(1);
    expect(recipients(told[0]?.email).to).toEqual(['isa@officials.example']);
    expect(told[0]?.email?.body.text).toContain('rpd@officials.example');
    expect(told[0]?.email?.subject).toContain(inspection.ref);
  });

  it('ignores what it cannot place: not a DIPP notice, or not an SES event', async () => {
    const stack = await env.stack('2027-02-01T08:00:00Z');
    const other = { eventType: 'Delivery', mail: { timestamp: '2027-02-01T08:00:00Z', headers: [] } };
    expect(await stack.run(() => recordDeliveryEvent(stack.deps, other))).toBe('ignored');
    expect(await stack.run(() => recordDeliveryEvent(stack.deps, { hello: 'world' }))).toBe('ignored');
  });
});
