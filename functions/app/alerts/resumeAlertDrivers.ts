import { isClosed } from '../../domain/alerts.js';
import type { Deps } from '../deps.js';
import { handOver } from '../shared/drivers.js';
import { alertAudit, alertDriverName, nextVersion } from './alertRecords.js';

/** Gives every alert with something left to do a fresh driver (after a restart of the local runtime). */
export async function resumeAlertDrivers(deps: Deps): Promise<string[]> {
  const resumed: string[] = [];
  for (const alert of await deps.alerts.listAllAlerts()) {
    const closedAndTold =
      isClosed(alert.status) && (!alert.notifiedAt || alert.sent.includes(`alert:${alert.id}:closed`));
    if (closedAndTold) continue;
    const now = deps.clock.now();
    const next = nextVersion(alert, now, { driver: alertDriverName(alert.id) });
    await deps.alerts.saveAlert({ alert: next, audit: [alertAudit(next, now, 'alert driver resumed')] });
    await handOver(
      deps.alertDriver,
      { inspectionId: alert.inspectionId, alertId: alert.id },
      { from: alert.driver, to: next.driver, reason: 'resumed by a new driver' },
    );
    resumed.push(alert.id);
  }
  return resumed;
}
