import type { NoticeLedger } from '../../../functions/ports/noticeLedger.js';
import type { NoticeRecord } from '../../../functions/ports/records.js';
import type { MemoryDb, StoredNotice } from './db.js';
import { Transaction } from './table.js';

type Input<Method extends keyof NoticeLedger> = Parameters<NoticeLedger[Method]>[0];

/** The notices and what became of them, in memory, as the DynamoDB notice ledger keeps them. */
export class MemoryNoticeLedger implements NoticeLedger {
  constructor(private readonly db: MemoryDb) {}

  async listNotices(inspectionId: string): Promise<NoticeRecord[]> {
    return this.db.notices.list(inspectionId);
  }

  async getNotice(inspectionId: string, noticeId: string): Promise<NoticeRecord | undefined> {
    return this.db.notices.get(inspectionId, noticeId);
  }

  async claimNotice({ notice, expected }: Input<'claimNotice'>): Promise<void> {
    // The whole notice is written anew: what the stored one held beyond it is gone.
    new Transaction()
      .put(this.db.notices, notice.inspectionId, notice.id, notice, (current) =>
        expected
          ? current !== undefined && current.attempts === expected.attempts && current.status === expected.status
          : current === undefined,
      )
      .commit(`notice ${notice.id} was claimed by another attempt`);
  }

  async finishNotice({
    inspectionId,
    noticeId,
    attempt,
    outcome,
    audit,
    settle,
  }: Input<'finishNotice'>): Promise<void> {
    const tx = new Transaction();
    tx.update(
      this.db.notices,
      inspectionId,
      noticeId,
      (notice) => notice.attempts === attempt && notice.status === 'sending',
      ({ leaseUntil: _lease, ...notice }): StoredNotice => {
        switch (outcome.status) {
          case 'sent':
            return { ...notice, status: 'sent', messageId: outcome.messageId, sentAt: outcome.sentAt };
          case 'uncertain':
            // Still sending: only the lease is given up.
            return { ...notice, error: outcome.error };
          default:
            return { ...notice, status: outcome.status, error: outcome.error };
        }
      },
    );
    this.db.auditPut(tx, audit);
    // The notice's own audit entry records the event's end too: one entry per change made.
    if (settle && outcome.status === 'sent') this.db.settle(tx, settle, false);
    tx.commit();
  }

  async recordDeliveryEvent({
    inspectionId,
    noticeId,
    event,
    undelivered,
    audit,
  }: Input<'recordDeliveryEvent'>): Promise<void> {
    const key = `${event.type}@${event.at}`;
    const tx = new Transaction();
    tx.update(
      this.db.notices,
      inspectionId,
      noticeId,
      // SNS may deliver the same event twice: the second is refused.
      (notice) => !(notice.deliveryEventKeys ?? []).includes(key),
      (notice) => ({
        ...notice,
        deliveryEvents: [...(notice.deliveryEvents ?? []), event],
        ...(undelivered ? { status: 'bounced' as const } : {}),
        deliveryEventKeys: [...(notice.deliveryEventKeys ?? []), key],
      }),
    );
    this.db.auditPut(tx, audit).commit();
  }
}
