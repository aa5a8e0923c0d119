import { canSeeAlert, seesEverything, type Principal } from '../../domain/access.js';
import type { AlertRecord, InspectionRecord } from '../../ports/records.js';
import type { Deps } from '../deps.js';
import { ForbiddenError, NotFoundError, RequestError } from '../errors.js';
import { said } from '../../domain/messages/said.js';
import { ruleError } from '../../domain/validation.js';
import { idError, isId } from '../../domain/ids.js';
import { parseAlertId } from '../shared/references.js';
import { visibleInspection } from './inspectionAccess.js';

/**
 * An alert and its inspection, if the person may see it (a region: once it has been told of it).
 * To someone who does not see everything, an alert that does not exist is refused like one they
 * may not see.
 */
export async function visibleAlert(
  deps: Pick<Deps, 'alerts' | 'timeline'>,
  principal: Principal,
  reference: unknown,
): Promise<{ alert: AlertRecord; inspection: InspectionRecord }> {
  // Checked before the read, as an inspection's id is (inspectionAccess.ts).
  if (!isId(reference)) throw new RequestError(said('access.sayWhichAlert'), [idError('alertId', reference)]);
  const key = parseAlertId(reference);
  const alert = key ? await deps.alerts.getAlert(key.inspectionId, key.alertId) : undefined;
  if (!alert) {
    if (!seesEverything(principal)) throw new ForbiddenError(said('access.cannotSeeAlert', { alert: reference }));
    throw new NotFoundError(said('access.alertIdNotAnAlert'), [ruleError('alertId', reference, 'alert.notAnAlert')]);
  }
  const inspection = await visibleInspection(deps, principal, alert.inspectionId);
  // The same words whether it does not exist or is not yet theirs to see.
  if (!canSeeAlert(principal, inspection, alert)) {
    throw new ForbiddenError(said('access.cannotSeeAlert', { alert: reference }));
  }
  return { alert, inspection };
}
