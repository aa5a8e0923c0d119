import { describe, expect } from 'vitest';
import type { DeliveryEvent, NoticeOutcome } from '../../../functions/ports/noticeLedger.js';
import type { NoticeRecord } from '../../../functions/ports/records.js';
import type { Stores } from '../../../functions/ports/stores.js';
import type { SettleEvent } from '../../../functions/ports/timelineStore.js';
import { anAudit, aNotice, EVENTS } from '../../support/records.js';
import {
  actions,
  defined,
  eventOf,
  expectRefused,
  given,
  milestoneOf,
  NORTH_EAST,
  type ContractTest,
} from './helpers.js';

const SENT_AT = '2027-04-30T08:00:02.000Z';
const MESSAGE_ID = '0102018f-message-1';
const SENT: NoticeOutcome = { status: 'sent', messageId: MESSAGE_ID, sentAt: SENT_AT };

/** The publication notice, claimed for its first attempt. */
const publicationNotice = (overrides: Partial<NoticeRecord> = {}) =>
  aNotice(NORTH_EAST, EVENTS.publication, {
    subject: 'Report published: North East',
    leaseUntil: '2027-04-30T08:05:00.000Z',
    firstAttemptAt: '2027-04-30T08:00:00.000Z',
    ...overrides,
  });

/** The publication's event ending because its notice went. */
const settlePublication = (): SettleEvent => ({
  inspectionId: NORTH_EAST,
  eventId: EVENTS.publication,
  status: 'done',
  outcome: 'sent',
  at: SENT_AT,
  change: { milestoneId: 'publication', from: 'pending', to: 'met', completedAt: SENT_AT },
  audit: anAudit(NORTH_EAST, 'publication settled', SENT_AT),
});

const finish = (
  stores: Stores,
  outcome: NoticeOutcome,
  options: { attempt?: number; settle?: SettleEvent; noticeId?: string } = {},
) =>
  stores.ledger.finishNotice({
    inspectionId: NORTH_EAST,
    noticeId: options.noticeId ?? EVENTS.publication,
    attempt: options.attempt ?? 1,
    outcome,
    audit: anAudit(NORTH_EAST, `notice ${outcome.status}`, SENT_AT),
    ...(options.settle ? { settle: options.settle } : {}),
  });

const delivery = (type: DeliveryEvent['type'], at: string, noticeId: string = EVENTS.publication) => ({
  inspectionId: NORTH_EAST,
  noticeId,
  event: { type, at, detail: type === 'delivery' ? '250 2.0.0 OK' : '550 5.1.1 user unknown' },
  undelivered: type === 'bounce' || type === 'reject',
  audit: anAudit(NORTH_EAST, `notice ${type}`, at),
});

/** An inspection with its publication notice claimed. */
async function claimed(stores: Stores): Promise<NoticeRecord> {
  await given(stores);
  const notice = publicationNotice();
  await stores.ledger.claimNotice({ notice, expected: undefined });
  return notice;
}

