import type { SettleEvent } from './timelineStore.js';
import type { AuditEntry, NoticeRecord } from './records.js';

/** What SES reported about a sent notice. */
export interface DeliveryEvent {
  type: 'delivery' | 'bounce' | 'complaint' | 'reject';
  at: string;
  detail: string;
}

/** How one attempt at sending ended. */
export type NoticeOutcome =
  | { status: 'sent'; messageId: string; sentAt: string }
  | { status: 'retrying' | 'failed'; error: string }
  /** Still `sending`, but the lease is given up: the next attempt may take over. */
  | { status: 'uncertain'; error: string };

/**
 * The notices of each inspection and what became of them: the send-once protocol's record. An
 * intent is claimed before anything is sent, and the outcome written after.
 */
export interface NoticeLedger {
  listNotices(inspectionId: string): Promise<NoticeRecord[]>;
  getNotice(inspectionId: string, noticeId: string): Promise<NoticeRecord | undefined>;
  /** Takes the right to send: refused (ConflictError) unless `expected` still describes the stored notice. */
  claimNotice(input: { notice: NoticeRecord; expected: NoticeRecord | undefined }): Promise<void>;
  /**
   * Records the outcome of the attempt numbered `attempt`. When sent, `settle` ends the event the
   * notice was for in the same transaction, and `audit` (which says so) stands for its entry.
   */
  finishNotice(input: {
    inspectionId: string;
    noticeId: string;
    attempt: number;
    outcome: NoticeOutcome;
    audit: AuditEntry;
    settle?: SettleEvent;
  }): Promise<void>;
  /**
   * Adds what SES reported. `undelivered` (a permanent bounce, a rejection) makes the notice
   * `bounced`. Refused (ConflictError) for an unknown notice or one already told of this event.
   */
  recordDeliveryEvent(input: {
    inspectionId: string;
    noticeId: string;
    event: DeliveryEvent;
    undelivered: boolean;
    audit: AuditEntry;
  }): Promise<void>;
}
