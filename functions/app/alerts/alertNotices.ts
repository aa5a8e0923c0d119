import { REGION_ROLES, type PersonRole } from '../../domain/roles.js';
import type { AlertRecord, InspectionState } from '../../ports/records.js';
import type { Deps } from '../deps.js';
import { composeNotice, type NoticeRequest } from '../notices/composeNotice.js';
import { sendNoticeOnce } from '../notices/sendNoticeOnce.js';
import { alertAudit, nextVersion, saveForDriver } from './alertRecords.js';

/** What is for the region goes to its RPD and SPOC. */
export const REGION: PersonRole[] = [...REGION_ROLES];

/** Whom the alert is raised with: the region, with the lead (and for organisational alerts the top of the inspectorate) copied. */
export function raisedCopies(alert: AlertRecord): PersonRole[] {
  return alert.type === 'organisational' ? ['lead', 'headOfProgramme', 'chiefInspector'] : ['lead'];
}

/** What a notice says about the alert: references, dates and officials' names only. */
export function facts(
  deps: Pick<Deps, 'config'>,
  alert: AlertRecord,
  extra: Partial<NonNullable<NoticeRequest['alert']>> = {},
) {
  return {
    ref: alert.ref,
    type: alert.type,
    category: alert.category,
    url: `${deps.config.baseUrl}/alerts/${encodeURIComponent(alert.id)}`,
    raisedBy: alert.raised.by,
    ...(alert.acknowledgeBy ? { acknowledgeBy: new Date(alert.acknowledgeBy) } : {}),
    ...(alert.evidenceBy ? { evidenceBy: new Date(alert.evidenceBy) } : {}),
    ...extra,
  };
}

/**
 * Sends one of the alert's notices at most once and notes it in the alert. The notice id is fixed
 * by the alert and the step, so a retried or duplicated driver finds it sent.
 */
export async function sendAlertNotice(
  deps: Deps,
  state: InspectionState,
  alert: AlertRecord,
  step: string,
  request: Omit<NoticeRequest, 'id' | 'attachCalendar' | 'alertId'>,
): Promise<AlertRecord> {
  const id = `alert:${alert.id}:${step}`;
  if (alert.sent.includes(id)) return alert;
  const { draft, message } = composeNotice(deps, state, { ...request, id, alertId: alert.id, attachCalendar: false });
  const { notice } = await sendNoticeOnce(deps, draft, message);
  const now = deps.clock.now();
  const next = nextVersion(alert, now, { sent: [...alert.sent, id] });
  await saveForDriver(deps, next, [
    alertAudit(next, now, notice.status === 'failed' ? 'alert notice failed' : 'alert notice sent', {
      after: { kind: request.kind, notice: id },
    }),
  ]);
  return next;
}
