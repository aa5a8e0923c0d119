import type { EventRecord, InspectionState } from '../../ports/records.js';
import type { SettleEvent, StatusChange } from '../../ports/timelineStore.js';
import type { Deps } from '../deps.js';
import { composeNotice, type NoticeRequest } from '../notices/composeNotice.js';
import { sendNoticeOnce } from '../notices/sendNoticeOnce.js';
import { applied, settle, settlement } from './settleEvent.js';

/**
 * Sends the event's notice and ends the event: in the transaction that records the notice as
 * sent, or, if it had been sent by an earlier attempt, on its own.
 */
export async function sendAndSettle(
  deps: Deps,
  state: InspectionState,
  event: EventRecord,
  outcome: (messageId: string) => string,
  change?: (sentAt: string) => StatusChange | undefined,
  facts: Pick<NoticeRequest, 'gate' | 'caseSample'> = {},
): Promise<'done' | 'skipped' | 'failed'> {
  const { draft, message } = composeNotice(deps, state, {
    ...facts,
    id: event.id,
    kind: event.notice,
    milestoneId: event.milestoneId,
    to: event.to,
    cc: event.cc,
    attachCalendar: event.attachCalendar,
    ...(event.workingDaysFromMilestone === undefined
      ? {}
      : { workingDaysFromMilestone: event.workingDaysFromMilestone }),
    ...(event.changes ? { changes: event.changes } : {}),
    ...(event.official ? { official: event.official } : {}),
    ...(event.toPerson ? { toPerson: event.toPerson } : {}),
  });
  let settled: SettleEvent | undefined;
  const result = await sendNoticeOnce(deps, draft, message, ({ messageId, sentAt }) => {
    settled = settlement(deps, state, event, 'done', outcome(messageId), change?.(sentAt));
    return settled;
  });
  if (result.settled && settled) return applied(state, settled);
  const { notice } = result;
  if (notice.status === 'failed') return settle(deps, state, event, 'failed', `notice failed: ${notice.error ?? ''}`);
  return settle(
    deps,
    state,
    event,
    'done',
    outcome(notice.messageId ?? 'no id'),
    change?.(notice.sentAt ?? deps.clock.now().toISOString()),
  );
}
