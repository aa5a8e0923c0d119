import { resumeEverything } from '../app/resumeEverything.js';
import { awsDeps } from './awsDeps.js';
import { stepFunctionsDrivers } from './awsDrivers.js';
import { instrumented } from './instrumented.js';

const deps = awsDeps({ drivers: stepFunctionsDrivers });

/**
 * Lambda entry point, run every night and by hand after an incident: gives every inspection and
 * every open alert a fresh driver from the stored state, and releases any publication whose alerts
 * were closed while nothing was looking. Drivers are disposable: nothing is sent twice or skipped.
 */
export const handler = instrumented('resumeDrivers', async (): Promise<{ inspections: number; alerts: number }> => {
  const { inspections, alerts } = await resumeEverything(deps);
  return { inspections: inspections.length, alerts: alerts.length };
});
