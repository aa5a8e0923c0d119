import { resumeAlertDrivers, reviewPublication } from '../app/alerts.js';
import { resumeDrivers } from '../app/inspections.js';
import { logger } from '../shared/logger.js';
import { awsDeps } from './awsDeps.js';

const deps = awsDeps();

/**
 * Lambda entry point, run every night and by hand after an incident: gives every inspection and
 * every open alert a fresh driver from the stored state, and releases any publication whose alerts
 * were closed while nothing was looking. Drivers are disposable: nothing is sent twice or skipped.
 */
export async function handler(): Promise<{ inspections: number; alerts: number }> {
  const inspections = await resumeDrivers(deps);
  const alerts = await resumeAlertDrivers(deps);
  // Only an alert holds publication: an inspection that never had one has nothing to release.
  for (const inspection of await deps.store.listInspections()) {
    if (inspection.alertCount) await reviewPublication(deps, inspection.id);
  }
  logger.info('drivers resumed', { inspections: inspections.length, alerts: alerts.length });
  return { inspections: inspections.length, alerts: alerts.length };
}