export function ledgerContract(it: ContractTest): void {
  describe('notice ledger: claiming', () => {
    it('claims new notices, listed in id order', async ({ stores }) => {
      const notice = await claimed(stores);
      const reminder = aNotice(NORTH_EAST, EVENTS.reminder);
      await stores.ledger.claimNotice({ notice: reminder, expected: undefined });
      expect(await stores.ledger.getNotice(NORTH_EAST, EVENTS.publication)).toEqual(notice);
      expect(await stores.ledger.listNotices(NORTH_EAST)).toEqual([reminder, notice]);
      expect(await stores.ledger.getNotice(NORTH_EAST, 'no-such-notice')).toBeUndefined();
      expect(await stores.ledger.listNotices('wales-2027-03-01')).toEqual([]);
    });

    it('refuses a new claim of a notice already claimed', async ({ stores }) => {
      await claimed(stores);
      await expectRefused(stores, () =>
        stores.ledger.claimNotice({ notice: publicationNotice({ attempts: 2 }), expected: undefined }),
      );
    });

    it('claims again only while the stored notice is as expected (attempts and status)', async ({ stores }) => {
      const first = await claimed(stores);
      await finish(stores, { status: 'retrying', error: 'Throttling: rate exceeded' });
      const retrying = defined(await stores.ledger.getNotice(NORTH_EAST, EVENTS.publication));
      const second = publicationNotice({ attempts: 2, leaseUntil: '2027-04-30T08:15:00.000Z' });
      await expectRefused(stores, () => stores.ledger.claimNotice({ notice: second, expected: first }));
      await expectRefused(stores, () =>
        stores.ledger.claimNotice({ notice: second, expected: { ...retrying, attempts: 2 } }),
      );
      await stores.ledger.claimNotice({ notice: second, expected: retrying });
      expect(await stores.ledger.getNotice(NORTH_EAST, EVENTS.publication)).toEqual(second);
      await expectRefused(stores, () =>
        stores.ledger.claimNotice({ notice: aNotice(NORTH_EAST, EVENTS.reminder), expected: retrying }),
      );
    });
  });

  describe('notice ledger: finishing an attempt', () => {
    it('records a notice sent, giving up its lease, and leaves its event alone without `settle`', async ({
      stores,
    }) => {
      const notice = await claimed(stores);
      await finish(stores, SENT);
      const { leaseUntil: _lease, ...rest } = notice;
      expect(await stores.ledger.getNotice(NORTH_EAST, EVENTS.publication)).toEqual({
        ...rest,
        status: 'sent',
        messageId: MESSAGE_ID,
        sentAt: SENT_AT,
      });
      expect(await eventOf(stores, EVENTS.publication)).toMatchObject({ status: 'pending' });
      expect(await actions(stores, NORTH_EAST)).toEqual(['inspection created', 'notice sent']);
    });

    it('with `settle`, ends the notice’s event and changes its milestone, under the notice’s audit entry', async ({
      stores,
    }) => {
      await claimed(stores);
      await finish(stores, SENT, { settle: settlePublication() });
      expect(await stores.ledger.getNotice(NORTH_EAST, EVENTS.publication)).toMatchObject({ status: 'sent' });
      expect(await eventOf(stores, EVENTS.publication)).toMatchObject({
        status: 'done',
        outcome: 'sent',
        processedAt: SENT_AT,
      });
      expect(await milestoneOf(stores, 'publication')).toMatchObject({ status: 'met', completedAt: SENT_AT });
      expect(await actions(stores, NORTH_EAST)).toEqual(['inspection created', 'notice sent']);
    });

    it('refuses a sent notice whose `settle` finds its event already ended: nothing is written', async ({ stores }) => {
      await claimed(stores);
      await stores.timeline.settleEvent({ ...settlePublication(), change: undefined });
      await expectRefused(stores, () => finish(stores, SENT, { settle: settlePublication() }));
      expect(await stores.ledger.getNotice(NORTH_EAST, EVENTS.publication)).toMatchObject({ status: 'sending' });
    });

    for (const status of ['retrying', 'failed'] as const) {
      it(`records a notice ${status}, with its error, ignoring \`settle\``, async ({ stores }) => {
        const notice = await claimed(stores);
        await finish(
          stores,
          { status, error: 'MessageRejected: Email address is not verified' },
          {
            settle: settlePublication(),
          },
        );
        const { leaseUntil: _lease, ...rest } = notice;
        expect(await stores.ledger.getNotice(NORTH_EAST, EVENTS.publication)).toEqual({
          ...rest,
          status,
          error: 'MessageRejected: Email address is not verified',
        });
        expect(await eventOf(stores, EVENTS.publication)).toMatchObject({ status: 'pending' });
        expect(await milestoneOf(stores, 'publication')).toMatchObject({ status: 'pending' });
      });
    }

    it('records an uncertain attempt: still sending, its error kept, its lease given up', async ({ stores }) => {
      const notice = await claimed(stores);
      await finish(stores, { status: 'uncertain', error: 'socket hang up' });
      const { leaseUntil: _lease, ...rest } = notice;
      expect(await stores.ledger.getNotice(NORTH_EAST, EVENTS.publication)).toEqual({
        ...rest,
        error: 'socket hang up',
      });
    });

    it('refuses the outcome of another attempt, of a notice no longer sending, or of an unknown notice', async ({
      stores,
    }) => {
      await claimed(stores);
      await expectRefused(stores, () => finish(stores, SENT, { attempt: 2 }));
      await expectRefused(stores, () => finish(stores, SENT, { noticeId: 'no-such-notice' }));
      await finish(stores, SENT);
      await expectRefused(stores, () => finish(stores, SENT));
      await expectRefused(stores, () => finish(stores, { status: 'failed', error: 'late' }));
    });
  });

  describe('notice ledger: delivery events', () => {
    it('adds what SES reported; an undelivered one makes the notice bounced', async ({ stores }) => {
      await claimed(stores);
      await finish(stores, SENT);
      await stores.ledger.recordDeliveryEvent(delivery('delivery', '2027-04-30T08:00:05.000Z'));
      expect(await stores.ledger.getNotice(NORTH_EAST, EVENTS.publication)).toMatchObject({
        status: 'sent',
        deliveryEvents: [{ type: 'delivery', at: '2027-04-30T08:00:05.000Z', detail: '250 2.0.0 OK' }],
      });
      await stores.ledger.recordDeliveryEvent(delivery('bounce', '2027-04-30T08:00:09.000Z'));
      expect(await stores.ledger.getNotice(NORTH_EAST, EVENTS.publication)).toMatchObject({
        status: 'bounced',
        deliveryEvents: [
          { type: 'delivery', at: '2027-04-30T08:00:05.000Z', detail: '250 2.0.0 OK' },
          { type: 'bounce', at: '2027-04-30T08:00:09.000Z', detail: '550 5.1.1 user unknown' },
        ],
      });
      expect(await actions(stores, NORTH_EAST)).toEqual([
        'inspection created',
        'notice sent',
        'notice delivery',
        'notice bounce',
      ]);
    });

    it('refuses an event it was told of already; the same kind at another time is another event', async ({
      stores,
    }) => {
      await claimed(stores);
      await finish(stores, SENT);
      await stores.ledger.recordDeliveryEvent(delivery('complaint', '2027-04-30T09:00:00.000Z'));
      await expectRefused(stores, () =>
        stores.ledger.recordDeliveryEvent(delivery('complaint', '2027-04-30T09:00:00.000Z')),
      );
      await stores.ledger.recordDeliveryEvent(delivery('complaint', '2027-04-30T10:00:00.000Z'));
      expect((await stores.ledger.getNotice(NORTH_EAST, EVENTS.publication))?.deliveryEvents).toHaveLength(2);
    });

    it('refuses an event for an unknown notice', async ({ stores }) => {
      await claimed(stores);
      await expectRefused(stores, () =>
        stores.ledger.recordDeliveryEvent(delivery('delivery', '2027-04-30T08:00:05.000Z', 'no-such-notice')),
      );
    });
  });
}
