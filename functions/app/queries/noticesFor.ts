import { sameEmail, type Principal } from '../../domain/access.js';
import { REGION_ROLES } from '../../domain/roles.js';
import type { NoticeRecord } from '../../ports/records.js';
import { visibleInspection } from '../access/inspectionAccess.js';
import type { Deps } from '../deps.js';

const REGION: readonly string[] = REGION_ROLES;

/**
 * An inspection's notices with their status, in the order they were first tried. A region sees
 * what was sent to the region (or to them), not the inspectorate's internal reminders.
 */
export async function noticesFor(deps: Deps, principal: Principal, inspectionId: unknown): Promise<NoticeRecord[]> {
  const inspection = await visibleInspection(deps, principal, inspectionId);
  const notices = await deps.ledger.listNotices(inspection.id);
  const shown =
    principal.role === 'region'
      ? notices.filter(
          (n) =>
            n.toRoles.some((role) => REGION.includes(role)) ||
            [...n.to, ...n.cc].some((email) => sameEmail(email, principal.email)),
        )
      : notices;
  return shown.sort((a, b) => a.firstAttemptAt.localeCompare(b.firstAttemptAt));
}
