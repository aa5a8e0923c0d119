import { PermanentSendError, TransientSendError, type EmailMessage } from '../../ports/notifier.js';
import type { AuditEntry, NoticeRecord } from '../../ports/records.js';
import { ConflictError } from '../../ports/errors.js';
import type { SettleEvent } from '../../ports/timelineStore.js';
import { logger } from '../../shared/logger.js';
import { auditEntry } from '../shared/audit.js';
import type { Deps } from '../deps.js';
import { NoticeBusyError, TransientError } from '../errors.js';

export type NoticeDraft = Omit<
  NoticeRecord,
  'status' | 'attempts' | 'leaseUntil' | 'messageId' | 'sentAt' | 'possibleDuplicate' | 'error' | 'firstAttemptAt'
>;

/**
 * Sends a notice at most once, and never loses one.
 *
 * 1. Record the intent (status `sending`, with a lease) before anything is sent.
 * 2. Send. 3. Record `sent` with the SES message id (if that write fails, it is read back and
 *    written again: the notice went, so it is not sent again).
 *
 * A notice already `sent` is not sent again. One being sent by another attempt whose lease has not
 * run out is left to it (a transient error: the workflow retries later). One whose attempt was cut
 * off while `sending` may or may not have gone: it is sent again, marked as a possible duplicate in
 * the record, the audit trail and the message itself, so the repeat is never silent. A refusal from
 * the channel that sent nothing (`retrying`) is simply tried again.
 */
export async function sendNoticeOnce(
  deps: Pick<Deps, 'ledger' | 'clock' | 'config' | 'notifier' | 'metrics'>,
  draft: NoticeDraft,
  message: EmailMessage,
  /** Ends the notice's event in the same transaction that records the notice as sent. */
  settleOnSent?: (sent: { messageId: string; sentAt: string }) => SettleEvent,
): Promise<{ notice: NoticeRecord; settled: boolean }> {
  const { ledger, clock, config } = deps;
  const now = clock.now();
  const fresh: NoticeRecord = {
    ...draft,
    status: 'sending',
    attempts: 1,
    leaseUntil: new Date(now.getTime() + config.noticeLeaseSeconds * 1000).toISOString(),
    firstAttemptAt: now.toISOString(),
  };
  // The usual case, a notice never tried: claim it without reading first.
  // Only the claim's refusal means "tried before": a refusal later, once this attempt has sent,
  // must not be mistaken for it (that would hide a second email behind the other attempt's record).
  const claimed = await ledger.claimNotice({ notice: fresh, expected: undefined }).then(
    () => true,
    (error: unknown) => {
      if (error instanceof ConflictError) return false;
      throw error;
    },
  );
  if (claimed) return attempt(deps, fresh, message, false, settleOnSent);
  const existing = await ledger.getNotice(draft.inspectionId, draft.id);
  if (!existing) throw new TransientError(`notice ${draft.id} changed while it was claimed`);
  // Sent (or bounced after sending) or given up: never again.
  if (existing.status === 'sent' || existing.status === 'failed' || existing.status === 'bounced') {
    return { notice: existing, settled: false };
  }
  // Another attempt holds the lease. (A `sending` notice without one was given up by an attempt
  // that could not tell whether it went: it may be taken over.)
  if (existing.status === 'sending' && existing.leaseUntil && new Date(existing.leaseUntil) > now) {
    throw new NoticeBusyError(`notice ${draft.id} is being sent by another attempt`);
  }
  const possibleDuplicate = existing.status === 'sending' || existing.possibleDuplicate === true;
  const claim: NoticeRecord = {
    ...fresh,
    attempts: existing.attempts + 1,
    firstAttemptAt: existing.firstAttemptAt,
    ...(possibleDuplicate ? { possibleDuplicate: true } : {}),
  };
  try {
    await ledger.claimNotice({ notice: claim, expected: existing });
  } catch (error) {
    if (error instanceof ConflictError) throw new TransientError(`notice ${draft.id} was claimed by another attempt`);
    throw error;
  }
  return attempt(deps, claim, message, possibleDuplicate, settleOnSent);
}

