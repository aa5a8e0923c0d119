import { logger } from '../shared/logger.js';
import { resumeAlertDrivers } from './alerts/resumeAlertDrivers.js';
import type { Deps } from './deps.js';
import { resumeDrivers } from './lifecycle/resumeDrivers.js';
import { reviewPublication } from './publication/reviewPublication.js';

/**
 * Picks everything up from DynamoDB after a restart or an incident (the nightly function, and
 * `npm start -- --clock real` on a stored table):
 * 1. every inspection with work left gets a fresh driver;
 * 2. every alert with something left to do gets a fresh driver;
 * 3. a publication whose alerts were closed while nothing was looking is released (only an alert
 *    holds publication: an inspection that never had one is not looked at).
 * Drivers are disposable: nothing is sent twice or skipped.
 */
export async function resumeEverything(deps: Deps): Promise<{ inspections: string[]; alerts: string[] }> {
  const inspections = await resumeDrivers(deps);
  const alerts = await resumeAlertDrivers(deps);
  for (const inspection of await deps.timeline.listInspections()) {
    if (inspection.alertCount) await reviewPublication(deps, inspection.id);
  }
  logger.info('drivers resumed', { inspections: inspections.length, alerts: alerts.length });
  return { inspections, alerts };
}
