import type { InspectionRecord } from '../../ports/records.js';
import type { Deps } from '../deps.js';
import { driverName, handOver } from '../shared/drivers.js';

/** A fresh name for an inspection's driver at a plan version. */
export const inspectionDriverName = (inspectionId: string, planVersion: number): string =>
  driverName(`${inspectionId}-v${planVersion}`);

/**
 * Hands an inspection to a fresh driver: the record names the new one (refused if its driver
 * changed meanwhile), then the new one starts and the old one is stopped.
 */
export async function restartDriver(
  deps: Pick<Deps, 'timeline' | 'driver' | 'clock'>,
  inspection: Pick<InspectionRecord, 'id' | 'planVersion' | 'driver'>,
  reason: string,
): Promise<void> {
  const next = inspectionDriverName(inspection.id, inspection.planVersion);
  await deps.timeline.setDriver({
    inspectionId: inspection.id,
    expected: inspection.driver,
    next,
    at: deps.clock.now().toISOString(),
  });
  await handOver(deps.driver, { inspectionId: inspection.id }, { from: inspection.driver, to: next, reason });
}
