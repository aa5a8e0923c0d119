import type { NoticeKind } from '../../domain/notices/catalogue.js';
import type { PersonRole } from '../../domain/roles.js';
import type { Deps } from '../deps.js';
import type { InspectionState } from '../../ports/records.js';
import { composeNotice } from '../notices/composeNotice.js';
import { sendNoticeOnce } from '../notices/sendNoticeOnce.js';

/**
 * A notice about the case sample, sent once (by its id, through the send-once protocol): it names
 * the inspection and links to the sample behind sign-in, never a case.
 */
export async function tellOnce(
  deps: Deps,
  state: InspectionState,
  notice: { id: string; kind: NoticeKind; to: PersonRole[]; cc: PersonRole[] },
): Promise<void> {
  const { draft, message } = composeNotice(deps, state, {
    ...notice,
    milestoneId: 'announcement',
    attachCalendar: false,
    caseSample: { ready: true },
  });
  await sendNoticeOnce(deps, draft, message);
}
