import * as z from 'zod/mini';
import { canSeeAlert, type Principal } from '../../domain/access.js';
import { isClosed } from '../../domain/alerts.js';
import { fieldErrorsFrom } from '../../domain/validation.js';
import type { InspectionRecord } from '../../ports/records.js';
import { visibleAlert } from '../access/alertAccess.js';
import { visibleInspection } from '../access/inspectionAccess.js';
import type { Deps } from '../deps.js';
import { fieldOf, refuse } from '../errors.js';
import { alertFor, type AlertView } from './audienceViews.js';

const listSchema = z.strictObject({
  inspectionId: z.optional(z.string().check(z.minLength(1))),
  /** true, or "true" from a query string. */
  open: z.optional(z.union([z.boolean(), z.stringbool()])),
});

/**
 * The alerts the person may see, of one inspection or of all; only the open ones if asked. One
 * inspection's alerts need only that inspection, read to check it may be seen.
 */
export async function listAlerts(deps: Deps, principal: Principal, input: unknown): Promise<AlertView[]> {
  const asked = fieldOf(input, 'inspectionId');
  const scope =
    asked !== undefined ? [await visibleInspection(deps, principal, asked)] : await deps.timeline.listInspections();
  const parsed = listSchema.safeParse(input ?? {});
  if (!parsed.success) refuse(fieldErrorsFrom(parsed.error, input));
  const { inspectionId, open } = parsed.data;
  const alerts = inspectionId ? await deps.alerts.listAlerts(inspectionId) : await deps.alerts.listAllAlerts();
  const inspections = new Map(scope.map((i) => [i.id, i]));
  return alerts
    .filter((alert) => {
      const inspection = inspections.get(alert.inspectionId);
      return (
        inspection !== undefined && canSeeAlert(principal, inspection, alert) && (!open || !isClosed(alert.status))
      );
    })
    .map((alert) => alertFor(principal, alert));
}

/** One alert the person may see: its state, deadlines, escalations and evidence. */
export async function getAlert(deps: Deps, principal: Principal, alertId: unknown): Promise<AlertView> {
  return alertFor(principal, (await visibleAlert(deps, principal, alertId)).alert);
}

/** One alert the person may see, with its inspection (whose people decide what they may do to it). */
export async function alertWithInspection(
  deps: Deps,
  principal: Principal,
  alertId: unknown,
): Promise<{ alert: AlertView; inspection: InspectionRecord }> {
  const { alert, inspection } = await visibleAlert(deps, principal, alertId);
  return { alert: alertFor(principal, alert), inspection };
}
