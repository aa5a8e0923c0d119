import { logger } from '../../shared/logger.js';
import type { Deps } from '../deps.js';
import { alertAudit, nextVersion, saveForDriver } from './alertRecords.js';
import type { AlertDriverInput, AlertNextStep } from './advanceAlert.js';

/** How long the alert workflow waits before trying again after a task failed for good. */
const RETRY_AFTER_FAILURE_MS = 15 * 60_000;

/** The alert workflow's catch: record the failure on the alert's audit trail, and try again later. */
export async function recordAlertFailure(
  deps: Deps,
  input: AlertDriverInput & { error: { Error?: string; Cause?: string } },
): Promise<AlertNextStep> {
  const now = deps.clock.now();
  const alert = await deps.alerts.getAlert(input.inspectionId, input.alertId);
  if (!alert || alert.driver !== input.driver) {
    return { done: true, at: now.toISOString(), reason: 'the alert is gone or has a newer driver' };
  }
  const reason = `${input.error.Error ?? 'Error'}: ${(input.error.Cause ?? '').slice(0, 500)}`;
  await saveForDriver(deps, nextVersion(alert, now), [
    alertAudit(alert, now, 'alert task failed', { after: { error: reason } }),
  ]);
  deps.metrics.count('DriverFailed');
  logger.error('alert task failed', { inspectionId: alert.inspectionId, alertId: alert.id, error: input.error.Error });
  return { done: false, at: new Date(now.getTime() + RETRY_AFTER_FAILURE_MS).toISOString(), reason };
}
