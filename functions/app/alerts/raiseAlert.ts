import { alertCapacity, type Principal } from '../../domain/access.js';
import { alertDeadlinesSchema, parseRaiseAlert } from '../../domain/alertRequest.js';
import { DuplicateAlertError } from '../../ports/errors.js';
import type { AlertRecord } from '../../ports/records.js';
import { logger } from '../../shared/logger.js';
import { visibleInspection } from '../access/inspectionAccess.js';
import type { Deps } from '../deps.js';
import { fieldOf, ForbiddenError, refuse } from '../errors.js';
import { alertIdOf, referenceOf } from '../shared/references.js';
import { alertAudit, alertDriverName, openKey } from './alertRecords.js';

/**
 * Someone on the inspection raises an alert (§6.7):
 * 1. their capacity comes from their role: a lead's alert is confirmed at once, anyone else's
 *    waits for the lead to confirm it;
 * 2. the alert is checked, every problem reported at once;
 * 3. it is stored, refused while an alert for the same case (or, organisational, the region) and
 *    category is open;
 * 4. its driver starts.
 */
export async function raiseAlert(deps: Deps, principal: Principal, input: unknown): Promise<AlertRecord> {
  const inspection = await visibleInspection(deps, principal, fieldOf(input, 'inspectionId'));
  const capacity = alertCapacity(principal, inspection, 'raise');
  if (!capacity) throw new ForbiddenError(`you cannot raise alerts in ${inspection.id}`);
  // Who raises it is the person signed in, whatever the request says.
  const { by: _by, as: _as, ...fields } = (input ?? {}) as Record<string, unknown>;
  const parsed = parseRaiseAlert({ ...fields, raisedBy: principal.name });
  if (!parsed.ok) refuse(parsed.errors);
  const request = parsed.value;
  const now = deps.clock.now();
  const at = now.toISOString();
  const id = alertIdOf(inspection.id, await deps.alerts.nextAlertNumber(inspection.id));
  const byLead = capacity === 'lead';
  const alert: AlertRecord = {
    inspectionId: inspection.id,
    id,
    ref: referenceOf(id),
    type: request.type,
    category: request.category,
    ...(request.caseReference ? { caseReference: request.caseReference } : {}),
    whatMightHappen: request.whatMightHappen,
    howSerious: request.howSerious,
    howImminent: request.howImminent,
    actionRequested: request.actionRequested,
    deadlines: alertDeadlinesSchema.parse(request.deadlines ?? {}),
    status: byLead ? 'confirmed' : 'raised',
    raised: { at, by: principal.name },
    ...(byLead ? { confirmed: { at, by: principal.name } } : {}),
    events: [],
    escalations: [],
    sent: [],
    driver: alertDriverName(id),
    version: 1,
    updatedAt: at,
  };
  try {
    await deps.alerts.createAlert({
      alert,
      openKey: openKey(alert),
      audit: alertAudit(alert, now, 'alert raised', {
        actor: principal,
        after: { type: alert.type, category: alert.category, status: alert.status },
      }),
    });
  } catch (error) {
    if (!(error instanceof DuplicateAlertError)) throw error;
    const what = alert.caseReference ? `case ${alert.caseReference}` : 'the region';
    refuse(
      [
        {
          field: alert.caseReference ? 'caseReference' : 'category',
          value: alert.caseReference ?? alert.category,
          message: `already has an open ${alert.category} alert: ${error.openAlertId}`,
        },
      ],
      `an open alert for ${what} in category ${alert.category} exists: ${error.openAlertId}`,
    );
  }
  await deps.alertDriver.start({ inspectionId: alert.inspectionId, alertId: alert.id }, alert.driver);
  logger.info('alert raised', { inspectionId: alert.inspectionId, alertId: alert.id, type: alert.type });
  return alert;
}