/** One attempt at sending a claimed notice, and the record of how it went. */
async function attempt(
  deps: Pick<Deps, 'ledger' | 'clock' | 'notifier' | 'metrics'>,
  claim: NoticeRecord,
  message: EmailMessage,
  possibleDuplicate: boolean,
  settleOnSent?: (sent: { messageId: string; sentAt: string }) => SettleEvent,
): Promise<{ notice: NoticeRecord; settled: boolean }> {
  const { ledger, clock, notifier, metrics } = deps;
  const attempt = claim.attempts;

  const audit = (action: string, after: unknown) =>
    auditEntry({ inspectionId: claim.inspectionId, at: clock.now(), action, subject: `notice ${claim.id}`, after });
  const headers = {
    ...message.headers,
    'X-DIPP-Notice-Id': claim.id,
    ...(possibleDuplicate ? { 'X-DIPP-Possible-Duplicate': 'yes' } : {}),
  };
  let messageId: string;
  try {
    ({ messageId } = await notifier.send({ ...message, headers }));
  } catch (error) {
    return notSent(deps, claim, audit, error);
  }
  // SES has accepted it: from here on the outcome is known, and only recording it can fail. A
  // failure to record must not be taken for a failure to send, which would send it again.
  const sentAt = clock.now().toISOString();
  let settle = settleOnSent?.({ messageId, sentAt });
  // One audit entry for the notice and, when it ends one, its event and milestone.
  const record = () =>
    ledger.finishNotice({
      inspectionId: claim.inspectionId,
      noticeId: claim.id,
      attempt,
      outcome: { status: 'sent', messageId, sentAt },
      audit: audit('notice sent', {
        kind: claim.kind,
        messageId,
        attempt,
        possibleDuplicate,
        ...(settle
          ? {
              event: { id: settle.eventId, status: settle.status, outcome: settle.outcome },
              ...(settle.change
                ? { milestone: { id: settle.change.milestoneId, from: settle.change.from, to: settle.change.to } }
                : {}),
            }
          : {}),
      }),
      ...(settle ? { settle } : {}),
    });
  try {
    await record();
  } catch (error) {
    // The write may have been applied and its answer lost (a cut connection, a timeout): read it back.
    const stored = await ledger.getNotice(claim.inspectionId, claim.id);
    if (stored?.status !== 'sent' || stored.messageId !== messageId) {
      // The event was ended elsewhere meanwhile: still record that this notice went. Refused for a
      // moment (throttled, a server error, a cut connection): write it again, rather than send it again.
      if (error instanceof ConflictError) {
        if (!settle) throw error;
        settle = undefined;
      }
      logger.warn('notice sent, its record written again', {
        inspectionId: claim.inspectionId,
        noticeId: claim.id,
        error: error instanceof Error ? error.name : String(error),
      });
      await record();
    }
  }
  logger.info('notice sent', { inspectionId: claim.inspectionId, noticeId: claim.id, kind: claim.kind, attempt });
  // Counted once recorded: an attempt that sent but could not record it is retried, and counted then.
  metrics.count('NoticeSent');
  if (possibleDuplicate) metrics.count('PossibleDuplicateSent');
  const { leaseUntil: _lease, ...sent } = claim;
  return { notice: { ...sent, status: 'sent', messageId, sentAt }, settled: settle !== undefined };
}

/** The channel did not take the notice, or cannot say whether it did: record which, for the retry. */
async function notSent(
  deps: Pick<Deps, 'ledger' | 'metrics'>,
  claim: NoticeRecord,
  audit: (action: string, after: unknown) => AuditEntry,
  error: unknown,
): Promise<{ notice: NoticeRecord; settled: boolean }> {
  const { ledger } = deps;
  const attempt = claim.attempts;
  if (error instanceof TransientSendError || error instanceof PermanentSendError) {
    const status = error instanceof TransientSendError ? 'retrying' : 'failed';
    await ledger.finishNotice({
      inspectionId: claim.inspectionId,
      noticeId: claim.id,
      attempt,
      outcome: { status, error: error.message },
      audit: audit(status === 'failed' ? 'notice failed' : 'notice refused for now', {
        kind: claim.kind,
        attempt,
        error: error.message,
      }),
    });
    logger.warn('notice not sent', {
      inspectionId: claim.inspectionId,
      noticeId: claim.id,
      status,
      error: error.name,
    });
    if (status === 'retrying') throw new TransientError(`notice ${claim.id}: ${error.message}`);
    // Refused for good: recorded and on the audit trail, and now someone is told (an alarm).
    deps.metrics.count('NoticeFailed');
    return { notice: { ...claim, status: 'failed', error: error.message }, settled: false };
  }
  // Unknown outcome (a timeout after the request went out): the message may have been accepted.
  // Keep `sending` but end the lease, so the workflow's retry takes over at once and marks any
  // repeat as a possible duplicate.
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  await ledger.finishNotice({
    inspectionId: claim.inspectionId,
    noticeId: claim.id,
    attempt,
    outcome: { status: 'uncertain', error: reason },
    audit: audit('notice outcome unknown', { kind: claim.kind, attempt, error: reason }),
  });
  logger.warn('notice outcome unknown', { inspectionId: claim.inspectionId, noticeId: claim.id, attempt });
  throw new TransientError(`notice ${claim.id}: outcome unknown (${reason})`);
}
